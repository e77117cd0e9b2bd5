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
 * The store over a Workers R2 binding (`env.RELEASES`): the Worker's own, and Miniflare's or
 * getPlatformProxy's locally. No SDK: the Worker bundle stays small.
 * API: https://developers.cloudflare.com/r2/api/workers/workers-api-reference/
 */
export interface R2StoreOptions {
  bucket: R2Bucket
}

/** The most keys one `list()` returns. */
const MAX_LIST_LIMIT = 1000

function info(object: R2Object): ObjectInfo {
  return {
    key: object.key,
    size: object.size,
    etag: object.etag,
    contentType: object.httpMetadata?.contentType ?? null,
    metadata: { ...object.customMetadata },
  }
}

export function r2Store({ bucket }: R2StoreOptions): ObjectStore {
  return {
    async get(key: string, options: { range?: ByteRange } = {}): Promise<ObjectBody | null> {
      assertValidKey(key)
      // https://developers.cloudflare.com/r2/api/workers/workers-api-reference/#ranged-reads
      const object = await bucket.get(key, options.range ? { range: options.range } : {})
      if (!object) return null
      const range = options.range ? resolveRange(options.range, object.size) : null
      return { ...info(object), body: object.body as ReadableStream<Uint8Array>, range }
    },

    async head(key: string): Promise<ObjectInfo | null> {
      assertValidKey(key)
      // https://developers.cloudflare.com/r2/api/workers/workers-api-reference/#bucket-method-definitions
      const object = await bucket.head(key)
      return object ? info(object) : null
    },

    async put(key: string, body: Uint8Array | string, put: PutOptions = {}): Promise<PutResult> {
      assertValidKey(key)
      // R2 checks the body against `sha256` and refuses a mismatch; a failed `onlyIf` returns null.
      // https://developers.cloudflare.com/r2/api/workers/workers-api-reference/#r2putoptions
      // https://developers.cloudflare.com/r2/api/workers/workers-api-reference/#conditional-operations
      const onlyIf =
        put.ifNoneMatch === '*'
          ? { etagDoesNotMatch: '*' }
          : put.ifMatch !== undefined
            ? { etagMatches: put.ifMatch }
            : undefined
      const object = await bucket.put(key, body, {
        ...(onlyIf ? { onlyIf } : {}),
        ...(put.contentType ? { httpMetadata: { contentType: put.contentType } } : {}),
        customMetadata: { ...put.metadata, ...(put.sha256 ? { sha256: put.sha256 } : {}) },
        ...(put.sha256 ? { sha256: put.sha256 } : {}),
      })
      return object ? { ok: true, etag: object.etag } : { ok: false, reason: 'precondition-failed' }
    },

    async list(
      prefix: string,
      options: { cursor?: string; limit?: number } = {},
    ): Promise<ListPage> {
      assertValidPrefix(prefix)
      // https://developers.cloudflare.com/r2/api/workers/workers-api-reference/#r2listoptions
      const page = await bucket.list({
        prefix,
        limit: Math.min(options.limit ?? MAX_LIST_LIMIT, MAX_LIST_LIMIT),
        ...(options.cursor ? { cursor: options.cursor } : {}),
      })
      const keys = page.objects.map((o) => o.key)
      return page.truncated ? { keys, cursor: page.cursor } : { keys }
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key)
      await bucket.delete(key)
    },
  }
}
