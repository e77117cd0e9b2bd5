import { describe, expect, it } from 'vitest'
import * as layout from '../../src/http/layout.ts'
import { PATH_PARAMS } from '../../src/http/params.ts'
import { DatasetId, SemVer } from '../../src/model/dataset.ts'
import * as model from '../../src/model/release.ts'
import { TABLES } from '../../src/model/tables.ts'

/** src/http/layout.ts restates the model's layout without zod; it must not drift from it. */
describe('the bucket layout the API reads', () => {
  it('is the model’s', () => {
    expect(layout.MANIFEST_FILE).toBe(model.MANIFEST_FILE)
    expect(layout.CATALOG_KEY).toBe(model.CATALOG_KEY)
    expect(layout.releaseFileKey('a-b', '1.2.3', 'x.csv')).toBe(model.releaseFileKey('a-b', '1.2.3', 'x.csv'))
    expect(layout.datasetIndexKey('a-b')).toBe(model.datasetIndexKey('a-b'))
    expect(Object.entries(layout.TABLE_SLUGS)).toEqual(TABLES.map((t) => [t.id, t.slug]))
  })

  it('accepts in a path only what the model accepts', () => {
    const samples = ['zhuzhou-shifeng-gov-office-2020', 'a', 'A', 'a--b', '-a', 'a-', '1.0.0', '01.0.0', '1.0', '10.20.30', 'x.csv', '..', '.x', 'a/b', 'a\\b', '']
    const accepts = (name: keyof typeof PATH_PARAMS, s: string) => s.length <= PATH_PARAMS[name].max && PATH_PARAMS[name].pattern.test(s)
    for (const s of samples) {
      if (accepts('id', s)) expect(DatasetId.safeParse(s).success, s).toBe(true)
      if (accepts('version', s)) expect(SemVer.safeParse(s).success, s).toBe(true)
      if (accepts('file', s)) expect(model.ReleaseFileName.safeParse(s).success, s).toBe(true)
    }
    expect(accepts('id', 'zhuzhou-shifeng-gov-office-2020') && accepts('version', '10.20.30') && accepts('file', 'x.csv')).toBe(true)
  })
})
