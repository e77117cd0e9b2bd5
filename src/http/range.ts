/**
 * Range requests (RFC 9110 §14). One byte range is served as 206; a range of another unit is
 * ignored, as the RFC requires; several ranges, a malformed or an unsatisfiable range are 416.
 */
export type RangeRequest =
  { kind: 'full' } | { kind: 'partial'; offset: number; length: number } | { kind: 'unsatisfiable' }

const RANGE = /^bytes=[ \t]*(?:(\d+)-(\d*)|-(\d+))[ \t]*$/i

export function parseRange(field: string | undefined, size: number): RangeRequest {
  if (field === undefined) return { kind: 'full' }
  if (!/^bytes=/i.test(field))
    return /^[!#$%&'*+.^_`|~0-9a-z-]+=/i.test(field) ? { kind: 'full' } : { kind: 'unsatisfiable' }
  const match = RANGE.exec(field)
  if (!match) return { kind: 'unsatisfiable' }
  const [, first, last, suffix] = match
  if (suffix !== undefined) {
    const n = Number(suffix)
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' }
    const length = Math.min(n, size)
    return { kind: 'partial', offset: size - length, length }
  }
  const start = Number(first)
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  if (start >= size || (last !== '' && Number(last) < start)) return { kind: 'unsatisfiable' }
  return { kind: 'partial', offset: start, length: end - start + 1 }
}
