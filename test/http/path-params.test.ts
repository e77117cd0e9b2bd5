import { describe, expect, it } from 'vitest'
import { acceptsParam } from '../../src/http/params.ts'
import { DatasetId, SemVer } from '../../src/model/dataset.ts'
import * as model from '../../src/model/release.ts'

describe('the path parameters the API accepts', () => {
  it('accepts in a path only what the model accepts', () => {
    const samples = [
      'zhuzhou-shifeng-gov-office-2020',
      'a',
      'A',
      'a--b',
      '-a',
      'a-',
      '1.0.0',
      '01.0.0',
      '1.0',
      '10.20.30',
      '1234567890.0.0',
      '99999999999999999999.0.0',
      'x.csv',
      '..',
      '.x',
      'a/b',
      'a\\b',
      '',
    ]
    const accepts = acceptsParam
    for (const s of samples) {
      if (accepts('id', s)) expect(DatasetId.safeParse(s).success, s).toBe(true)
      if (accepts('version', s)) expect(SemVer.safeParse(s).success, s).toBe(true)
      if (accepts('file', s)) expect(model.ReleaseFileName.safeParse(s).success, s).toBe(true)
    }
    expect(
      accepts('id', 'zhuzhou-shifeng-gov-office-2020') &&
        accepts('version', '10.20.30') &&
        accepts('file', 'x.csv'),
    ).toBe(true)
  })
})
