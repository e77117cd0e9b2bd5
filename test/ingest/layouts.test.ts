import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'
import type { Finding } from '../../src/model/finding.ts'
import type { Report } from '../../src/model/report.ts'
import type { TableId, Tables } from '../../src/model/tables.ts'
import { validate } from '../../src/validate/index.ts'
import { seedText } from '../support/seed.ts'

// Layout variants of the seed report, each made from the seed text by a small transformation
// (found by the labels it changes, never by line number). Every expected amount below is the
// one printed in the seed (公开01表 … 公开09表, lines 90–342), read by hand.

const SEED = seedText().split('\n')

/** The tables' titles as the seed prints them. */
const TITLE: Record<TableId, string> = {
  '01': '收入支出决算总表',
  '02': '收入决算表',
  '03': '支出决算表',
  '04': '财政拨款收入支出决算总表',
  '05': '一般公共预算财政拨款支出决算表',
  '06': '一般公共预算财政拨款基本支出决算表',
  '07': '一般公共预算财政拨款“三公”经费支出决算表',
  '08': '政府性基金预算财政拨款收入支出决算表',
  '09': '国有资本经营预算财政拨款支出决算表',
}

const squeeze = (s: string) => s.replace(/\s+/g, '')
const isTitle = (line: string) => Object.values(TITLE).includes(line.trim())

/** The lines [start, end) of a table: from its title to the next title or part heading. */
function spanOf(lines: readonly string[], id: TableId): [number, number] {
  const start = lines.findIndex((l) => l.trim() === TITLE[id])
  if (start < 0) throw new Error(`no title ${TITLE[id]}`)
  let end = start + 1
  while (end < lines.length && !isTitle(lines[end]!) && !/^第.部分/.test(lines[end]!)) end++
  return [start, end]
}

/** The tab-separated rows of a table, as cells. */
function gridOf(lines: readonly string[], id: TableId): string[][] {
  const [start, end] = spanOf(lines, id)
  return lines
    .slice(start, end)
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t'))
}

/** The lines with each tab row of table `id` replaced by the rows `edit` makes of its cells. */
function editRows(
  lines: readonly string[],
  id: TableId,
  edit: (cells: string[]) => string[][],
): string[] {
  const [start, end] = spanOf(lines, id)
  const body = lines
    .slice(start, end)
    .flatMap((l) => (l.includes('\t') ? edit(l.split('\t')).map((c) => c.join('\t')) : [l]))
  return [...lines.slice(0, start), ...body, ...lines.slice(end)]
}

/** The lines with table `id`'s grid (its first to its last tab row) replaced by `rows`. */
function replaceGrid(lines: readonly string[], id: TableId, rows: string[][]): string[] {
  const [start, end] = spanOf(lines, id)
  const inTable = lines.slice(start, end)
  const first = start + inTable.findIndex((l) => l.includes('\t'))
  const last = start + inTable.findLastIndex((l) => l.includes('\t'))
  return [...lines.slice(0, first), ...rows.map((r) => r.join('\t')), ...lines.slice(last + 1)]
}

/** The lines with the first line that is `from` (trimmed) replaced by `to` (one line or several). */
function replaceLine(lines: readonly string[], from: string, to: string[]): string[] {
  const at = lines.findIndex((l) => l.trim() === from)
  if (at < 0) throw new Error(`no line ${from}`)
  return [...lines.slice(0, at), ...to, ...lines.slice(at + 1)]
}

interface Read {
  report: Report
  tables: Tables
  findings: Finding[]
}
async function read(lines: readonly string[]): Promise<Read> {
  const { report, findings } = await ingest(
    new TextEncoder().encode(lines.join('\n')),
    'variant.txt',
  )
  return { report, tables: report.tables, findings }
}

type Row = Tables[TableId]['rows'][number]

