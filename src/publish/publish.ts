import type { z } from 'zod'
import { CatalogIndex, DatasetIndex } from '../model/release.ts'
import { CATALOG_KEY, datasetIndexKey, MANIFEST_FILE, releaseFileKey } from '../model/layout.ts'
import type { ObjectStore } from '../storage/types.ts'
import {
  conflict,
  putImmutable,
  readObject,
  storedSha256,
  type Context,
  type ImmutableObject,
} from './immutable.ts'
import { updateJson, withDataset, withVersion } from './indexes.ts'
import { parseJson, readRelease, type LocalRelease, type ReleaseInput } from './local-release.ts'
import { DEFAULT_RETRY, type RetryPolicy } from './retry.ts'

/**
 * 发布: uploads a built release so that it appears whole or not at all, and never changes after.
 *
 *   1. every local file is checked against the manifest before anything is sent;
 *   2. each file is created with If-None-Match `*` and verified (see putImmutable);
 *   3. manifest.json goes last: its presence is what makes the version visible;
 *   4. the dataset index and the catalog list it, with optimistic concurrency.
 *
 * A publish stopped anywhere leaves no visible release with a missing or wrong file, and the same
 * publish run again finishes it.
 */
export interface PublishOptions {
  /** Check the release and the store, report what would happen, write nothing. */
  dryRun?: boolean
  /** One line per file, per retry, and a summary. */
  log?: (line: string) => void
  retry?: Partial<RetryPolicy>
}

export type FileStatus = 'uploaded' | 'present' | 'would-upload'
export type IndexStatus = 'updated' | 'unchanged' | 'would-update'

export interface PublishSummary {
  dataset: string
  version: string
  dryRun: boolean
  /** The release's files, manifest.json last. */
  files: Array<{ key: string; bytes: number; status: FileStatus }>
  index: IndexStatus
  catalog: IndexStatus
}

export async function publishRelease(
  store: ObjectStore,
  release: ReleaseInput,
  options: PublishOptions = {},
): Promise<PublishSummary> {
  const local = await readRelease(release)
  const ctx: Context = {
    store,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    log: options.log ?? (() => {}),
  }
  const { id } = local.manifest.dataset
  const { version } = local.manifest
  const objects = releaseObjects(local)
  const manifest = objects.at(-1)!

  // A version already visible with another manifest is refused before any upload.
  const visible = await storedSha256(ctx, manifest.key)
  if (visible !== null && visible !== manifest.sha256)
    throw conflict(manifest.key, visible, manifest.sha256)

  const files: PublishSummary['files'] = []
  for (const object of objects) {
    const status = options.dryRun
      ? await plan(ctx, object)
      : await putImmutable(ctx, object, object === manifest)
    files.push({ key: object.key, bytes: object.bytes.length, status })
    ctx.log(`${status.padEnd(12)} ${object.key} (${object.bytes.length} bytes)`)
  }

  const entry = {
    version,
    released: local.manifest.released,
    notes: local.manifest.notes,
    manifestSha256: local.manifestSha256,
  }
  const summary: PublishSummary = {
    dataset: id,
    version,
    dryRun: options.dryRun ?? false,
    files,
    index: 'unchanged',
    catalog: 'unchanged',
  }
  if (options.dryRun) {
    const index = await readJson(ctx, datasetIndexKey(id), DatasetIndex)
    const next = withVersion(index, local.metadata, entry)
    const catalog = await readJson(ctx, CATALOG_KEY, CatalogIndex)
    summary.index = next ? 'would-update' : 'unchanged'
    summary.catalog = withDataset(catalog, next ?? index!) ? 'would-update' : 'unchanged'
  } else {
    const index = await updateJson(ctx, datasetIndexKey(id), DatasetIndex, (cur) =>
      withVersion(cur, local.metadata, entry),
    )
    const catalog = await updateJson(ctx, CATALOG_KEY, CatalogIndex, (cur) =>
      withDataset(cur, index.value),
    )
    summary.index = index.status
    summary.catalog = catalog.status
  }
  ctx.log(describeSummary(summary))
  return summary
}

/** Data files in manifest order, then manifest.json. */
function releaseObjects(local: LocalRelease): ImmutableObject[] {
  const { id } = local.manifest.dataset
  const { version } = local.manifest
  return [
    ...local.files.map((f) => ({
      key: releaseFileKey(id, version, f.name),
      bytes: f.bytes,
      sha256: f.sha256,
      contentType: f.mediaType,
    })),
    {
      key: releaseFileKey(id, version, MANIFEST_FILE),
      bytes: local.manifestBytes,
      sha256: local.manifestSha256,
      contentType: 'application/json',
    },
  ]
}

/** What a real run would do with one object; a conflict is refused as it would be. */
async function plan(ctx: Context, object: ImmutableObject): Promise<FileStatus> {
  const stored = await storedSha256(ctx, object.key)
  if (stored === null) return 'would-upload'
  if (stored === object.sha256) return 'present'
  throw conflict(object.key, stored, object.sha256)
}

async function readJson<T>(ctx: Context, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const object = await readObject(ctx, key)
  return object ? parseJson(object.bytes, schema, key) : null
}

function describeSummary(s: PublishSummary): string {
  const count = (status: FileStatus) => s.files.filter((f) => f.status === status).length
  const bytes = s.files.filter((f) => f.status !== 'present').reduce((n, f) => n + f.bytes, 0)
  const files = s.dryRun
    ? `${count('would-upload')} files would be uploaded (${bytes} bytes), ${count('present')} already present`
    : `${count('uploaded')} files uploaded (${bytes} bytes), ${count('present')} already present`
  return `${s.dryRun ? 'dry run: ' : 'published '}${s.dataset} ${s.version}: ${files}; index ${s.index}; catalog ${s.catalog}`
}

export { PublishError } from './error.ts'
export type { ReleaseInput } from './local-release.ts'
export type { RetryPolicy } from './retry.ts'
