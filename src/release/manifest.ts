import type { Changelog, ChangelogEntry, DatasetMetadata } from '../model/dataset.ts'
import { type Manifest } from '../model/release.ts'
import { MANIFEST_FILE } from '../model/layout.ts'

export interface HashedFile {
  name: string
  bytes: number
  sha256: string
  mediaType: string
}

/** `manifest.json`: what the release is and every file of it but itself, sorted by name. */
export function manifestOf(input: {
  metadata: DatasetMetadata
  release: ChangelogEntry
  predecessor: ChangelogEntry | null
  source: { file: string; bytes: number; sha256: string }
  builder: { name: 'gongkai'; version: string }
  files: readonly HashedFile[]
}): Manifest {
  return {
    dataset: { id: input.metadata.id, title: input.metadata.title },
    version: input.release.version,
    released: input.release.date,
    notes: input.release.notes,
    predecessor: input.predecessor?.version ?? null,
    source: input.source,
    builder: input.builder,
    files: input.files
      .filter((f) => f.name !== MANIFEST_FILE)
      .map(({ name, bytes, sha256, mediaType }) => ({ name, bytes, sha256, mediaType }))
      .sort((a, b) => compareNames(a.name, b.name)),
  }
}

/** `SHA256SUMS`, as `sha256sum` writes and `sha256sum -c` reads it: `<hex>  <name>`, sorted by name. */
export function sha256Sums(files: readonly HashedFile[]): string {
  return [...files]
    .sort((a, b) => compareNames(a.name, b.name))
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join('')
}

/** Byte order of the names (not the locale's): the same on every machine. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The changelog entry of `version` (the newest when not given) and the one before it. */
export function selectRelease(
  changelog: Changelog,
  version?: string,
): { release: ChangelogEntry; predecessor: ChangelogEntry | null } | null {
  const index = version === undefined ? 0 : changelog.findIndex((e) => e.version === version)
  if (index < 0) return null
  return { release: changelog[index]!, predecessor: changelog[index + 1] ?? null }
}
