import { describe, expect, it } from 'vitest'
import { ifNoneMatchHits, ifRangeHolds } from '../../src/http/conditional.ts'
import {
  contentDisposition,
  contentType,
  downloadName,
  linkHeader,
  reprDigest,
} from '../../src/http/headers.ts'
import { parseRange } from '../../src/http/range.ts'

describe('header values', () => {
  it('Content-Disposition: an ASCII fallback and the exact name in RFC 8187 encoding', () => {
    expect(contentDisposition('03-expenditure.csv')).toBe(
      `attachment; filename="03-expenditure.csv"; filename*=UTF-8''03-expenditure.csv`,
    )
    // RFC 8187 §3.2.3 example: € rates
    expect(contentDisposition('€ rates')).toBe(
      `attachment; filename="_ rates"; filename*=UTF-8''%E2%82%AC%20rates`,
    )
    expect(contentDisposition(`决算"(1)'.csv`)).toBe(
      `attachment; filename="___(1)'.csv"; filename*=UTF-8''%E5%86%B3%E7%AE%97%22%281%29%27.csv`,
    )
  })

  it('names a download after its dataset and version, once', () => {
    expect(downloadName('a-office-2020', '1.0.0', '03-expenditure.csv')).toBe(
      'a-office-2020-1.0.0-03-expenditure.csv',
    )
    expect(downloadName('a-office-2020', '1.2.0', 'a-office-2020-1.2.0.xlsx')).toBe(
      'a-office-2020-1.2.0.xlsx',
    )
    // Another version's workbook is not this version's: it is prefixed like any other file.
    expect(downloadName('a-office-2020', '1.2.0', 'a-office-2020-1.1.0.xlsx')).toBe(
      'a-office-2020-1.2.0-a-office-2020-1.1.0.xlsx',
    )
  })

  it('Content-Type: UTF-8 for text and JSON, header=present for CSV, others untouched', () => {
    expect(contentType('text/csv')).toBe('text/csv; charset=utf-8; header=present')
    expect(contentType('text/csv; charset=utf-8')).toBe('text/csv; charset=utf-8; header=present')
    expect(contentType('application/vnd.datapackage+json')).toBe(
      'application/vnd.datapackage+json; charset=utf-8',
    )
    expect(contentType('application/octet-stream')).toBe('application/octet-stream')
  })

  it('Repr-Digest: base64 of the raw SHA-256 (RFC 9530)', () => {
    // SHA-256 of the empty string
    expect(reprDigest('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toBe(
      'sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:',
    )
  })

  it('Link: present links only', () => {
    expect(linkHeader([['https://x/a', 'canonical'], null])).toBe('<https://x/a>; rel="canonical"')
    expect(linkHeader([null])).toBeUndefined()
  })
})

describe('conditional requests', () => {
  const etag = '"abc"'
  it('If-None-Match compares weakly and reads lists', () => {
    expect(ifNoneMatchHits('"abc"', etag)).toBe(true)
    expect(ifNoneMatchHits('W/"abc"', etag)).toBe(true)
    expect(ifNoneMatchHits('"x" , W/"abc"', etag)).toBe(true)
    expect(ifNoneMatchHits('*', etag)).toBe(true)
    expect(ifNoneMatchHits('"abcd"', etag)).toBe(false)
    expect(ifNoneMatchHits('abc', etag)).toBe(false)
    expect(ifNoneMatchHits('"abc" junk', etag)).toBe(false)
    expect(ifNoneMatchHits(undefined, etag)).toBe(false)
  })
  it('If-Range holds only for the same strong tag', () => {
    expect(ifRangeHolds(undefined, etag)).toBe(true)
    expect(ifRangeHolds('"abc"', etag)).toBe(true)
    expect(ifRangeHolds('W/"abc"', etag)).toBe(false)
    expect(ifRangeHolds('Wed, 21 Oct 2015 07:28:00 GMT', etag)).toBe(false)
  })
})

describe('Range', () => {
  it('reads the three forms of one byte range (RFC 9110 §14.1.2 examples)', () => {
    expect(parseRange('bytes=0-499', 10000)).toEqual({ kind: 'partial', offset: 0, length: 500 })
    expect(parseRange('bytes=500-999', 10000)).toEqual({
      kind: 'partial',
      offset: 500,
      length: 500,
    })
    expect(parseRange('bytes=-500', 10000)).toEqual({ kind: 'partial', offset: 9500, length: 500 })
    expect(parseRange('bytes=9500-', 10000)).toEqual({ kind: 'partial', offset: 9500, length: 500 })
    expect(parseRange('Bytes=0-0', 10000)).toEqual({ kind: 'partial', offset: 0, length: 1 })
    expect(parseRange('bytes=-20000', 10000)).toEqual({ kind: 'partial', offset: 0, length: 10000 })
  })
  it('ignores other units and refuses what it cannot serve', () => {
    expect(parseRange(undefined, 10)).toEqual({ kind: 'full' })
    expect(parseRange('items=0-1', 10)).toEqual({ kind: 'full' })
    for (const field of [
      'bytes=0-1,3-4',
      'bytes=10-',
      'bytes=5-4',
      'bytes=-0',
      'bytes=x',
      'nonsense',
    ]) {
      expect(parseRange(field, 10), field).toEqual({ kind: 'unsatisfiable' })
    }
    expect(parseRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' })
  })
})
