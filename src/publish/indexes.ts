import type { z } from 'zod'
import { CatalogEntry, CatalogIndex, DatasetIndex, type VersionEntry } from '../model/release.ts'
import { sha256Hex } from '../model/digest.ts'
import { PublishError } from './error.ts'
import { readObject, type Context } from './immutable.ts'
import { parseJson } from './local-release.ts'
import { backoffMs, sleep, withRetry } from './retry.ts'
import { newestFirst } from '../model/semver.ts'

export { newestFirst }

/** Conditional writes refused by other publishers before this one gives up. */
const MAX_CONFLICTS = 20

/**
 * Read → change → write with If-Match (If-None-Match `*` when absent); on 412 another publisher
 * wrote first, so read again and reapply. `change` returns null when there is nothing to do, which
 * also ends a retry whose earlier write did land but whose answer was lost.
 */
export async function updateJson<T>(
  ctx: Context,
  key: string,
  schema: z.ZodType<T>,
  change: (current: T | null) => T | null,
): Promise<{ status: 'updated' | 'unchanged'; value: T }> {
  for (let conflict = 0; ; conflict++) {
    const current = await readObject(ctx, key)
    const value = current ? parseJson(current.bytes, schema, key) : null
    const next = change(value)
    if (next === null) return { status: 'unchanged', value: value! }
    const body = new TextEncoder().encode(`${JSON.stringify(schema.parse(next), null, 2)}\n`)
    const condition = current ? { ifMatch: current.etag } : { ifNoneMatch: '*' as const }
    const sha256 = await sha256Hex(body)
    const put = await withRetry(`updating ${key}`, ctx.retry, ctx.log, () =>
      ctx.store.put(key, body, {
        contentType: 'application/json',
        sha256,
        ...condition,
      }),
    )
    if (put.ok) return { status: 'updated', value: next }
    if (conflict + 1 >= MAX_CONFLICTS) {
      throw new PublishError(
        `${key} kept changing under this publish (${MAX_CONFLICTS} conditional writes refused). ` +
          'The release itself is published; run the same publish again to list it.',
      )
    }
    ctx.log(`conflict ${key} was changed by another publisher; reading it again`)
    await sleep(backoffMs(ctx.retry, Math.min(conflict, 4)))
  }
}

/** The dataset index with this release's version in it; null when it is listed already. */
export function withVersion(
  index: DatasetIndex | null,
  metadata: DatasetIndex['metadata'],
  entry: VersionEntry,
): DatasetIndex | null {
  const listed = index?.versions.find((v) => v.version === entry.version)
  if (listed) {
    if (listed.manifestSha256 === entry.manifestSha256) return null
    throw new PublishError(
      `the index of dataset "${metadata.id}" lists version ${entry.version} with manifest SHA-256 ` +
        `${listed.manifestSha256}, but the stored manifest has ${entry.manifestSha256}. The index ` +
        'was edited by hand or by another tool; nothing was changed. Repair the index first.',
    )
  }
  const versions = [...(index?.versions ?? []), entry].sort((a, b) =>
    newestFirst(a.version, b.version),
  )
  const latestVersion = versions[0]!.version
  // The newest release's dataset.json is the dataset's current description.
  return {
    metadata: latestVersion === entry.version ? metadata : index!.metadata,
    latestVersion,
    versions,
  }
}

/** The catalog with the dataset at its latest version; never moves a dataset back. */
export function withDataset(
  catalog: CatalogIndex | null,
  index: DatasetIndex,
): CatalogIndex | null {
  const latest = index.versions[0]!
  const entry: z.infer<typeof CatalogEntry> = {
    id: index.metadata.id,
    title: index.metadata.title,
    latestVersion: latest.version,
    released: latest.released,
  }
  const others = (catalog?.datasets ?? []).filter((d) => d.id !== entry.id)
  const listed = catalog?.datasets.find((d) => d.id === entry.id)
  if (listed && newestFirst(listed.latestVersion, entry.latestVersion) < 0) return null
  if (listed && JSON.stringify(listed) === JSON.stringify(entry)) return null
  return { datasets: [...others, entry].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) }
}
