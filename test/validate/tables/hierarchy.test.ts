import { describe, expect, it } from 'vitest'
import { hierarchy } from '../../../src/validate/rules/tables/hierarchy.ts'
import { brief, seed, setCell } from './support.ts'

describe('hierarchy sums on the seed', () => {
  it('finds the totals that their classes do not make up, checked by hand', async () => {
    expect(brief(hierarchy.check(await seed()))).toEqual(
      expect.arrayContaining([
        // 02 合计 财政拨款收入 606.71 (line 146) while every class row leaves it blank.
        {
          rule: 'hierarchy-sum-mismatch',
          severity: 'error',
          table: '02',
          row: '合计',
          column: 'fiscal_appropriation_revenue',
          expected: '0',
          actual: '606.71',
        },
        // 03 合计 项目支出 95.34 (line 171) while every class row leaves it blank.
        {
          rule: 'hierarchy-sum-mismatch',
          severity: 'error',
          table: '03',
          row: '合计',
          column: 'project_expenditure',
          expected: '0',
          actual: '95.34',
        },
        // 05 合计 小计 606.71 vs 201 586.37 + 214 20.35 = 606.72: within 3 × 0.005.
        {
          rule: 'hierarchy-sum-mismatch',
          severity: 'warning',
          table: '05',
          row: '合计',
          column: 'total',
          expected: '606.72',
          actual: '606.71',
        },
        // 06 class rows printed blank over their 款:
        // 301: 92.46 + 73.61 + 50.32 + 4.35 + 39.99 + 0.66 + 25.37 + 9.28 + 37.17 + 16.83 + 4.56 = 354.60
        {
          rule: 'total-missing',
          severity: 'warning',
          table: '06',
          row: '301',
          column: 'amount',
          expected: '354.6',
          actual: null,
        },
        // 302: 10.3 + 0.43 + 1.22 + 0.24 + 0.24 + 0.09 + 0.71 + 0.64 + 2 + 6.52 + 4.74 + 4.41 = 31.54
        {
          rule: 'total-missing',
          severity: 'warning',
          table: '06',
          row: '302',
          column: 'amount',
          expected: '31.54',
          actual: null,
        },
        // 303: 10.6 + 18.57 + 2.2 + 3.26 + 65.74 = 100.37
        {
          rule: 'total-missing',
          severity: 'warning',
          table: '06',
          row: '303',
          column: 'amount',
          expected: '100.37',
          actual: null,
        },
      ]),
    )
    // 307, 310 and 399 are blank over blank 款: nothing to say.
    expect(hierarchy.check(await seed())).toHaveLength(6)
  })
})

describe('hierarchy sums, altered', () => {
  it('passes a table whose 合计, 类, 款 and 项 add up', async () => {
    const r = await seed()
    setCell(r, '05', '合计', 'total', '606.72')
    expect(hierarchy.check(r).filter((f) => f.table === '05')).toEqual([])
  })

  it('reports a 项 that breaks its 款, and the 款 up to its 类 stays consistent', async () => {
    const r = await seed()
    setCell(r, '05', '2010302', 'total', '60.99')
    // 20103 小计 586.37 vs 511.38 + 60.99 + 15 = 587.37; 201 = 20103 still holds.
    const found = hierarchy.check(r).filter((f) => f.table === '05' && f.row !== '合计')
    expect(brief(found)).toEqual([
      {
        rule: 'hierarchy-sum-mismatch',
        severity: 'error',
        table: '05',
        row: '20103',
        column: 'total',
        expected: '587.37',
        actual: '586.37',
      },
    ])
    expect(found[0]!.message.zh).toContain('其下各项之和')
    expect(found[0]!.line).toBe(248)
  })

  it('sums 合计 over the rows whose parent is not printed', async () => {
    const r = await seed()
    // Without the 类 rows, 合计 is the sum of the 款: 20103 586.37 + 21401 20.35 = 606.72.
    r.tables['05'].rows = r.tables['05'].rows.filter((x) => x.code?.length !== 3)
    expect(brief(hierarchy.check(r).filter((f) => f.table === '05'))).toEqual([
      {
        rule: 'hierarchy-sum-mismatch',
        severity: 'warning',
        table: '05',
        row: '合计',
        column: 'total',
        expected: '606.72',
        actual: '606.71',
      },
    ])
  })

  it('checks a printed 06 类 against its 款', async () => {
    const r = await seed()
    setCell(r, '06', '303', 'amount', '100.37')
    setCell(r, '06', '301', 'amount', '350')
    const found = brief(hierarchy.check(r).filter((f) => f.table === '06'))
    expect(found).toContainEqual({
      rule: 'hierarchy-sum-mismatch',
      severity: 'error',
      table: '06',
      row: '301',
      column: 'amount',
      expected: '354.6',
      actual: '350',
    })
    expect(found.filter((f) => f.row === '303')).toEqual([])
  })
})