/** The one row of a table that `pred` picks. */
function one(t: Tables, id: TableId, pred: (r: Row) => boolean): Row {
  const found = (t[id].rows as Row[]).filter(pred)
  expect(found, `${id}: ${found.length} rows`).toHaveLength(1)
  return found[0]!
}
const labelled = (t: Tables, id: TableId, label: string, side: Row['side'] = null) =>
  one(t, id, (r) => r.label === label && r.side === side)
const coded = (t: Tables, id: TableId, code: string) => one(t, id, (r) => r.code === code)

/** A table's rows without their source lines (which move where a variant adds a line). */
const rowsOf = (t: Tables, id: TableId) => (t[id].rows as Row[]).map(({ line: _, ...r }) => r)
/** What was found about a table, without the lines it was found at. */
const rulesOf = (findings: readonly Finding[], id: TableId) =>
  findings
    .filter((f) => f.table === id)
    .map((f) => `${f.rule} ${f.severity} ${f.row ?? ''} ${f.column ?? ''}`)
    .sort()

const of = (findings: readonly Finding[], rule: string, table: TableId) =>
  findings.filter((f) => f.rule === rule && f.table === table)

/** Words of a header: a row labelled so is a header row read as data. */
const HEADER_WORDS = new Set([
  '项目',
  '科目名称',
  '科目编码',
  '功能分类科目编码',
  '经济分类科目编码',
  '预算数',
  '决算数',
  '金额',
  '行次',
  '栏次',
  '收入',
  '支出',
  '类',
  '款',
  '项',
  '本年收入',
  '本年支出',
  '基本支出',
  '项目支出',
])
function expectNoHeaderRows(t: Tables): void {
  for (const table of Object.values(t))
    for (const r of table.rows as Row[]) {
      expect(HEADER_WORDS.has(r.label), `${table.id} line ${r.line}: ${r.label}`).toBe(false)
      expect(r.code === null || /^\d+$/.test(r.code), `${table.id} code ${r.code}`).toBe(true)
    }
}

// The variants.

/** Drops the columns headed 行次 from every row of the table. */
const withoutLineNo = (lines: readonly string[], id: TableId) => {
  const header = gridOf(lines, id).find((cells) => cells.some((c) => squeeze(c) === '行次'))!
  const drop = new Set(header.flatMap((c, k) => (squeeze(c) === '行次' ? [k] : [])))
  if (drop.size !== 2) throw new Error(`${id}: ${drop.size} 行次 columns, not one per side`)
  return editRows(lines, id, (cells) => [cells.filter((_, k) => !drop.has(k))])
}

/** `2010601` → `201 | 06 | 01`; the header gets a 类 | 款 | 项 row under its 科目编码 row. */
const splitCodes = (lines: readonly string[], id: TableId) =>
  editRows(lines, id, ([first = '', ...rest]) => {
    const code = squeeze(first)
    if (/^\d{3}(\d{2}){0,2}$/.test(code))
      return [[code.slice(0, 3), code.slice(3, 5), code.slice(5, 7), ...rest]]
    const row = [first, '', '', ...rest]
    if (!rest.some((c) => squeeze(c) === '科目名称')) return [row]
    return [row, ['类', '款', '项', ...rest.map(() => '')]]
  })

/** 预算数 | 决算数 per item, under each item's label, as some places print it. */
const ALTERNATING_HEADER = [
  [
    '合计',
    '',
    '因公出国（境）费',
    '',
    '公务用车购置及运行费',
    '',
    '',
    '',
    '',
    '',
    '公务接待费',
    '',
  ],
  ['', '', '', '', '小计', '', '公务用车购置费', '', '公务用车运行费', '', '', ''],
  Array.from({ length: 12 }, (_, k) => (k % 2 === 0 ? '预算数' : '决算数')),
  Array.from({ length: 12 }, (_, k) => String(k + 1)),
]
const alternating = (amounts: string[]) => replaceGrid(SEED, '07', [...ALTERNATING_HEADER, amounts])

/**
 * 09 printed with the six columns of 08: the 08 header over the amounts of the seed's 05 合计 and
 * 201 rows, with carry-overs added (年初 2 + 本年收入 606.71 − 本年支出 606.71 = 年末 2).
 */
