import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLASSIFICATION_2020_TSV } from '../../src/reference/classification-2020.tsv.ts'
import { codesByName, lookupCode } from '../../src/reference/classification.ts'

const SHARED = new URL('../../../shared/reference/classification-2020.tsv', import.meta.url)

describe('the 2020 classification reference', () => {
  // ../shared sits beside a working copy, not a fresh clone (nor CI's): compared where it is there.
  it.runIf(existsSync(SHARED))('is the shared reference list, verbatim', () => {
    expect(CLASSIFICATION_2020_TSV).toBe(readFileSync(SHARED, 'utf8').replace(/\n$/, ''))
  })
  it('looks codes up by scheme, with their parent and status', () => {
    expect(lookupCode('function', '2010301')).toMatchObject({ name: '行政运行', parent: '20103' })
    expect(lookupCode('economic', '30217')).toMatchObject({ name: '公务接待费', parent: '302' })
    expect(lookupCode('economic', '2010301')).toBeUndefined()
  })
  it('finds codes by name under a prefix, spaces and bracket widths aside', () => {
    expect(codesByName('economic', '维修(护)费').map((e) => e.code)).toEqual(['30213'])
    expect(codesByName('economic', '其他支出', '3999').map((e) => e.code)).toEqual(['39999'])
    expect(codesByName('function', '其他支出').map((e) => e.code)).toContain('229')
  })
})
