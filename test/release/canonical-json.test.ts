import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/release/canonical-json.ts'

describe('canonicalJson', () => {
  it('gives the same bytes whatever order the keys were set in', () => {
    const a = canonicalJson({ b: 1, a: { d: [3, { z: null, y: '0.09' }], c: true } })
    const b = canonicalJson({ a: { c: true, d: [3, { y: '0.09', z: null }] }, b: 1 })
    expect(a).toBe(b)
    expect(a).toBe(
      '{\n  "a": {\n    "c": true,\n    "d": [\n      3,\n      {\n        "y": "0.09",\n        "z": null\n      }\n    ]\n  },\n  "b": 1\n}\n',
    )
  })

  it('sorts by code unit, as RFC 8785 does ($ and capitals before lower case)', () => {
    expect(
      Object.keys(JSON.parse(canonicalJson({ name: 1, $schema: 2, Zeta: 3, '01': 4 })) as object),
    ).toEqual(['$schema', '01', 'Zeta', 'name'])
  })

  it('keeps decimal strings as strings and leaves out undefined', () => {
    expect(canonicalJson({ amount: '606.71', blank: null, gone: undefined })).toBe(
      '{\n  "amount": "606.71",\n  "blank": null\n}\n',
    )
  })

  it('refuses what JSON cannot carry, naming where', () => {
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow('$.a[1] is NaN')
    expect(() => canonicalJson({ f: () => 1 })).toThrow('$.f is a function')
  })
})