const SIX_COLUMN_HEADER = gridOf(SEED, '08').slice(0, 3)
const sixColumns = (lines: readonly string[]) =>
  replaceGrid(lines, '09', [
    ...SIX_COLUMN_HEADER,
    ['合计', '', '2', '606.71', '606.71', '511.38', '95.34', '2'],
    ['201', '一般公共服务支出', '', '586.37', '586.37', '511.38', '74.99', ''],
  ])

const seed = await read(SEED)

describe('the seed as printed (the reference for every variant)', () => {
  it('reads every table by its headers: nothing unmapped, unread or left over', () => {
    const layout = seed.findings.filter((f) =>
      ['header-unmapped', 'header-unread', 'extra-cells'].includes(f.rule),
    )
    expect(layout).toEqual([])
  })
})

describe('(a) 01 and 04 without a 行次 column', () => {
  const variant = read(withoutLineNo(withoutLineNo(SEED, '01'), '04'))

  it('reads the same amounts on both sides of 01', async () => {
    const { tables } = await variant
    expect(gridOf(withoutLineNo(SEED, '01'), '01')[1]!.map(squeeze)).toEqual([
      '项目',
      '决算数',
      '项目',
      '决算数',
    ])
    const income = (label: string) => labelled(tables, '01', label, 'income').amounts
    const expenditure = (label: string) => labelled(tables, '01', label, 'expenditure').amounts
    expect(income('一、一般公共预算财政拨款收入')).toEqual({ amount: '606.71' })
    expect(income('二、政府性基金预算财政拨款收入')).toEqual({ amount: null })
    expect(income('八、其他收入')).toEqual({ amount: '12.82' })
    expect(income('本年收入合计')).toEqual({ amount: '619.54' })
    expect(income('总计')).toEqual({ amount: '619.54' })
    expect(expenditure('一、一般公共服务支出')).toEqual({ amount: '586.37' })
    expect(expenditure('十三、交通运输支出')).toEqual({ amount: '20.35' })
    expect(expenditure('二十三、其他支出')).toEqual({ amount: '12.82' })
    expect(expenditure('二、外交支出')).toEqual({ amount: null })
    expect(expenditure('本年支出合计')).toEqual({ amount: '619.54' })
    expect(expenditure('总计')).toEqual({ amount: '619.54' })
    // 一般公共服务 is still tied to its class, without a 行次 to go by.
    expect(coded(tables, '01', '201')).toMatchObject({
      label: '一、一般公共服务支出',
      lineNo: null,
    })
  })

  it('reads the same amounts on both sides of 04', async () => {
    const { tables } = await variant
    const income = (label: string) => labelled(tables, '04', label, 'income').amounts
    const expenditure = (label: string) => labelled(tables, '04', label, 'expenditure').amounts
    expect(income('一、一般公共预算财政拨款')).toEqual({
      total: '606.71',
      general_public_budget: null,
      government_fund_budget: null,
      state_capital_budget: null,
    })
    expect(income('二、政府性基金预算财政拨款').total).toBe('0')
    expect(income('三、国有资本经营预算财政拨款').total).toBe('0')
    expect(income('本年收入合计').total).toBe('606.71')
    expect(income('总计').total).toBe('606.71')
    expect(expenditure('一、一般公共服务支出')).toEqual({
      total: '586.37',
      general_public_budget: '586.37',
      government_fund_budget: null,
      state_capital_budget: null,
    })
    expect(expenditure('十三、交通运输支出')).toMatchObject({
      total: '20.35',
      general_public_budget: '20.35',
    })
    expect(expenditure('本年支出合计')).toMatchObject({
      total: '606.71',
      general_public_budget: '606.71',
    })
    expect(expenditure('总计')).toMatchObject({ total: '606.71', general_public_budget: '606.71' })
    expect(expenditure('二十三、其他支出')).toMatchObject({ total: null })
  })

  it('reads every row the seed reads, with no 行次, and finds no layout trouble', async () => {
    const { tables, findings } = await variant
    for (const id of ['01', '04'] as const) {
      expect(rowsOf(tables, id)).toEqual(
        rowsOf(seed.tables, id).map((r) => ({ ...r, lineNo: null })),
      )
      expect(tables[id].rows.every((r) => r.lineNo === null)).toBe(true)
      const trouble = findings.filter(
        (f) => f.table === id && /^(header-|extra-cells|line-number|amount-not)/.test(f.rule),
      )
      expect(trouble).toEqual([])
    }
  })

  it('raises no error on 01 or 04 that the seed does not raise', async () => {
    const { report } = await variant
    const errors = (r: Report) =>
      validate(r)
        .filter((f) => f.severity === 'error' && (f.table === '01' || f.table === '04'))
        .map((f) => `${f.rule} ${f.table} ${f.row} ${f.column}`)
    expect(errors(report)).toEqual(errors(seed.report))
  })
})

