import type { AppContext } from './env.ts'
import { ifNoneMatchHits } from './conditional.ts'
import { sha256Hex } from '../model/digest.ts'
import { linkHeader, reprDigest } from './headers.ts'

export interface JsonOptions {
  cacheControl: string
  links?: ReadonlyArray<readonly [url: string, rel: string] | null>
}

/**
 * A JSON document of the API: strong ETag and Repr-Digest from the SHA-256 of the exact bytes,
 * 304 when If-None-Match already names them. (HEAD is GET without the body: Hono drops it.)
 */
export async function sendJson(
  c: AppContext,
  value: unknown,
  options: JsonOptions,
): Promise<Response> {
  return sendText(c, JSON.stringify(value), 'application/json; charset=utf-8', options)
}

export async function sendText(
  c: AppContext,
  text: string,
  type: string,
  options: JsonOptions,
): Promise<Response> {
  const bytes = new TextEncoder().encode(text)
  const sha256 = await sha256Hex(bytes)
  const etag = `"${sha256}"`
  const headers = new Headers({ ETag: etag, 'Cache-Control': options.cacheControl })
  if (ifNoneMatchHits(c.req.header('If-None-Match'), etag))
    return new Response(null, { status: 304, headers })
  headers.set('Content-Type', type)
  headers.set('Content-Length', String(bytes.byteLength))
  headers.set('Repr-Digest', reprDigest(sha256))
  const link = linkHeader(options.links ?? [])
  if (link) headers.set('Link', link)
  return new Response(bytes, { status: 200, headers })
}
