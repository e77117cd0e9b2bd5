/**
 * One narrow storage interface, many drivers (R2 binding, S3 client, memory for unit tests),
 * one conformance suite. Keys are `/`-separated object paths; a key with `..` is refused.
 */

export interface ObjectInfo {
  key: string
  /** Bytes of the whole object. */
  size: number
  /** The store's entity tag, without quotes. */
  etag: string
  contentType: string | null
  /** User metadata (x-amz-meta-* / R2 customMetadata); gongkai stores `sha256` here. */
  metadata: Record<string, string>
}

/** A byte range: `offset` and optional `length`, or the last `suffix` bytes. */
export type ByteRange = { offset: number; length?: number } | { suffix: number }

export interface ObjectBody extends ObjectInfo {
  /** The requested bytes (all, or the range asked for), streamed: never buffered whole. */
  body: ReadableStream<Uint8Array>
  /** The range actually returned, when one was asked for. */
  range: { offset: number; length: number } | null
}

export interface PutOptions {
  contentType?: string
  metadata?: Record<string, string>
  /** Hex SHA-256 of the body: sent as the store's checksum where it supports one. */
  sha256?: string
  /**
   * Conditional write: `ifNoneMatch: '*'` creates only (If-None-Match: *);
   * `ifMatch: etag` replaces only that version (optimistic concurrency).
   */
  ifNoneMatch?: '*'
  ifMatch?: string
}

export type PutResult = { ok: true; etag: string } | { ok: false; reason: 'precondition-failed' }

export interface ListPage {
  keys: string[]
  /** Present when more keys follow. */
  cursor?: string
}

export interface ObjectStore {
  /** Reads an object or a range of it; null when there is no such key. */
  get(key: string, options?: { range?: ByteRange }): Promise<ObjectBody | null>
  head(key: string): Promise<ObjectInfo | null>
  put(key: string, body: Uint8Array | string, options?: PutOptions): Promise<PutResult>
  /** For publishing and tools only: no request of the Worker ever lists the bucket. */
  list(prefix: string, options?: { cursor?: string; limit?: number }): Promise<ListPage>
  delete(key: string): Promise<void>
}

/** Thrown for a key that could reach outside its prefix or is not a plain object path. */
export class InvalidKey extends Error {
  override readonly name = 'InvalidKey'
}

const MAX_KEY_BYTES = 1024 // S3 and R2 both cap keys at 1,024 bytes

export function assertValidKey(key: string): void {
  const segments = key.split('/')
  if (
    key.length === 0 ||
    new TextEncoder().encode(key).length > MAX_KEY_BYTES ||
    key.startsWith('/') ||
    segments.some((s) => s === '' || s === '.' || s === '..') ||
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    /[\\\u0000-\u001f\u007f]/.test(key)
  ) {
    throw new InvalidKey(`not a valid object key: ${JSON.stringify(key.slice(0, 80))}`)
  }
}

/** A list prefix: empty (the whole bucket), or a valid key, optionally ending in `/`. */
export function assertValidPrefix(prefix: string): void {
  if (prefix !== '') assertValidKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix)
}

/**
 * A request that failed for a reason worth retrying: a 5xx, a timeout, a dropped connection.
 * Drivers throw it so callers can retry without knowing any driver's errors.
 */
export class TransientStoreError extends Error {
  override readonly name = 'TransientStoreError'
}