describe('(b) 02, 03 and 05 with 类 | 款 | 项 codes in three columns', () => {
  const variant = read(splitCodes(splitCodes(splitCodes(SEED, '02'), '03'), '05'))

  it('makes the rows it means to', () => {
    const grid = gridOf(splitCodes(SEED, '02'), '02')
    expect(grid[2]!.slice(0, 4)).toEqual(['类', '款', '项', ''])
    expect(grid.find((r) => r[0] === '201' && r[1] === '03' && r[2] === '01')).toEqual([
      '201',
      '03',
      '01',
      '行政运行',
      '511.38',
      '',
      '',
      '',
      '',
      '',
      '',
    ])
  })

  it('reads 7-digit codes and the same amounts in 02', async () => {
    const { tables } = await variant
    expect(tables['02'].rows.map((r) => r.code)).toEqual([
      null,
      '201',
      '20103',
      '2010301',
      '2010302',
      '2010399',
      '214',
      '21401',
      '2140199',
      '229', // printed "29", repaired from the 款 below it as in the seed
      '22999',
      '2299901',
    ])
    expect(labelled(tables, '02', '合计').amounts).toMatchObject({
      total_revenue: '619.54',
      fiscal_appropriation_revenue: '606.71',
      other_revenue: '12.82',
      service_revenue: null,
    })
    expect(coded(tables, '02', '2010301')).toMatchObject({
      label: '行政运行',
      level: 'item',
      amounts: { total_revenue: '511.38', fiscal_appropriation_revenue: null },
    })
    expect(coded(tables, '02', '21401')).toMatchObject({
      label: '公路水路运输',
      level: 'section',
      amounts: { total_revenue: '20.35' },
    })
    expect(coded(tables, '02', '2299901').amounts).toMatchObject({
      total_revenue: '12.82',
      other_revenue: '12.82',
    })
  })

  it('reads 7-digit codes and the same amounts in 03', async () => {
    const { tables } = await variant
    expect(labelled(tables, '03', '合计').amounts).toEqual({
      total_expenditure: '619.54',
      basic_expenditure: '524.2',
      project_expenditure: '95.34',
      remittance_to_superior: null,
      operating_expenditure: null,
      subsidies_to_affiliates: null,
    })
    expect(coded(tables, '03', '2010301').amounts).toMatchObject({
      total_expenditure: '511.38',
      basic_expenditure: '511.38',
    })
    expect(coded(tables, '03', '2010302').amounts).toMatchObject({
      total_expenditure: '59.99',
      basic_expenditure: null,
    })
    expect(coded(tables, '03', '2010399')).toMatchObject({
      label: '其他政府办公厅（室）及相关机构事务支出',
      amounts: { total_expenditure: '15' },
    })
    expect(coded(tables, '03', '229').amounts).toMatchObject({
      total_expenditure: '12.82',
      basic_expenditure: '12.82',
    })
  })

  it('reads 7-digit codes and the same amounts in 05', async () => {
    const { tables } = await variant
    expect(tables['05'].rows.map((r) => r.code)).toEqual([
      null,
      '201',
      '20103',
      '2010301',
      '2010302',
      '2010399',
      '214',
      '21401',
      '2140199',
    ])
    expect(labelled(tables, '05', '合计').amounts).toEqual({
      total: '606.71',
      basic_expenditure: '511.38',
      project_expenditure: '95.34',
    })
    expect(coded(tables, '05', '201').amounts).toEqual({
      total: '586.37',
      basic_expenditure: '511.38',
      project_expenditure: '74.99',
    })
    expect(coded(tables, '05', '2010302').amounts).toEqual({
      total: '59.99',
      basic_expenditure: null,
      project_expenditure: '59.99',
    })
    expect(coded(tables, '05', '2140199').amounts).toEqual({
      total: '20.35',
      basic_expenditure: null,
      project_expenditure: '20.35',
    })
  })

  it('reads every row and finding as the seed does', async () => {
    const { tables, findings } = await variant
    for (const id of ['02', '03', '05'] as const) {
      expect(rowsOf(tables, id)).toEqual(rowsOf(seed.tables, id))
      expect(rulesOf(findings, id)).toEqual(rulesOf(seed.findings, id))
    }
  })
})

