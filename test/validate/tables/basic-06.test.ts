import { describe, expect, it } from 'vitest'
import { basicExpenditure } from '../../../src/validate/rules/tables/basic-06.ts'
import { brief, seed, setCell } from './support.ts'

describe('06 人员经费合计 and 公用经费合计', () => {
  it('on the seed: 人员经费合计 blank, 公用经费合计 off by 24.88', async () => {
    const found = basicExpenditure.check(await seed())
    // 301 款: 92.46 + 73.61 + 50.32 + 4.35 + 39.99 + 0.66 + 25.37 + 9.28 + 37.17 + 16.83 + 4.56 = 354.60
    // 303 款: 10.6 + 18.57 + 2.2 + 3.26 + 65.74 = 100.37; 354.60 + 100.37 = 454.97
    // 302 款: 10.3 + 0.43 + 1.22 + 0.24 + 0.24 + 0.09 + 0.71 + 0.64 + 2 + 6.52 + 4.74 + 4.41 = 31.54;
    // 307, 310, 399 all blank; printed 56.42 (line 294): 56.42 − 31.54 = 24.88.
    expect(brief(found)).toEqual([
      {
        rule: 'total-missing',
        severity: 'warning',
        table: '06',
        row: '人员经费合计',
        column: 'amount',
        expected: '454.97',
        actual: null,
      },
      {
        rule: 'summary-total-mismatch',
        severity: 'error',
        table: '06',
        row: '公用经费合计',
        column: 'amount',
        expected: '31.54',
        actual: '56.42',
      },
    ])
    expect(found[1]!.difference).toBe('24.88')
    expect(found[1]!.line).toBe(294)
  })

  it('passes printed totals that match their 款', async () => {
    const r = await seed()
    setCell(r, '06', '人员经费合计', 'amount', '454.97')
    setCell(r, '06', '公用经费合计', 'amount', '31.54')
    expect(basicExpenditure.check(r)).toEqual([])
  })

  it('uses a 类 row where no 款 is printed under it', async () => {
    const r = await seed()
    setCell(r, '06', '公用经费合计', 'amount', '56.42')
    setCell(r, '06', '310', 'amount', '24.88')
    r.tables['06'].rows = r.tables['06'].rows.filter(
      (x) => !(x.code?.startsWith('310') && x.code.length === 5),
    )
    // 31.54 + 24.88 = 56.42
    expect(basicExpenditure.check(r).filter((f) => f.row === '公用经费合计')).toEqual([])
  })

  it('says when a bottom line is not printed at all', async () => {
    const r = await seed()
    r.tables['06'].rows = r.tables['06'].rows.filter((x) => x.label !== '公用经费合计')
    expect(brief(basicExpenditure.check(r)).map((f) => [f.rule, f.row])).toContainEqual([
      'summary-line-missing',
      '公用经费合计',
    ])
  })
})
