import { TransientStoreError, type ObjectStore } from '../storage/types.ts'
import { sha256Hex } from '../model/digest.ts'
import { md5Hex, readAll } from './digest.ts'
import { PublishError } from './error.ts'
import { withRetry, type RetryPolicy } from './retry.ts'

export interface ImmutableObject {
  key: string
  bytes: Uint8Array
  sha256: string
  contentType: string
}

export interface Context {
  store: ObjectStore
  retry: RetryPolicy
  log: (line: string) => void
}

/** Reads a whole object, retrying as a whole when the connection drops mid-body too. */
export async function readObject(
  ctx: Context,
  key: string,
): Promise<{ bytes: Uint8Array; etag: string } | null> {
  return withRetry(`reading ${key}`, ctx.retry, ctx.log, async () => {
    const object = await ctx.store.get(key)
    if (!object) return null
    try {
      return { bytes: await readAll(object.body), etag: object.etag }
    } catch (error) {
      throw new TransientStoreError(`reading ${key} broke off: ${(error as Error).message}`, {
        cause: error,
      })
    }
  })
}

export async function storedSha256(ctx: Context, key: string): Promise<string | null> {
  const object = await readObject(ctx, key)
  return object ? await sha256Hex(object.bytes) : null
}

/**
 * Creates an object that must never change: If-None-Match `*`, so nothing is ever overwritten.
 * An existing object with the same bytes is fine (a re-run); other bytes are refused.
 *
 * Verification: a stored object whose ETag is the MD5 of the bytes sent was received intact (the
 * server computed it; Content-MD5 made it refuse damaged bytes already). Otherwise — an ETag that
 * is not a plain MD5 (SSE-KMS, multipart), or `readBack` (the manifest) — the object is read back
 * and its SHA-256 compared: RGW ignores the SHA-256 checksum sent with a put, R2 checks it.
 */
export async function putImmutable(
  ctx: Context,
  object: ImmutableObject,
  readBack = false,
): Promise<'uploaded' | 'present'> {
  const { key, bytes, sha256 } = object
  const put = await withRetry(`uploading ${key}`, ctx.retry, ctx.log, () =>
    ctx.store.put(key, bytes, { contentType: object.contentType, sha256, ifNoneMatch: '*' }),
  )
  if (put.ok && !readBack && put.etag === md5Hex(bytes)) return 'uploaded'

  const stored = await storedSha256(ctx, key)
  if (stored === sha256) return put.ok ? 'uploaded' : 'present'
  if (put.ok || stored === null) {
    throw new PublishError(
      `${key} does not read back as sent (SHA-256 ${stored ?? 'none: the object is gone'}, ` +
        `expected ${sha256}). The release is not visible: its manifest is written only after every ` +
        'file checks out. Delete that key and publish again.',
    )
  }
  throw conflict(key, stored, sha256)
}

export function conflict(key: string, stored: string, sha256: string): PublishError {
  return new PublishError(
    `${key} already exists with different bytes (SHA-256 ${stored}; this release has ${sha256}). ` +
      'Published objects are immutable and nothing was overwritten. If the content changed, build ' +
      'it as a new version; if the version was never made visible (no manifest.json under its ' +
      'prefix), the leftover of an earlier attempt may be deleted before publishing again.',
  )
}
