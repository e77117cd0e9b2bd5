import type { ByteRange } from './types.ts'

/**
 * The bytes a range selects in an object of `size` bytes, as HTTP Range does (RFC 9110 §14.1.2):
 * a length past the end is cut at the end, a suffix longer than the object is the whole object.
 * An offset at or past the end selects nothing a store can return.
 */
export function resolveRange(range: ByteRange, size: number): { offset: number; length: number } {
  if ('suffix' in range) {
    const length = Math.min(range.suffix, size)
    return { offset: size - length, length }
  }
  if (range.offset >= size && size > 0) {
    throw new RangeError(
      `range starts at byte ${range.offset}, past the end of a ${size}-byte object`,
    )
  }
  const end = range.length === undefined ? size : Math.min(size, range.offset + range.length)
  return { offset: range.offset, length: Math.max(0, end - range.offset) }
}

/** The `Range` header value for a range: `bytes=10-19`, `bytes=10-`, `bytes=-5`. */
export function rangeHeader(range: ByteRange): string {
  if (('suffix' in range ? range.suffix : (range.length ?? 1)) < 1) {
    throw new RangeError(`an empty byte range cannot be requested: ${JSON.stringify(range)}`)
  }
  if ('suffix' in range) return `bytes=-${range.suffix}`
  if (range.length === undefined) return `bytes=${range.offset}-`
  return `bytes=${range.offset}-${range.offset + range.length - 1}`
}

/** Parses `Content-Range: bytes 10-19/100` into the returned range and the whole object's size. */
export function parseContentRange(value: string): { offset: number; length: number; size: number } {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(value.trim())
  if (!match) throw new Error(`unexpected Content-Range: ${JSON.stringify(value)}`)
  const [first, last, size] = match.slice(1).map(Number) as [number, number, number]
  return { offset: first, length: last - first + 1, size }
}
