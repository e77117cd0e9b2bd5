import { describe, expect, it } from 'vitest'
import { rowIdentities } from '../../../src/validate/rules/tables/row-identities.ts'
import { brief, rowOf, seed, setCell } from './support.ts'

const error = (
  table: string,
  row: string,
  column: string,
  expected: string,
  actual: string | null,
) => ({
  rule: 'row-sum-mismatch',
  severity: 'error',
  table,
  row,
  column,
  expected,
  actual,
})

describe('row identities on the seed', () => {
  it('finds exactly the rows whose columns do not add up, checked by hand', async () => {
    const found = brief(rowIdentities.check(await seed()))
    // 02 (lines 146–157): 合计 619.54 vs 财政拨款收入 606.71 + 其他收入 12.82 = 619.53 (within
    // 0.015 = 3 × 0.005); every 201/214 row prints 本年收入合计 with all six sources blank.
    // 03 (lines 171–182): 201 and 20103 print 586.37 vs 基本支出 511.38 alone; 2010302 (59.99),
    // 2010399 (15), 214/21401/2140199 (20.35) have every kind blank. 合计 619.54 = 524.2 + 95.34.
    // 05 (line 245): 合计 606.71 vs 511.38 + 95.34 = 606.72. 07 (line 309): 预算数 合计 blank over
    // 因公出国 1 + 公务接待 1 = 2.
    expect(found).toEqual(
      expect.arrayContaining([
        { ...error('02', '合计', 'total_revenue', '619.53', '619.54'), severity: 'warning' },
        error('02', '201', 'total_revenue', '0', '586.37'),
        error('02', '20103', 'total_revenue', '0', '586.37'),
        error('02', '2010301', 'total_revenue', '0', '511.38'),
        error('02', '2010302', 'total_revenue', '0', '59.99'),
        error('02', '2010399', 'total_revenue', '0', '15'),
        error('02', '214', 'total_revenue', '0', '20.35'),
        error('02', '21401', 'total_revenue', '0', '20.35'),
        error('02', '2140199', 'total_revenue', '0', '20.35'),
        error('03', '201', 'total_expenditure', '511.38', '586.37'),
        error('03', '20103', 'total_expenditure', '511.38', '586.37'),
        error('03', '2010302', 'total_expenditure', '0', '59.99'),
        error('03', '2010399', 'total_expenditure', '0', '15'),
        error('03', '214', 'total_expenditure', '0', '20.35'),
        error('03', '21401', 'total_expenditure', '0', '20.35'),
        error('03', '2140199', 'total_expenditure', '0', '20.35'),
        { ...error('05', '合计', 'total', '606.72', '606.71'), severity: 'warning' },
        {
          ...error('07', '合计', 'budget_total', '2', null),
          rule: 'total-missing',
          severity: 'warning',
        },
      ]),
    )
    expect(found).toHaveLength(18)
  })

  it('says a within-rounding difference is 尾数误差, naming the figures', async () => {
    const [f] = rowIdentities.check(await seed()).filter((x) => x.table === '05')
    expect(f!.difference).toBe('-0.01')
    expect(f!.line).toBe(245)
    expect(f!.message.zh).toContain('尾数误差')
    expect(f!.message.zh).toContain('基本支出 511.38 + 项目支出 95.34')
    expect(f!.message.en).toContain('within rounding')
  })
})

describe('row identities, altered', () => {
  it('passes rows that add up exactly', async () => {
    const r = await seed()
    // 02: give each row its source (201/214 rows: 财政拨款; 合计 rounded to agree).
    for (const code of [
      '201',
      '20103',
      '2010301',
      '2010302',
      '2010399',
      '214',
      '21401',
      '2140199',
    ]) {
      setCell(
        r,
        '02',
        code,
        'fiscal_appropriation_revenue',
        rowOf(r, '02', code).amounts.total_revenue ?? null,
      )
    }
    setCell(r, '02', '合计', 'total_revenue', '619.53')
    expect(rowIdentities.check(r).filter((f) => f.table === '02')).toEqual([])
  })

  it('reports a 04 expenditure row whose funds do not add up, beyond rounding', async () => {
    const r = await seed()
    setCell(r, '04', '十三、交通运输支出', 'general_public_budget', '20.3', 'expenditure')
    const found = rowIdentities.check(r).filter((f) => f.table === '04')
    // 合计 20.35 vs 20.3 + blank + blank = 20.3: 0.05 > 0.01 (2 printed figures × 0.005).
    expect(brief(found)).toEqual([error('04', '十三、交通运输支出', 'total', '20.3', '20.35')])
  })

  it('checks 07 决算 合计 and the vehicle subtotal', async () => {
    const r = await seed()
    setCell(r, '07', '合计', 'actual_vehicle_purchase', '5')
    setCell(r, '07', '合计', 'actual_vehicle_operation', '1.5')
    setCell(r, '07', '合计', 'actual_vehicles_total', '6.5')
    // 合计 0.92 but 0 + 6.5 + 0.92 = 7.42
    expect(
      brief(
        rowIdentities.check(r).filter((f) => f.table === '07' && f.column?.startsWith('actual')),
      ),
    ).toEqual([error('07', '合计', 'actual_total', '7.42', '0.92')])
    setCell(r, '07', '合计', 'actual_total', '7.42')
    setCell(r, '07', '合计', 'actual_vehicles_total', '6')
    // 小计 6 vs 5 + 1.5 = 6.5; and 合计 7.42 vs 0 + 6 + 0.92 = 6.92
    expect(
      brief(
        rowIdentities.check(r).filter((f) => f.table === '07' && f.column?.startsWith('actual')),
      ),
    ).toEqual([
      error('07', '合计', 'actual_total', '6.92', '7.42'),
      error('07', '合计', 'actual_vehicles_total', '6.5', '6'),
    ])
  })

  it('checks 08 小计 = 基本 + 项目 hard and the fund balance softly', async () => {
    const r = await seed()
    setCell(r, '08', '合计', 'opening_balance', '10')
    setCell(r, '08', '合计', 'revenue', '50')
    setCell(r, '08', '合计', 'basic_expenditure', '20')
    setCell(r, '08', '合计', 'project_expenditure', '25')
    setCell(r, '08', '合计', 'expenditure_total', '45')
    setCell(r, '08', '合计', 'closing_balance', '15')
    // 45 = 20 + 25; 15 = 10 + 50 − 45
    expect(rowIdentities.check(r).filter((f) => f.table === '08')).toEqual([])
    setCell(r, '08', '合计', 'closing_balance', '12')
    setCell(r, '08', '合计', 'project_expenditure', '24')
    expect(brief(rowIdentities.check(r).filter((f) => f.table === '08'))).toEqual([
      error('08', '合计', 'expenditure_total', '44', '45'),
      // soft: 12 vs 10 + 50 − 45 = 15, a warning rather than an error
      {
        ...error('08', '合计', 'closing_balance', '15', '12'),
        rule: 'row-balance-mismatch',
        severity: 'warning',
      },
    ])
  })

  it('checks 09 合计 = 基本 + 项目', async () => {
    const r = await seed()
    setCell(r, '09', '合计', 'total', '3')
    setCell(r, '09', '合计', 'basic_expenditure', '1')
    setCell(r, '09', '合计', 'project_expenditure', '2')
    expect(rowIdentities.check(r).filter((f) => f.table === '09')).toEqual([])
    setCell(r, '09', '合计', 'project_expenditure', '2.5')
    expect(brief(rowIdentities.check(r).filter((f) => f.table === '09'))).toEqual([
      error('09', '合计', 'total', '3.5', '3'),
    ])
  })
})