describe('(c) 07 in both layouts', () => {
  // Twelve different amounts that add up (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行), so a
  // value in the wrong column cannot go unseen.
  const BUDGET = {
    total: '3.1',
    overseas: '1.2',
    vehicles: '1.3',
    purchase: '0.4',
    operation: '0.9',
    receptions: '0.6',
  }
  const ACTUAL = {
    total: '2.05',
    overseas: '0.81',
    vehicles: '0.92',
    purchase: '0.3',
    operation: '0.62',
    receptions: '0.32',
  }
  const ITEMS = ['total', 'overseas', 'vehicles', 'purchase', 'operation', 'receptions'] as const
  const expected = {
    budget_total: '3.1',
    budget_overseas_visits: '1.2',
    budget_vehicles_total: '1.3',
    budget_vehicle_purchase: '0.4',
    budget_vehicle_operation: '0.9',
    budget_receptions: '0.6',
    actual_total: '2.05',
    actual_overseas_visits: '0.81',
    actual_vehicles_total: '0.92',
    actual_vehicle_purchase: '0.3',
    actual_vehicle_operation: '0.62',
    actual_receptions: '0.32',
  }

  /** The seed's header (six 预算数, then six 决算数) over a row of the twelve amounts. */
  const sixThenSix = () => {
    const grid = gridOf(SEED, '07')
    const amounts = [...ITEMS.map((k) => BUDGET[k]), ...ITEMS.map((k) => ACTUAL[k])]
    return replaceGrid(SEED, '07', [...grid.slice(0, -1), amounts])
  }

  it('reads the six-then-six layout as printed', async () => {
    const { tables, findings } = await read(sixThenSix())
    expect(tables['07'].rows).toHaveLength(1)
    expect(tables['07'].rows[0]!.amounts).toEqual(expected)
    expect(of(findings, 'header-unread', '07')).toEqual([])
  })

  it('reads 预算数 | 决算数 pairs per item into the same columns', async () => {
    const amounts = ITEMS.flatMap((k) => [BUDGET[k], ACTUAL[k]])
    expect(amounts.slice(0, 4)).toEqual(['3.1', '2.05', '1.2', '0.81'])
    const { tables, findings } = await read(alternating(amounts))
    expect(tables['07'].rows).toHaveLength(1)
    expect(tables['07'].rows[0]!.amounts).toEqual(expected)
    expect(of(findings, 'header-unread', '07')).toEqual([])
    expect(
      validate((await read(alternating(amounts))).report).filter(
        (f) => f.table === '07' && f.severity === 'error',
      ),
    ).toEqual([])
  })

  it("reads the seed's own row in the alternating layout", async () => {
    // The seed prints 预算数: 出国 1, 接待 1; 决算数: 合计 0.92, 接待 0.92; the rest blank.
    const row = gridOf(SEED, '07').at(-1)!
    expect(row).toEqual(['', '1', '', '', '', '1', '0.92', '', '', '', '', '0.92'])
    const pairs = row.slice(0, 6).flatMap((b, k) => [b, row[6 + k]!])
    const { tables } = await read(alternating(pairs))
    expect(tables['07'].rows[0]!.amounts).toEqual({
      ...Object.fromEntries(Object.keys(expected).map((k) => [k, null])),
      budget_overseas_visits: '1',
      budget_receptions: '1',
      actual_total: '0.92',
      actual_receptions: '0.92',
    })
    expect(tables['07'].rows[0]!.amounts).toEqual(seed.tables['07'].rows[0]!.amounts)
  })
})

