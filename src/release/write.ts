import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST_FILE } from '../model/layout.ts'
import { CHECKSUMS_FILE } from '../model/layout.ts'
import type { ReleaseFile } from './formats.ts'
import { ReleaseRefused } from './refusal.ts'

/**
 * Writes a release into a folder: the data first, SHA256SUMS, the manifest last (its presence
 * says the release is complete). Refuses a folder holding files of something else, so a stale
 * file can never pass for part of the release; rebuilding into the same folder is fine.
 */
export async function writeRelease(files: readonly ReleaseFile[], outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true })
  const names = new Set(files.map((f) => f.name))
  const strangers = (await readdir(outDir)).filter((n) => !names.has(n)).sort()
  if (strangers.length) {
    throw new ReleaseRefused(
      `The output folder ${outDir} holds files that are not part of this release (${strangers.slice(0, 5).join(', ')}${strangers.length > 5 ? ', …' : ''}); ` +
        'build into an empty folder (or one holding this same release).',
    )
  }
  const last = [CHECKSUMS_FILE, MANIFEST_FILE]
  const ordered = [
    ...files.filter((f) => !last.includes(f.name)),
    ...last.flatMap((n) => files.filter((f) => f.name === n)),
  ]
  for (const f of ordered) await writeFile(join(outDir, f.name), f.bytes)
}
