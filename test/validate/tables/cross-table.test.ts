import { describe, expect, it } from 'vitest'
import { crossAppropriation } from '../../../src/validate/rules/tables/cross-appropriation.ts'
import { crossBasic } from '../../../src/validate/rules/tables/cross-basic.ts'
import { crossCodes } from '../../../src/validate/rules/tables/cross-codes.ts'
import { crossRevenue } from '../../../src/validate/rules/tables/cross-revenue.ts'
import { brief, rowOf, seed, setCell } from './support.ts'

const mismatch = { rule: 'cross-table-mismatch', severity: 'error' }
const exceeds = { rule: 'cross-table-exceeds', severity: 'error' }

describe('X1–X4: 01 against 02, 03 and 04', () => {
  it('on the seed all agree', async () => {
    // X1 619.54 = 619.54; X2 606.71 + blank + blank = 606.71, 八 12.82 = 12.82; X3 619.54 = 619.54,
    // 201 586.37, 214 20.35, 229 12.82 in both; X4 04 一 606.71 = 01 一, 二/三 "0" = blank.
    expect(crossRevenue.check(await seed())).toEqual([])
  })

  it('X1 and X2: 02 合计 against the 01 income lines', async () => {
    const r = await seed()
    setCell(r, '02', '合计', 'total_revenue', '620.54')
    setCell(r, '02', '合计', 'other_revenue', '13.82')
    setCell(r, '02', '合计', 'fiscal_appropriation_revenue', '600')
    expect(brief(crossRevenue.check(r))).toEqual([
      {
        ...mismatch,
        table: '01',
        row: '本年收入合计',
        column: 'amount',
        expected: '620.54',
        actual: '619.54',
      },
      {
        ...mismatch,
        table: '02',
        row: '合计',
        column: 'fiscal_appropriation_revenue',
        expected: '606.71',
        actual: '600',
      },
      {
        ...mismatch,
        table: '02',
        row: '合计',
        column: 'other_revenue',
        expected: '12.82',
        actual: '13.82',
      },
    ])
  })

  it('X3: each 01 class line against the 03 类 row, including classes only one side prints', async () => {
    const r = await seed()
    setCell(r, '01', '十三、交通运输支出', 'amount', '20.36', 'expenditure')
    setCell(r, '01', '五、教育支出', 'amount', '1', 'expenditure')
    const found = brief(crossRevenue.check(r))
    expect(found).toEqual([
      // 205 printed in 01 only: 1 vs no 03 row (blank).
      {
        ...mismatch,
        table: '01',
        row: '五、教育支出',
        column: 'amount',
        expected: '0',
        actual: '1',
      },
      // 20.36 vs 20.35: 0.01 within 2 × 0.005 — a warning.
      {
        ...mismatch,
        severity: 'warning',
        table: '01',
        row: '十三、交通运输支出',
        column: 'amount',
        expected: '20.35',
        actual: '20.36',
      },
    ])
  })

  it('X4: 04 income lines against 01', async () => {
    const r = await seed()
    setCell(r, '04', '二、政府性基金预算财政拨款', 'total', '5', 'income')
    expect(brief(crossRevenue.check(r))).toEqual([
      {
        ...mismatch,
        table: '04',
        row: '二、政府性基金预算财政拨款',
        column: 'total',
        expected: '0',
        actual: '5',
      },
    ])
  })
})

describe('X5, X6, X9, X10: 04 against 01, 05, 08, 09', () => {
  it('on the seed all agree', async () => {
    // X5 606.71 ≤ 619.54, 201 586.37 ≤ 586.37, 214 20.35 ≤ 20.35; X6 606.71 = 05 合计 606.71,
    // 201 586.37, 214 20.35; X9/X10 04 blank = empty 08/09.
    expect(crossAppropriation.check(await seed())).toEqual([])
  })

  it('X5: 04 may not exceed 01 (an inequality)', async () => {
    const r = await seed()
    setCell(r, '04', '年末财政拨款结转和结余', 'total', '3', 'expenditure')
    setCell(r, '04', '年末财政拨款结转和结余', 'general_public_budget', '3', 'expenditure')
    expect(
      brief(crossAppropriation.check(r)).filter((f) => f.rule === 'cross-table-exceeds'),
    ).toEqual([
      {
        ...exceeds,
        table: '04',
        row: '年末财政拨款结转和结余',
        column: 'total',
        expected: null,
        actual: '3',
      },
    ])
  })

  it('X6: the 一般公共预算 column against 05, in total and by class', async () => {
    const r = await seed()
    setCell(r, '05', '214', 'total', '21.35')
    setCell(r, '05', '合计', 'total', '607.71')
    expect(brief(crossAppropriation.check(r))).toEqual([
      {
        ...mismatch,
        table: '04',
        row: '本年支出合计',
        column: 'general_public_budget',
        expected: '607.71',
        actual: '606.71',
      },
      {
        ...mismatch,
        table: '04',
        row: '十三、交通运输支出',
        column: 'general_public_budget',
        expected: '21.35',
        actual: '20.35',
      },
    ])
  })

  it('X9: 政府性基金 against 08; X10: 国有资本经营 against 09', async () => {
    const r = await seed()
    setCell(r, '08', '合计', 'revenue', '7')
    setCell(r, '08', '合计', 'expenditure_total', '7')
    setCell(r, '09', '合计', 'total', '2')
    expect(brief(crossAppropriation.check(r))).toEqual([
      {
        ...mismatch,
        table: '04',
        row: '本年支出合计',
        column: 'government_fund_budget',
        expected: '7',
        actual: null,
      },
      {
        ...mismatch,
        table: '04',
        row: '二、政府性基金预算财政拨款',
        column: 'total',
        expected: '7',
        actual: '0',
      },
      {
        ...mismatch,
        table: '04',
        row: '本年支出合计',
        column: 'state_capital_budget',
        expected: '2',
        actual: null,
      },
    ])
  })
})

