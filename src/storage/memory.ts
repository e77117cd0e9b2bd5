import { createHash } from 'node:crypto'
import { resolveRange } from './range.ts'
import {
  assertValidKey,
  assertValidPrefix,
  type ByteRange,
  type ListPage,
  type ObjectBody,
  type ObjectInfo,
  type ObjectStore,
  type PutOptions,
  type PutResult,
} from './types.ts'

/**
 * An in-process store for unit tests only. It behaves as S3 and R2 do where gongkai relies on
 * them: conditional puts, ranges, MD5 entity tags, and a refused body whose SHA-256 is not the
 * one sent (as R2 and AWS refuse it).
 */
export interface MemoryStoreOptions {
  /** Objects to start with. */
  objects?: Record<string, Uint8Array | string>
}

/** The most keys one list call returns, as S3's MaxKeys and R2's list limit. */
const MAX_LIST_LIMIT = 1000

interface Stored {
  bytes: Uint8Array
  info: ObjectInfo
}

const hex = (algorithm: 'md5' | 'sha256', bytes: Uint8Array) =>
  createHash(algorithm).update(bytes).digest('hex')

export function memoryStore(options: MemoryStoreOptions = {}): ObjectStore {
  const objects = new Map<string, Stored>()

  function write(key: string, body: Uint8Array | string, put: PutOptions = {}): string {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body.slice()
    if (put.sha256 !== undefined && put.sha256 !== hex('sha256', bytes)) {
      throw new Error(`put ${key}: the body does not have the SHA-256 sent with it (${put.sha256})`)
    }
    const etag = hex('md5', bytes)
    const metadata = { ...put.metadata, ...(put.sha256 ? { sha256: put.sha256 } : {}) }
    const info = { key, size: bytes.length, etag, contentType: put.contentType ?? null, metadata }
    objects.set(key, { bytes, info })
    return etag
  }

  for (const [key, body] of Object.entries(options.objects ?? {})) {
    assertValidKey(key)
    write(key, body)
  }

  const copyInfo = (info: ObjectInfo): ObjectInfo => ({ ...info, metadata: { ...info.metadata } })

  return {
    async get(key: string, get: { range?: ByteRange } = {}): Promise<ObjectBody | null> {
      assertValidKey(key)
      const stored = objects.get(key)
      if (!stored) return null
      const range = get.range ? resolveRange(get.range, stored.info.size) : null
      const bytes = range
        ? stored.bytes.slice(range.offset, range.offset + range.length)
        : stored.bytes.slice()
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes)
          controller.close()
        },
      })
      return { ...copyInfo(stored.info), body, range }
    },

    async head(key: string): Promise<ObjectInfo | null> {
      assertValidKey(key)
      const stored = objects.get(key)
      return stored ? copyInfo(stored.info) : null
    },

    async put(key: string, body: Uint8Array | string, put: PutOptions = {}): Promise<PutResult> {
      assertValidKey(key)
      const current = objects.get(key)
      if (put.ifNoneMatch === '*' && current) return { ok: false, reason: 'precondition-failed' }
      if (put.ifMatch !== undefined && current?.info.etag !== put.ifMatch) {
        return { ok: false, reason: 'precondition-failed' }
      }
      return { ok: true, etag: write(key, body, put) }
    },

    async list(prefix: string, list: { cursor?: string; limit?: number } = {}): Promise<ListPage> {
      assertValidPrefix(prefix)
      const limit = Math.min(list.limit ?? MAX_LIST_LIMIT, MAX_LIST_LIMIT)
      const after = list.cursor ?? ''
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort()
      const page = keys.slice(0, limit)
      return keys.length > limit ? { keys: page, cursor: page.at(-1)! } : { keys: page }
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key)
      objects.delete(key)
    },
  }
}