describe('(d) 09 with six columns', () => {
  const header = SIX_COLUMN_HEADER
  const variant = read(sixColumns(SEED))

  it('reads the three columns 09 models, 本年支出 小计 | 基本支出 | 项目支出', async () => {
    const { tables } = await variant
    expect(header[0]!.map(squeeze)).toEqual([
      '项目',
      '',
      '年初结转和结余',
      '本年收入',
      '本年支出',
      '',
      '',
      '年末结转和结余',
    ])
    expect(labelled(tables, '09', '合计').amounts).toEqual({
      total: '606.71',
      basic_expenditure: '511.38',
      project_expenditure: '95.34',
    })
    expect(coded(tables, '09', '201')).toMatchObject({
      label: '一般公共服务支出',
      level: 'class',
      amounts: { total: '586.37', basic_expenditure: '511.38', project_expenditure: '74.99' },
    })
  })

  it('reports the other three as header-unmapped, their values not read', async () => {
    const { findings } = await variant
    const unmapped = of(findings, 'header-unmapped', '09')
    expect(unmapped.map((f) => [f.column, f.severity]).sort()).toEqual([
      ['年初结转和结余', 'warning'],
      ['年末结转和结余', 'warning'],
      ['本年收入', 'warning'],
    ])
    const said = (column: string) => unmapped.find((f) => f.column === column)!.message.zh
    expect(said('本年收入')).toContain('2 个数值未读取')
    expect(said('年初结转和结余')).toContain('1 个数值未读取')
    // The row is as wide as its header: nothing is "more cells than the header".
    expect(of(findings, 'extra-cells', '09')).toEqual([])
    expect(of(findings, 'header-unread', '09')).toEqual([])
  })
})