describe('X7, X8, X11: 05 against 06 and 03, 06 against 07', () => {
  it('on the seed: X7 fails on the blank 人员经费合计 and X8 on the blank 03 项目支出', async () => {
    const found = brief(crossBasic.check(await seed()))
    expect(found).toEqual([
      // 05 基本 511.38 vs 06 人员 blank + 公用 56.42 = 56.42
      {
        ...mismatch,
        table: '05',
        row: '合计',
        column: 'basic_expenditure',
        expected: '56.42',
        actual: '511.38',
      },
      // 05 项目支出 printed where 03 leaves 项目支出 blank (lines 246–254)
      {
        ...exceeds,
        table: '05',
        row: '201',
        column: 'project_expenditure',
        expected: null,
        actual: '74.99',
      },
      {
        ...exceeds,
        table: '05',
        row: '20103',
        column: 'project_expenditure',
        expected: null,
        actual: '74.99',
      },
      {
        ...exceeds,
        table: '05',
        row: '2010302',
        column: 'project_expenditure',
        expected: null,
        actual: '59.99',
      },
      {
        ...exceeds,
        table: '05',
        row: '2010399',
        column: 'project_expenditure',
        expected: null,
        actual: '15',
      },
      {
        ...exceeds,
        table: '05',
        row: '214',
        column: 'project_expenditure',
        expected: null,
        actual: '20.35',
      },
      {
        ...exceeds,
        table: '05',
        row: '21401',
        column: 'project_expenditure',
        expected: null,
        actual: '20.35',
      },
      {
        ...exceeds,
        table: '05',
        row: '2140199',
        column: 'project_expenditure',
        expected: null,
        actual: '20.35',
      },
    ])
    // X11 holds: 06 30217 0.64 ≤ 07 决算 公务接待费 0.92; the other three are blank in 06.
  })

  it('X7 holds when 人员经费合计 is printed: 454.97 + 56.42 = 511.39, within rounding of 511.38', async () => {
    const r = await seed()
    setCell(r, '06', '人员经费合计', 'amount', '454.97')
    const found = brief(crossBasic.check(r)).filter(
      (f) => f.table === '05' && f.column === 'basic_expenditure',
    )
    expect(found).toEqual([
      {
        ...mismatch,
        severity: 'warning',
        table: '05',
        row: '合计',
        column: 'basic_expenditure',
        expected: '511.39',
        actual: '511.38',
      },
    ])
  })

  it('X11: a 06 三公 item above 07 决算 is a warning (07 also counts project spending)', async () => {
    const r = await seed()
    setCell(r, '06', '30217', 'amount', '1.2')
    setCell(r, '06', '31013', 'amount', '3')
    const found = brief(crossBasic.check(r)).filter((f) => f.table === '06')
    expect(found).toEqual([
      {
        ...exceeds,
        severity: 'warning',
        table: '06',
        row: '30217',
        column: 'amount',
        expected: '0.92',
        actual: '1.2',
      },
      {
        ...exceeds,
        severity: 'warning',
        table: '06',
        row: '31013',
        column: 'amount',
        expected: null,
        actual: '3',
      },
    ])
  })

  it('X8 passes when 03 carries the 项目支出', async () => {
    const r = await seed()
    for (const code of ['201', '20103', '2010302', '2010399', '214', '21401', '2140199']) {
      setCell(
        r,
        '03',
        code,
        'project_expenditure',
        rowOf(r, '05', code).amounts.project_expenditure ?? null,
      )
    }
    setCell(r, '06', '人员经费合计', 'amount', '454.96') // 454.96 + 56.42 = 511.38
    expect(crossBasic.check(r)).toEqual([])
  })
})

describe('02, 03, 05 codes and names', () => {
  it('on the seed: the same codes, named alike; 05 lists no code 03 lacks', async () => {
    expect(crossCodes.check(await seed())).toEqual([])
  })

  it('reports a renamed code and codes one table lists and another lacks', async () => {
    const r = await seed()
    rowOf(r, '05', '2010302').label = '一般行政事务'
    r.tables['03'].rows = r.tables['03'].rows.filter((x) => x.code !== '2299901')
    const found = brief(crossCodes.check(r))
    expect(found.map((f) => [f.rule, f.severity, f.table, f.row])).toEqual([
      ['cross-table-name-mismatch', 'warning', '05', '2010302'],
      ['cross-table-code-missing', 'info', '02', '2299901'],
    ])
    r.tables['03'].rows = r.tables['03'].rows.filter((x) => !x.code?.startsWith('214'))
    expect(
      brief(crossCodes.check(r))
        .filter((f) => f.table === '05')
        .map((f) => [f.rule, f.severity, f.row]),
    ).toEqual([
      ['cross-table-name-mismatch', 'warning', '2010302'],
      ['cross-table-code-missing', 'warning', '214'],
      ['cross-table-code-missing', 'warning', '21401'],
      ['cross-table-code-missing', 'warning', '2140199'],
    ])
  })
})
