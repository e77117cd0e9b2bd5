import { beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'
import type { Finding } from '../../src/model/finding.ts'
import type { Tables, TableId } from '../../src/model/tables.ts'
import { SEED_FILE, seedBytes, seedText } from '../support/seed.ts'

// Every expectation below was read by hand from the seed text at the line it names.
let tables: Tables
let findings: Finding[]
beforeAll(async () => {
  ;({
    report: { tables },
    findings,
  } = await ingest(seedBytes(), SEED_FILE))
})

const row = (id: TableId, pred: (r: Tables[TableId]['rows'][number]) => boolean) => {
  const found = tables[id].rows.filter(pred)
  expect(found).toHaveLength(1)
  return found[0]!
}
const byCode = (id: TableId, code: string) => row(id, (r) => r.code === code && r.side !== 'income')
const byLabel = (id: TableId, label: string, side: 'income' | 'expenditure' | null = null) =>
  row(id, (r) => r.label === label && r.side === side)

describe('tables are found by title', () => {
  it('finds all nine at their title lines', () => {
    const lines = Object.fromEntries(Object.values(tables).map((t) => [t.id, t.line]))
    expect(lines).toEqual({
      '01': 90,
      '02': 136,
      '03': 161,
      '04': 186,
      '05': 235,
      '06': 258,
      '07': 298,
      '08': 313,
      '09': 328,
    })
  })
  it('reads unit and department of each table', () => {
    for (const t of Object.values(tables)) {
      expect(t.unit).toBe('万元')
      expect(t.department).toBe('株洲市石峰区政府办公室')
    }
  })
})

describe('01 收入支出决算总表', () => {
  it('reads both sides with their 行次', () => {
    expect(byLabel('01', '一、一般公共预算财政拨款收入', 'income')).toMatchObject({
      line: 100,
      lineNo: '1',
      amounts: { amount: '606.71' },
    })
    expect(byLabel('01', '八、其他收入', 'income').amounts.amount).toBe('12.82')
    expect(byLabel('01', '二、政府性基金预算财政拨款收入', 'income').amounts.amount).toBeNull()
    expect(byLabel('01', '本年收入合计', 'income')).toMatchObject({
      lineNo: '28',
      amounts: { amount: '619.54' },
    })
    expect(byLabel('01', '总计', 'expenditure')).toMatchObject({
      line: 130,
      lineNo: '61',
      amounts: { amount: '619.54' },
    })
  })
  it('ties each expenditure line to its 功能分类 class', () => {
    expect(byCode('01', '201')).toMatchObject({
      label: '一、一般公共服务支出',
      level: 'class',
      amounts: { amount: '586.37' },
    })
    expect(byCode('01', '214').amounts.amount).toBe('20.35')
    expect(byCode('01', '229')).toMatchObject({
      label: '二十三、其他支出',
      lineNo: '54',
      amounts: { amount: '12.82' },
    })
    expect(
      tables['01'].rows.filter((r) => r.side === 'expenditure' && r.level === 'class'),
    ).toHaveLength(26)
  })
  it('drops the numbered padding lines that hold no item', () => {
    expect(tables['01'].rows.filter((r) => r.side === 'income')).toHaveLength(12)
  })
})

describe('02 收入决算表 and 03 支出决算表', () => {
  it('reads codes, levels, names and every column', () => {
    expect(byLabel('02', '合计')).toMatchObject({
      line: 146,
      code: null,
      amounts: {
        total_revenue: '619.54',
        fiscal_appropriation_revenue: '606.71',
        other_revenue: '12.82',
        service_revenue: null,
      },
    })
    expect(byCode('02', '2010399')).toMatchObject({
      level: 'item',
      label: '其他政府办公厅（室）及相关机构事务支出',
      amounts: { total_revenue: '15', fiscal_appropriation_revenue: null },
    })
    expect(byCode('03', '20103')).toMatchObject({
      level: 'section',
      amounts: {
        total_expenditure: '586.37',
        basic_expenditure: '511.38',
        project_expenditure: null,
      },
    })
    expect(byLabel('03', '合计').amounts).toEqual({
      total_expenditure: '619.54',
      basic_expenditure: '524.2',
      project_expenditure: '95.34',
      remittance_to_superior: null,
      operating_expenditure: null,
      subsidies_to_affiliates: null,
    })
  })
  it('repairs the class code printed "29" above 22999, and records it', () => {
    expect(byCode('02', '229')).toMatchObject({ line: 155, level: 'class', label: '其他支出' })
    expect(byCode('03', '229')).toMatchObject({
      line: 180,
      amounts: { basic_expenditure: '12.82' },
    })
    const repaired = findings.filter((f) => f.rule === 'code-repaired' && f.row === '229')
    expect(repaired.map((f) => [f.table, f.line, f.severity])).toEqual([
      ['02', 155, 'info'],
      ['03', 180, 'info'],
    ])
    expect(repaired[0]!.message.en).toContain('"29"')
  })
  it('reads 11 code rows and the 合计 in each', () => {
    expect(tables['02'].rows).toHaveLength(12)
    expect(tables['03'].rows).toHaveLength(12)
  })
})

describe('04 财政拨款收入支出决算总表', () => {
  it('joins 行次 split by extraction, recording the original', () => {
    expect(byLabel('04', '本年收入合计', 'income')).toMatchObject({
      line: 223,
      lineNo: '27',
      amounts: { total: '606.71' },
    })
    const split = findings.find((f) => f.rule === 'line-number-split' && f.line === 212)!
    expect(split.message.zh).toContain('1 6')
  })
  it('joins "总计 3 … 2" across lines into 32', () => {
    expect(byLabel('04', '总计', 'income')).toMatchObject({
      line: 228,
      lineNo: '32',
      amounts: { total: '606.71' },
    })
    expect(findings.some((f) => f.rule === 'line-number-split' && f.line === 230)).toBe(true)
  })
  it('keeps a printed 0 apart from a blank', () => {
    expect(byLabel('04', '二、政府性基金预算财政拨款', 'income').amounts.total).toBe('0')
    expect(byLabel('04', '年初财政拨款结转和结余', 'income').amounts.total).toBeNull()
  })
  it('reads the fund columns of the expenditure side', () => {
    expect(byCode('04', '214').amounts).toEqual({
      total: '20.35',
      general_public_budget: '20.35',
      government_fund_budget: null,
      state_capital_budget: null,
    })
    expect(byLabel('04', '本年支出合计', 'expenditure')).toMatchObject({
      lineNo: '59',
      amounts: { total: '606.71', general_public_budget: '606.71' },
    })
  })
})

describe('05 一般公共预算财政拨款支出决算表', () => {
  it('reads 小计, 基本 and 项目 for every row', () => {
    expect(byLabel('05', '合计').amounts).toEqual({
      total: '606.71',
      basic_expenditure: '511.38',
      project_expenditure: '95.34',
    })
    expect(byCode('05', '201').amounts).toEqual({
      total: '586.37',
      basic_expenditure: '511.38',
      project_expenditure: '74.99',
    })
    expect(byCode('05', '2010302').amounts).toEqual({
      total: '59.99',
      basic_expenditure: null,
      project_expenditure: '59.99',
    })
    expect(tables['05'].rows).toHaveLength(9)
  })
})

describe('06 一般公共预算财政拨款基本支出决算表', () => {
  it('reads the three column groups, in printed order', () => {
    expect(byCode('06', '30101')).toMatchObject({
      line: 267,
      label: '基本工资',
      amounts: { amount: '92.46' },
    })
    expect(byCode('06', '30309')).toMatchObject({
      line: 289,
      label: '奖励金',
      amounts: { amount: '65.74' },
    })
    expect(byCode('06', '301').amounts.amount).toBeNull()
    const codes = tables['06'].rows.map((r) => r.code)
    expect(codes.indexOf('30399')).toBeLessThan(codes.indexOf('302'))
  })
  it('resolves truncated economic codes by name under the printed prefix', () => {
    expect(byCode('06', '30201')).toMatchObject({
      line: 267,
      label: '办公费',
      amounts: { amount: '10.3' },
    })
    expect(byCode('06', '30217')).toMatchObject({
      label: '公务接待费',
      amounts: { amount: '0.64' },
    })
    expect(byCode('06', '31013')).toMatchObject({ line: 281, label: '公务用车购置' })
    expect(byCode('06', '39999')).toMatchObject({ line: 290, label: '其他支出' })
    const repair = findings.find((f) => f.rule === 'code-repaired' && f.row === '31010')!
    expect(repair.message.en).toContain('"3101"')
  })
  it('reads the bottom line: 人员经费合计 blank, 公用经费合计 56.42', () => {
    expect(byLabel('06', '人员经费合计')).toMatchObject({ line: 294, amounts: { amount: null } })
    expect(byLabel('06', '公用经费合计')).toMatchObject({ line: 294, amounts: { amount: '56.42' } })
  })
})

describe('07 三公 and the empty 08, 09', () => {
  it('reads the twelve cells of 07 by position, as printed', () => {
    expect(tables['07'].rows).toHaveLength(1)
    expect(tables['07'].rows[0]).toMatchObject({
      line: 309,
      amounts: {
        budget_total: null,
        budget_overseas_visits: '1',
        budget_receptions: '1',
        actual_total: '0.92',
        actual_receptions: '0.92',
        actual_vehicles_total: null,
      },
    })
  })
  it('keeps the empty tables with their notes', () => {
    expect(tables['08'].rows).toHaveLength(1)
    expect(Object.values(tables['08'].rows[0]!.amounts).every((a) => a === null)).toBe(true)
    expect(tables['08'].notes.join('')).toContain('故本表无数据')
    expect(tables['09'].notes.join('')).toContain('无国有资本经营预算支出')
  })
})

it('counts every amount printed in the nine tables', () => {
  // Counted by hand in the text: 01: 9, 02: 17, 03: 20, 04: 13, 05: 21, 06: 29, 07: 4.
  const filled = Object.values(tables).flatMap((t) =>
    t.rows.flatMap((r) => Object.values(r.amounts).filter((a) => a !== null)),
  )
  expect(filled).toHaveLength(9 + 17 + 20 + 13 + 21 + 29 + 4)
})

describe('cells and codes that cannot be read are reported, never guessed', () => {
  /** The seed with one line replaced, read again. */
  const edited = async (line: number, edit: (text: string) => string) => {
    const lines = seedText().split('\n')
    lines[line - 1] = edit(lines[line - 1]!)
    return ingest(new TextEncoder().encode(lines.join('\n')), 'edited.txt')
  }
  it('thousands-separator-removed: "1,511.38" is read as 1511.38, on record', async () => {
    const { report, findings } = await edited(174, (t) =>
      t.replace('511.38\t511.38', '1,511.38\t511.38'),
    )
    expect(report.tables['03'].rows.find((r) => r.code === '2010301')!.amounts).toMatchObject({
      total_expenditure: '1511.38',
      basic_expenditure: '511.38',
    })
    expect(findings.filter((f) => f.rule === 'thousands-separator-removed')).toMatchObject([
      { severity: 'info', table: '03', row: '2010301', column: 'total_expenditure', line: 174 },
    ])
  })
  it('amount-not-a-number: "511.38元" or "1,51.38" is not read as a number; the cell is blank', async () => {
    const { report, findings } = await edited(174, (t) =>
      t.replace('511.38\t511.38', '511.38元\t1,51.38'),
    )
    expect(report.tables['03'].rows.find((r) => r.code === '2010301')!.amounts).toMatchObject({
      total_expenditure: null,
      basic_expenditure: null,
    })
    expect(findings.filter((f) => f.rule === 'amount-not-a-number')).toMatchObject([
      { severity: 'error', table: '03', row: '2010301', column: 'basic_expenditure', line: 174 },
      { severity: 'error', table: '03', row: '2010301', column: 'total_expenditure', line: 174 },
    ])
    const seed = await ingest(seedBytes(), SEED_FILE)
    expect(seed.findings.filter((f) => f.rule === 'amount-not-a-number')).toEqual([])
  })
  it('extra-cells: a filled cell beyond the header is reported, not read', async () => {
    const { findings } = await edited(174, (t) => `${t}\t\t7.5`)
    expect(findings.filter((f) => f.rule === 'extra-cells')).toMatchObject([
      { severity: 'error', table: '03', row: '2010301', line: 174 },
    ])
    expect(findings.find((f) => f.rule === 'extra-cells')!.message.en).toContain('7.5')
  })
  it('code-unrepaired: a short code with no 款 under it that fits stays as printed', async () => {
    const { report, findings } = await edited(177, (t) => t.replace('214\t', '41\t'))
    expect(report.tables['03'].rows.find((r) => r.line === 177)).toMatchObject({
      code: '41',
      level: null,
    })
    expect(findings.filter((f) => f.rule === 'code-unrepaired')).toMatchObject([
      { severity: 'error', table: '03', row: '41', line: 177 },
    ])
    const seed = await ingest(seedBytes(), SEED_FILE)
    expect(seed.findings.filter((f) => f.rule === 'code-unrepaired')).toEqual([])
  })
})
