import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/model/release.ts'
import { PublishError, publishRelease } from '../../src/publish/publish.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import { syntheticRelease, writeRelease } from '../support/release.ts'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))
const folder = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-release-'))
  dirs.push(dir)
  return dir
}

/** Publishing what must be refused: a PublishError naming `where`, and nothing written. */
async function refused(release: Parameters<typeof publishRelease>[1], where: RegExp) {
  const store = memoryStore()
  const error = await publishRelease(store, release).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(PublishError)
  expect((error as Error).message).toMatch(where)
  expect((error as Error).message).not.toMatch(/\n| {4}at /)
  expect((await store.list('')).keys).toEqual([])
}

describe('a corrupt local release is refused before anything is uploaded', () => {
  it('publishes a release folder that matches its manifest', async () => {
    const store = memoryStore()
    const dir = await writeRelease(await folder(), syntheticRelease())
    const summary = await publishRelease(store, dir)
    expect(summary.files.map((f) => f.status)).toEqual([
      'uploaded',
      'uploaded',
      'uploaded',
      'uploaded',
      'uploaded',
    ])
  })

  it('refuses a file whose bytes changed after the build', async () => {
    const files = syntheticRelease()
    files['table-01.csv'] = new TextEncoder().encode(
      'code,name,amount\n201,一般公共服务支出,1234.57\n',
    )
    await refused(
      await writeRelease(await folder(), files),
      /table-01\.csv does not match its manifest.*SHA-256/,
    )
  })

  it('refuses a file of the right size with one byte flipped', async () => {
    const files = syntheticRelease()
    files['binary.bin'] = files['binary.bin']!.slice()
    files['binary.bin'][100]! ^= 1
    await refused(files, /binary\.bin does not match its manifest: the manifest says 4096 bytes/)
  })

  it('refuses a folder missing a listed file', async () => {
    const dir = await writeRelease(await folder(), syntheticRelease())
    await rm(join(dir, 'table-01.json'))
    await refused(dir, /table-01\.json is missing/)
  })

  it('refuses a folder without manifest.json, and an invalid manifest', async () => {
    await refused(await folder(), /manifest\.json is missing/)
    const dir = await writeRelease(await folder(), syntheticRelease())
    await writeFile(join(dir, 'manifest.json'), '{"version":"one"}')
    await refused(dir, /manifest\.json is not what gongkai expects: .*version/)
  })

  it('refuses a release without dataset.json, or with another dataset in it', async () => {
    const files = syntheticRelease()
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest
    manifest.files = manifest.files.filter((f) => f.name !== 'dataset.json')
    await refused(
      { ...files, 'manifest.json': JSON.stringify(manifest) },
      /does not list dataset\.json/,
    )

    const other = syntheticRelease({ id: 'another-dataset' })
    const mixed = syntheticRelease()
    await refused(
      rebuildManifest({ ...mixed, 'dataset.json': other['dataset.json']! }),
      /dataset\.json is for dataset "another-dataset"/,
    )
  })
})

/** The same release with dataset.json swapped and the manifest's hashes updated to match. */
function rebuildManifest(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest
  for (const f of manifest.files) {
    f.bytes = files[f.name]!.length
    f.sha256 = createHash('sha256').update(files[f.name]!).digest('hex')
  }
  return { ...files, 'manifest.json': new TextEncoder().encode(JSON.stringify(manifest)) }
}
