import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'
import { validate } from '../../src/validate/index.ts'

// Two real 2024 reports of 上海市普陀区, as their publishers released them (test/fixtures/samples).
// Every expected amount below was read by eye off the printed page (pdftotext -layout as a second
// reader), not from gongkai's output.
const read = async (name: string) => {
  const bytes = new Uint8Array(
    readFileSync(new URL(`../fixtures/samples/${name}`, import.meta.url)),
  )
  const { report, findings } = await ingest(bytes, name)
  return { report, findings: [...findings, ...validate(report)] }
}

type Row = {
  code: string | null
  label: string
  side: string | null
  amounts: Record<string, string | null>
}
const rows = (r: Awaited<ReturnType<typeof read>>['report'], id: keyof typeof r.tables) =>
  r.tables[id].rows as readonly Row[]
const amount = (list: readonly Row[], key: string, column: string, side?: string) =>
  list.find((x) => (x.code === key || x.label === key) && (side === undefined || x.side === side))
    ?.amounts[column]

describe('中共上海市普陀区委社会工作部 2024 (PDF)', async () => {
  const { report, findings } = await read('cpc-social-work-2024.pdf')
  it('reads the cover and the PDF as its source', () => {
    expect(report.department).toBe('中共上海市普陀区委社会工作部')
    expect(report.fiscalYear).toBe(2024)
    expect(report.source.pdf?.pages).toBe(24)
  })
  it('reads the amounts printed in the nine tables', () => {
    expect(amount(rows(report, '01'), '一、一般公共预算财政拨款收入', 'amount', 'income')).toBe(
      '307.82',
    )
    expect(amount(rows(report, '01'), '十九、住房保障支出', 'amount', 'expenditure')).toBe('29.42')
    expect(amount(rows(report, '02'), '2013999', 'total_revenue')).toBe('202.24')
    expect(amount(rows(report, '02'), '2080505', 'fiscal_appropriation_revenue')).toBe('6.18')
    expect(amount(rows(report, '03'), '合计', 'basic_expenditure')).toBe('105.58')
    expect(amount(rows(report, '03'), '合计', 'project_expenditure')).toBe('202.24')
    expect(amount(rows(report, '04'), '总计', 'total', 'expenditure')).toBe('307.82')
    expect(amount(rows(report, '05'), '2210201', 'total')).toBe('17.70')
    expect(amount(rows(report, '05'), '2013950', 'basic_expenditure')).toBe('11.31')
    expect(amount(rows(report, '06'), '30113', 'amount')).toBe('17.70')
    expect(amount(rows(report, '06'), '30239', 'amount')).toBe('2.43')
    expect(amount(rows(report, '06'), '公用经费合计', 'amount')).toBe('10.23')
    expect(
      rows(report, '07')
        .flatMap((r) => Object.values(r.amounts))
        .filter((a) => a !== null),
    ).toEqual([])
  })
  it('finds no error: its inconsistencies are within rounding (尾数误差)', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
  })
})

describe('上海市普陀区财政局 2024 (PDF)', async () => {
  const { report, findings } = await read('finance-bureau-2024.pdf')
  it('reads the cover', () => {
    expect(report.department).toBe('上海市普陀区财政局')
    expect(report.fiscalYear).toBe(2024)
  })
  it('reads the amounts, codes printed in three columns (类 | 款 | 项) joined', () => {
    expect(amount(rows(report, '01'), '年初结转和结余', 'amount', 'income')).toBe('49.14')
    expect(amount(rows(report, '01'), '八、其他收入', 'amount', 'income')).toBe('6.20')
    expect(amount(rows(report, '02'), '2010601', 'total_revenue')).toBe('1511.90')
    expect(amount(rows(report, '02'), '2010601', 'other_revenue')).toBe('0.01')
    expect(amount(rows(report, '03'), '2010601', 'project_expenditure')).toBe('8.37')
    expect(amount(rows(report, '04'), '年初财政拨款结转和结余', 'total', 'income')).toBe('21.63')
    expect(amount(rows(report, '05'), '2080599', 'total')).toBe('0.94')
    expect(amount(rows(report, '06'), '30102', 'amount')).toBe('1238.58')
    expect(amount(rows(report, '06'), '30228', 'amount')).toBe('24.42')
    expect(amount(rows(report, '06'), '31002', 'amount')).toBe('13.58')
    const three = rows(report, '07')[0]!.amounts
    expect([three.budget_total, three.budget_receptions, three.actual_total]).toEqual([
      '0.95',
      '0.95',
      null,
    ])
  })
  it('finds its two real inconsistencies as errors, and no other', () => {
    const errors = findings.filter((f) => f.severity === 'error')
    // 四、: "财政拨款收入支出总计0.3万元" against 04's 总计 2961.68 (a misprint in the report);
    // 五、(二): 一般公共服务支出 "占71.73%", but 2106.66 ÷ 2940.05 is 71.65%.
    expect(errors.map((f) => [f.rule, f.actual]).sort()).toEqual([
      ['narrative-amount-mismatch', '0.3'],
      ['narrative-share-mismatch', '71.73'],
    ])
  })
})

describe('the blank 2024 template', () => {
  it('is refused: its tables hold no figures', async () => {
    await expect(read('template-2024-blank.pdf')).rejects.toThrow(/公开01表–04表 read empty/)
  })
})
