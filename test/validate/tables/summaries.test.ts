import { describe, expect, it } from 'vitest'
import { summary01 } from '../../../src/validate/rules/tables/summary-01.ts'
import { summary04 } from '../../../src/validate/rules/tables/summary-04.ts'
import { brief, rowOf, seed, setCell } from './support.ts'

describe('01 收入支出决算总表', () => {
  it('on the seed: only 本年收入合计 is off, by rounding', async () => {
    const found = summary01.check(await seed())
    // 一 606.71 + 八 12.82 = 619.53 against 619.54 (line 127); classes 586.37 + 20.35 + 12.82 =
    // 619.54 = 本年支出合计; 总计 619.54 = 619.54 + blank + blank on both sides.
    expect(brief(found)).toEqual([
      {
        rule: 'summary-total-mismatch',
        severity: 'warning',
        table: '01',
        row: '本年收入合计',
        column: 'amount',
        expected: '619.53',
        actual: '619.54',
      },
    ])
    expect(found[0]!.line).toBe(127)
    expect(found[0]!.message.zh).toContain(
      '一、一般公共预算财政拨款收入 606.71 + 八、其他收入 12.82',
    )
  })

  it('passes when the lines add up', async () => {
    const r = await seed()
    setCell(r, '01', '八、其他收入', 'amount', '12.83', 'income')
    expect(summary01.check(r)).toEqual([])
  })

  it('finds the lines by name wherever they stand, and reports both 总计 identities', async () => {
    const r = await seed()
    // Move 年初结转和结余 to the top of the income side: still found by name.
    const rows = r.tables['01'].rows
    const opening = rowOf(r, '01', '年初结转和结余', 'income')
    rows.splice(rows.indexOf(opening), 1)
    rows.unshift(opening)
    setCell(r, '01', '八、其他收入', 'amount', '12.83', 'income')
    setCell(r, '01', '年初结转和结余', 'amount', '5', 'income')
    // 收入总计 619.54 vs 619.54 + blank + 5 = 624.54; 支出总计 619.54 = 收入总计 619.54 still.
    expect(brief(summary01.check(r))).toEqual([
      {
        rule: 'summary-total-mismatch',
        severity: 'error',
        table: '01',
        row: '总计',
        column: 'amount',
        expected: '624.54',
        actual: '619.54',
      },
    ])
    setCell(r, '01', '总计', 'amount', '624.54', 'income')
    // Now 支出总计 619.54 ≠ 收入总计 624.54.
    expect(brief(summary01.check(r))).toEqual([
      {
        rule: 'summary-balance-mismatch',
        severity: 'error',
        table: '01',
        row: '总计',
        column: 'amount',
        expected: '624.54',
        actual: '619.54',
      },
    ])
  })

  it('does not add a "其中" line again', async () => {
    const r = await seed()
    setCell(r, '01', '八、其他收入', 'amount', '12.83', 'income')
    const rows = r.tables['01'].rows
    const first = rowOf(r, '01', '一、一般公共预算财政拨款收入', 'income')
    rows.splice(1, 0, {
      ...first,
      label: '其中：一、政府性基金预算财政拨款',
      lineNo: null,
      amounts: { amount: '100' },
    })
    expect(summary01.check(r)).toEqual([])
  })

  it('says which line is missing', async () => {
    const r = await seed()
    r.tables['01'].rows = r.tables['01'].rows.filter((x) => x.label !== '本年支出合计')
    expect(brief(summary01.check(r))).toContainEqual({
      rule: 'summary-line-missing',
      severity: 'warning',
      table: '01',
      row: '本年支出合计',
      column: null,
      expected: null,
      actual: null,
    })
  })
})

describe('04 财政拨款收入支出决算总表', () => {
  it('on the seed: 本年支出合计 606.71 vs the classes 606.72, in 合计 and 一般公共预算', async () => {
    // 一、一般公共服务支出 586.37 + 十三、交通运输支出 20.35 = 606.72 (line 223). Income side:
    // 606.71 + 0 + 0 = 606.71; 总计 606.71 both sides; per fund 606.71 = 0 + 606.71 − 0.
    expect(brief(summary04.check(await seed()))).toEqual([
      {
        rule: 'summary-total-mismatch',
        severity: 'warning',
        table: '04',
        row: '本年支出合计',
        column: 'total',
        expected: '606.72',
        actual: '606.71',
      },
      {
        rule: 'summary-total-mismatch',
        severity: 'warning',
        table: '04',
        row: '本年支出合计',
        column: 'general_public_budget',
        expected: '606.72',
        actual: '606.71',
      },
    ])
  })

  it('checks 年初 against its fund lines and 收入总计 against 本年收入合计 + 年初', async () => {
    const r = await seed()
    setCell(r, '04', '年初财政拨款结转和结余', 'total', '10', 'income')
    setCell(r, '04', '一般公共预算财政拨款', 'total', '8', 'income')
    const found = brief(summary04.check(r).filter((f) => f.row !== '本年支出合计'))
    expect(found).toEqual([
      // 年初 10 vs 8 + blank + blank
      {
        rule: 'summary-total-mismatch',
        severity: 'error',
        table: '04',
        row: '年初财政拨款结转和结余',
        column: 'total',
        expected: '8',
        actual: '10',
      },
      // 收入总计 606.71 vs 606.71 + 10
      {
        rule: 'summary-total-mismatch',
        severity: 'error',
        table: '04',
        row: '总计',
        column: 'total',
        expected: '616.71',
        actual: '606.71',
      },
    ])
  })

  it('checks each fund softly: 本年支出 ≈ 年初 + 本年收入 − 年末', async () => {
    const r = await seed()
    setCell(r, '04', '一般公共预算财政拨款', 'total', '3', 'income')
    setCell(r, '04', '年初财政拨款结转和结余', 'total', '3', 'income')
    setCell(r, '04', '总计', 'total', '609.71', 'income')
    // general: 606.71 vs 3 + 606.71 − blank = 609.71: soft, so a warning, not an error.
    // (收入总计 609.71 ≠ 支出总计 606.71 is a hard error.)
    const found = brief(
      summary04
        .check(r)
        .filter((f) => f.row !== '本年支出合计' || f.rule !== 'summary-total-mismatch'),
    )
    expect(found).toEqual([
      {
        rule: 'summary-balance-mismatch',
        severity: 'error',
        table: '04',
        row: '总计',
        column: 'total',
        expected: '609.71',
        actual: '606.71',
      },
      {
        rule: 'summary-balance-mismatch',
        severity: 'warning',
        table: '04',
        row: '本年支出合计',
        column: 'general_public_budget',
        expected: '609.71',
        actual: '606.71',
      },
    ])
  })
})
