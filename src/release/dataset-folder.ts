import { realpath } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import type { z } from 'zod'
import { Changelog, DatasetMetadata } from '../model/dataset.ts'
import { sha256Hex } from '../model/digest.ts'
import { compareSemVer } from '../model/semver.ts'
import { DatasetRefused } from './refusal.ts'
import { readRegularFile, UnreadableFile } from './regular-file.ts'

const METADATA_FILE = 'dataset.json'
const CHANGELOG_FILE = 'changelog.json'

/** A dataset folder, read and checked: `data/<id>/` with dataset.json, changelog.json and the report. */
export interface DatasetFolder {
  dir: string
  metadata: DatasetMetadata
  /** Newest first. */
  changelog: Changelog
  /** The source report's bytes, exactly as in the folder. */
  source: Uint8Array
}

export async function loadDataset(dir: string): Promise<DatasetFolder> {
  const metadata = parseFile(
    join(dir, METADATA_FILE),
    await read(dir, METADATA_FILE),
    DatasetMetadata,
  )
  const changelog = parseFile(join(dir, CHANGELOG_FILE), await read(dir, CHANGELOG_FILE), Changelog)
  checkOrder(join(dir, CHANGELOG_FILE), changelog)
  const source = await read(
    dir,
    metadata.source.file,
    `the source report named by source.file in ${join(dir, METADATA_FILE)}`,
  )
  const sha256 = await sha256Hex(source)
  if (sha256 !== metadata.source.sha256) {
    throw new DatasetRefused(
      `${join(dir, metadata.source.file)} has SHA-256 ${sha256}, but source.sha256 in ${join(dir, METADATA_FILE)} is ${metadata.source.sha256}. ` +
        'A report is published byte-identical: restore the original file, or, if the publisher released a new one, set source.sha256 to its hash and add a changelog entry.',
    )
  }
  return { dir, metadata, changelog, source }
}

async function read(dir: string, name: string, what = name): Promise<Uint8Array> {
  const path = join(dir, name)
  const refuse = (why: string) =>
    new DatasetRefused(
      `${path} ${why}; a dataset folder holds ${METADATA_FILE}, ${CHANGELOG_FILE} and the source report (${what}).`,
    )
  await refuseLinkOut(dir, path)
  try {
    return await readRegularFile(path)
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error
    throw refuse(
      error.reason === 'no such file.'
        ? 'does not exist'
        : `cannot be read: ${error.reason.replace(/\.$/, '')}`,
    )
  }
}

/**
 * A file of a dataset folder is in the folder: a symbolic link out of it (to another dataset's
 * report, to /etc/passwd) would publish what the folder does not hold, and is refused.
 */
async function refuseLinkOut(dir: string, path: string): Promise<void> {
  let target: string
  try {
    target = await realpath(path)
  } catch {
    return // missing or unreadable: reading it says so
  }
  const inside = relative(await realpath(dir), target)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    throw new DatasetRefused(
      `${path} is a symbolic link to ${target}, outside the dataset folder ${dir}; a dataset folder must hold its own files: copy the file into it instead of linking.`,
    )
  }
}

function parseFile<T extends z.ZodType>(path: string, bytes: Uint8Array, schema: T): z.infer<T> {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes))
  } catch (error) {
    throw new DatasetRefused(`${path} is not valid UTF-8 JSON: ${(error as Error).message}.`)
  }
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = result.error.issues
  const told = issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `field ${i.path.join('.')}: ` : 'top level: ') + i.message)
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : ''
  throw new DatasetRefused(`${path} is not valid: ${told.join('; ')}${more}.`)
}

/** Newest first, each version once: the predecessor of a release is the next entry. */
function checkOrder(path: string, changelog: Changelog): void {
  for (let i = 1; i < changelog.length; i++) {
    const newer = changelog[i - 1]!
    const older = changelog[i]!
    if (compareSemVer(newer.version, older.version) <= 0) {
      throw new DatasetRefused(
        `${path} must list releases newest first, each version once: entry ${i} (${newer.version}) comes before entry ${i + 1} (${older.version}).`,
      )
    }
    if (newer.date < older.date) {
      throw new DatasetRefused(
        `${path}: version ${newer.version} is dated ${newer.date}, before the older version ${older.version} (${older.date}).`,
      )
    }
  }
}
