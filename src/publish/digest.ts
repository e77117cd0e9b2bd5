import { createHash } from 'node:crypto'

/** S3, R2 and RGW give a single-part upload's MD5 as its ETag (not with SSE-KMS: hence a fallback). */
export const md5Hex = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex')

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer())
}