describe('(e) a header that cannot be mapped', () => {
  it('is named in a finding, and its values are read into no column (02)', async () => {
    // 02 with its 事业收入 column retitled 捐赠收入, which no column of 02 is, and an amount in it.
    const header = gridOf(SEED, '02')[0]!
    const k = header.findIndex((c) => squeeze(c) === '事业收入')
    const lines = editRows(SEED, '02', (cells) => {
      if (cells[k] === '事业收入') return [cells.map((c, j) => (j === k ? '捐赠收入' : c))]
      if (squeeze(cells[0]!) === '2010302') return [cells.map((c, j) => (j === k ? '7.5' : c))]
      return [cells]
    })
    const { tables, findings } = await read(lines)
    const unmapped = of(findings, 'header-unmapped', '02')
    expect(unmapped).toHaveLength(1)
    expect(unmapped[0]).toMatchObject({ table: '02', column: '捐赠收入', severity: 'warning' })
    expect(unmapped[0]!.message.zh).toContain('捐赠收入')
    expect(of(findings, 'column-not-printed', '02').map((f) => f.column)).toEqual([
      'service_revenue',
    ])
    // Nothing shifted: 7.5 is in no column, the columns right of it read as printed.
    expect(coded(tables, '02', '2010302').amounts).toEqual({
      total_revenue: '59.99',
      fiscal_appropriation_revenue: null,
      superior_subsidy_revenue: null,
      service_revenue: null,
      operating_revenue: null,
      affiliate_remittance_revenue: null,
      other_revenue: null,
    })
    expect(labelled(tables, '02', '合计').amounts).toMatchObject({
      total_revenue: '619.54',
      fiscal_appropriation_revenue: '606.71',
      other_revenue: '12.82',
    })
    expect(of(findings, 'header-unread', '02')).toEqual([])
  })

  it('is named in a finding for a side of 04, the other columns read as printed', async () => {
    const lines = editRows(SEED, '04', (cells) => [
      cells.map((c) =>
        c === '政府性基金预算财政拨款' && cells.includes('行次') ? '其他财政拨款' : c,
      ),
    ])
    const { tables, findings } = await read(lines)
    expect(of(findings, 'header-unmapped', '04').map((f) => [f.column, f.severity])).toEqual([
      ['其他财政拨款', 'info'], // the seed prints no amount under it
    ])
    expect(labelled(tables, '04', '一、一般公共服务支出', 'expenditure').amounts).toEqual({
      total: '586.37',
      general_public_budget: '586.37',
      government_fund_budget: null,
      state_capital_budget: null,
    })
  })

  it('in 07 names the table and the header, and shifts no value into another column', async () => {
    // The alternating layout with 公务接待费 retitled 会议费: ten of the twelve columns are named.
    const header = [
      [
        '合计',
        '',
        '因公出国（境）费',
        '',
        '公务用车购置及运行费',
        '',
        '',
        '',
        '',
        '',
        '会议费',
        '',
      ],
      ['', '', '', '', '小计', '', '公务用车购置费', '', '公务用车运行费', '', '', ''],
      Array.from({ length: 12 }, (_, k) => (k % 2 === 0 ? '预算数' : '决算数')),
    ]
    const amounts = [
      '3.1',
      '2.05',
      '1.2',
      '0.81',
      '1.3',
      '0.92',
      '0.4',
      '0.3',
      '0.9',
      '0.62',
      '0.6',
      '0.32',
    ]
    const { tables, findings } = await read(replaceGrid(SEED, '07', [...header, amounts]))
    const trouble = findings.filter(
      (f) => f.table === '07' && (f.rule === 'header-unread' || f.rule === 'header-unmapped'),
    )
    expect(trouble.length).toBeGreaterThan(0)
    expect(trouble.some((f) => `${f.column ?? ''}${f.message.zh}`.includes('会议费'))).toBe(true)
    const read07 = tables['07'].rows[0]!.amounts
    // Each amount is either where the header puts it or not read; never another column's.
    expect(read07).toMatchObject({
      budget_total: '3.1',
      actual_total: '2.05',
      budget_overseas_visits: '1.2',
      actual_overseas_visits: '0.81',
      budget_vehicles_total: '1.3',
      actual_vehicles_total: '0.92',
      budget_vehicle_purchase: '0.4',
      actual_vehicle_purchase: '0.3',
      budget_vehicle_operation: '0.9',
      actual_vehicle_operation: '0.62',
    })
    expect(read07.budget_receptions).toBeNull()
    expect(read07.actual_receptions).toBeNull()
  })
})

describe('(f) the cover in its other layouts', () => {
  const COVER = ['2020年度', '株洲市石峰区人民政府办公室', '部门决算']
  /** The three cover lines replaced by `to`, padded with blank lines so nothing else moves. */
  /** The three cover lines replaced by `to`, padded with blank lines so that nothing else moves. */
  const cover = (to: string[]) => {
    const at = SEED.findIndex((l) => l.trim() === COVER[0])
    expect(SEED.slice(at, at + 3).map((l) => l.trim())).toEqual(COVER)
    const padded = [...to, ...Array.from({ length: 3 - to.length }, () => '')]
    return [...SEED.slice(0, at), ...padded, ...SEED.slice(at + 3)]
  }

  it.each([
    ['on one line', ['株洲市石峰区人民政府办公室2020年度部门决算']],
    ['on one line, with spaces', ['株洲市石峰区人民政府办公室 2020 年度部门决算']],
    ['department first, then year and kind', ['株洲市石峰区人民政府办公室', '2020年度部门决算']],
    ['department, year, kind', ['株洲市石峰区人民政府办公室', '2020年度', '部门决算']],
  ])('reads department and year %s', async (_, to) => {
    const lines = cover(to)
    expect(lines).toHaveLength(SEED.length)
    const { report, tables, findings } = await read(lines)
    expect(report.department).toBe('株洲市石峰区人民政府办公室')
    expect(report.fiscalYear).toBe(2020)
    expect(tables).toEqual(seed.tables)
    expect(findings).toEqual(seed.findings)
  })
})

