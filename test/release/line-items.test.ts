import Decimal from 'decimal.js'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model/finding.ts'
import type { Tables, TableId } from '../../src/model/tables.ts'
import type { ReleaseFile } from '../../src/release/formats.ts'
import { rollups } from '../../src/release/resources/rollup.ts'
import { validate } from '../../src/validate/index.ts'
import { buildSeed, fileNamed, readCsv, seedParts } from './support.ts'

type AnyRow = Tables[TableId]['rows'][number]

let files: ReleaseFile[]
let findings: Finding[]

beforeAll(async () => {
  const { report, findings: repairs } = await seedParts()
  findings = [...repairs, ...validate(report)]
  files = await buildSeed({ findings })
})

/** Per table, side and measure: the sum of the leaf rows and the printed totals. */
function sums() {
  const { header, records } = readCsv(fileNamed(files, 'line-items.csv'))
  const at = (name: string) => header.indexOf(name)
  const groups = new Map<string, { leaves: Decimal; totals: string[]; count: number }>()
  for (const r of records) {
    const key = [r[at('table')], r[at('side')], r[at('measure')]].join(' ')
    const g = groups.get(key) ?? { leaves: new Decimal(0), totals: [], count: 0 }
    if (r[at('rollup')] === 'leaf') g.leaves = g.leaves.plus(r[at('amount')]!)
    if (r[at('rollup')] === 'total') g.totals.push(r[at('amount')]!)
    g.count++
    groups.set(key, g)
  }
  return groups
}

describe('line-items.csv', () => {
  it('says of every row whether it is a leaf, a subtotal, a total or a part', () => {
    const { header, records } = readCsv(fileNamed(files, 'line-items.csv'))
    const rollup = header.indexOf('rollup')
    expect(header.indexOf('name') + 1).toBe(rollup)
    const of = (table: string, name: string, measure = 'amount') =>
      records.find(
        (r) =>
          r[0] === table &&
          r[header.indexOf('name')] === name &&
          r[header.indexOf('measure')] === measure,
      )?.[rollup]
    expect(of('01', '总计')).toBe('total')
    expect(of('01', '本年收入合计')).toBe('subtotal')
    expect(of('01', '一、一般公共预算财政拨款收入')).toBe('leaf')
    // 01's expenditure side lists 功能分类 classes with nothing under them: leaves.
    expect(of('01', '一、一般公共服务支出')).toBe('leaf')
    expect(of('03', '合计', 'total_expenditure')).toBe('total')
    expect(of('03', '一般公共服务支出', 'total_expenditure')).toBe('subtotal')
    expect(of('03', '政府办公厅（室）及相关机构事务', 'total_expenditure')).toBe('subtotal')
    expect(of('03', '行政运行', 'total_expenditure')).toBe('leaf')
    expect(of('06', '公用经费合计')).toBe('total')
    // 公开07表 is one 合计 row, its breakdown across the columns: that row is all there is.
    expect(of('07', '合计', 'actual_total')).toBe('leaf')
  })

  it('adds up: the leaf rows of each table, side and measure sum to the printed total, or validation reports the report itself', () => {
    const groups = sums()
    const consistent: string[] = []
    const reported: string[] = []
    const unexplained: string[] = []
    for (const [key, g] of groups) {
      if (!g.totals.length) continue
      const total = g.totals.reduce((a, t) => a.plus(t), new Decimal(0))
      if (g.leaves.eq(total)) {
        consistent.push(key)
        continue
      }
      // The report does not add up here: a finding of its table and column must say so.
      const [table, , measure] = key.split(' ')
      const found = findings.some(
        (f) => f.table === table && f.column === measure && f.severity !== 'info',
      )
      ;(found ? reported : unexplained).push(
        `${key}: leaves ${g.leaves.toString()}, total ${total.toString()}`,
      )
    }
    expect(unexplained).toEqual([])
    // The main totals of the seed, which the naive sum of the issue got to 3,097.69 for table 01.
    expect(consistent).toEqual(
      expect.arrayContaining([
        '01 expenditure amount',
        '02  total_revenue',
        '03  total_expenditure',
        '03  basic_expenditure',
        '04 income total',
        '05  basic_expenditure',
        '05  project_expenditure',
      ]),
    )
    expect(groups.get('01 expenditure amount')!.leaves.toString()).toBe('619.54')
    // 606.71 + 12.82 is 619.53: the report prints 619.54 (its own 尾数误差), which validation reports.
    expect(reported).toContain('01 income amount: leaves 619.53, total 619.54')
  })
})

describe('rollups', () => {
  const row = (label: string, code: string | null = null, side: AnyRow['side'] = null): AnyRow =>
    ({
      line: 1,
      side,
      lineNo: null,
      code,
      level: code ? (['class', 'section', 'item'] as const)[(code.length - 3) / 2] : null,
      label,
      amounts: {},
    }) as AnyRow

  it('marks 其中 lines as parts and 小计 as subtotals', () => {
    expect(
      rollups([
        row('一、财政拨款收入', null, 'income'),
        row('其中：政府性基金预算财政拨款', null, 'income'),
        row('小计', null, 'income'),
        row('合计', null, 'income'),
      ]),
    ).toEqual(['leaf', 'part', 'subtotal', 'total'])
  })

  it('marks a 结转和结余 line followed by its split by fund as a subtotal', () => {
    expect(
      rollups([
        row('本年收入合计', null, 'income'),
        row('年初财政拨款结转和结余', null, 'income'),
        row('一般公共预算财政拨款', null, 'income'),
        row('政府性基金预算财政拨款', null, 'income'),
        row('总计', null, 'income'),
        row('年末结转和结余', null, 'expenditure'),
        row('总计', null, 'expenditure'),
      ]),
    ).toEqual(['subtotal', 'subtotal', 'leaf', 'leaf', 'total', 'leaf', 'total'])
  })

  it('marks a 类 or 款 with its codes below it as a subtotal, one without as a leaf', () => {
    expect(
      rollups([
        row('合计'),
        row('一般公共服务支出', '201'),
        row('政府办公厅（室）及相关机构事务', '20103'),
        row('行政运行', '2010301'),
        row('交通运输支出', '214'),
      ]),
    ).toEqual(['total', 'subtotal', 'subtotal', 'leaf', 'leaf'])
  })
})