describe('(g) no 第二部分 heading before the tables', () => {
  const bodyHeading = (lines: readonly string[]) => {
    // The body's heading stands alone; the contents' one carries its title.
    expect(lines.filter((l) => l.trim() === '第二部分')).toHaveLength(1)
    return replaceLine(lines, '第二部分', [''])
  }
  const contentsHeading = (lines: readonly string[]) => {
    const at = lines.findIndex((l) => /^第二部分\s*\S/.test(l))
    expect(lines[at]).toContain('部门决算表')
    return lines.map((l, k) => (k === at ? '' : l))
  }

  it.each([
    ['in the body', bodyHeading(SEED)],
    ['in the body nor in the contents', contentsHeading(bodyHeading(SEED))],
  ])('reads the nine tables and the other parts as the seed, with none %s', async (_, lines) => {
    expect(lines).toHaveLength(SEED.length)
    expect(lines.some((l) => l.trim() === '第二部分')).toBe(false)
    const { report, findings } = await read(lines)
    expect(report.tables).toEqual(seed.tables)
    expect(report.narrative).toEqual(seed.report.narrative)
    expect(report.projects).toEqual(seed.report.projects)
    expect(report.performance).toEqual(seed.report.performance)
    expect(report.profile).toEqual(seed.report.profile)
    expect(findings).toEqual(seed.findings)
  })
})

describe('(h) header rows never become data rows', () => {
  it('in the seed', () => expectNoHeaderRows(seed.tables))

  it('where a page break repeats the header over the rest of a table', async () => {
    // PDFs repeat a long table's header at the top of each page: here 02, 03 and 05 are broken
    // before their 214 交通运输支出 row, and 06 before its 30301 离休费 row.
    const repeat = (lines: readonly string[], id: TableId, before: string) => {
      const grid = gridOf(lines, id)
      const header = grid.slice(
        0,
        grid.findIndex((cells) => /^(合计|301)$/.test(squeeze(cells[0]!))),
      )
      expect(header.length).toBeGreaterThan(0)
      return editRows(lines, id, (cells) =>
        squeeze(cells[0]!) === before ? [...header, cells] : [cells],
      )
    }
    let lines = repeat(repeat(repeat(SEED, '02', '214'), '03', '214'), '05', '214')
    lines = repeat(lines, '06', '30301')
    const { tables, findings } = await read(lines)
    expectNoHeaderRows(tables)
    for (const id of ['02', '03', '05', '06'] as const) {
      expect(rowsOf(tables, id)).toEqual(rowsOf(seed.tables, id))
      expect(rulesOf(findings, id)).toEqual(rulesOf(seed.findings, id))
    }
  })

  it('in every variant above', async () => {
    const variants = [
      withoutLineNo(withoutLineNo(SEED, '01'), '04'),
      splitCodes(splitCodes(splitCodes(SEED, '02'), '03'), '05'),
      alternating([
        '3.1',
        '2.05',
        '1.2',
        '0.81',
        '1.3',
        '0.92',
        '0.4',
        '0.3',
        '0.9',
        '0.62',
        '0.6',
        '0.32',
      ]),
      sixColumns(SEED),
    ]
    for (const lines of variants) {
      const { tables } = await read(lines)
      expectNoHeaderRows(tables)
      for (const id of ['02', '03', '05', '08', '09'] as const)
        expect(tables[id].rows.filter((r) => r.code === null).map((r) => r.label)).toEqual(['合计'])
      expect(tables['07'].rows).toHaveLength(1)
    }
  })
})
