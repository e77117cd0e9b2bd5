import type { Finding } from '../../../model/finding.ts'
import type { Report } from '../../../model/report.ts'
import { plain, sum } from '../../arithmetic.ts'
import type { Rule } from '../../rule.ts'
import { checkAtMost, checkSum } from './compare.ts'
import { type AnyRow, amountOf, cellFigure, findLine, isTotalRow, rowKey } from './rows.ts'

/** X7 05.合计.基本支出 = 06.人员经费合计 + 06.公用经费合计 (as printed; a blank counts as zero). */
function basicSplit(report: Report): Finding[] {
  const total05 = report.tables['05'].rows.find(isTotalRow)
  if (!total05) return []
  const r06 = report.tables['06'].rows
  return checkSum({
    table: '05',
    row: '合计',
    column: 'basic_expenditure',
    line: total05.line,
    rule: 'cross-table-mismatch',
    blankTotal: 'zero',
    total: cellFigure('05', total05, 'basic_expenditure'),
    terms: ['人员经费合计', '公用经费合计'].map((name) =>
      cellFigure('06', findLine(r06, null, name), 'amount', name),
    ),
    termsName: { zh: '06表人员经费与公用经费之和', en: 'staff plus office costs of table 06' },
  })
}

const COLUMNS = [
  ['total', 'total_expenditure'],
  ['basic_expenditure', 'basic_expenditure'],
  ['project_expenditure', 'project_expenditure'],
] as const

/** X8 each 05 row ≤ the same 03 row, column by column: the general budget is part of all spending. */
function partOfSpending(report: Report): Finding[] {
  const r03 = report.tables['03'].rows
  const same = (row: AnyRow) =>
    r03.find((r) => (row.code === null ? isTotalRow(r) : r.code === row.code))
  return report.tables['05'].rows.flatMap((row) => {
    const other = same(row)
    return COLUMNS.flatMap(([key05, key03]) =>
      checkAtMost({
        table: '05',
        row: rowKey(row),
        column: key05,
        line: row.line,
        rule: 'cross-table-exceeds',
        value: cellFigure('05', row, key05),
        bound: cellFigure('03', other, key03, rowKey(row)),
      }),
    )
  })
}

/** 06 items that are part of a 三公 column of 07 (决算). 31013 may also be printed as 30913. */
const THREE_PUBLIC = [
  { codes: ['30212'], column: 'actual_overseas_visits' },
  { codes: ['30217'], column: 'actual_receptions' },
  { codes: ['30231'], column: 'actual_vehicle_operation' },
  { codes: ['31013', '30913'], column: 'actual_vehicle_purchase' },
] as const

/**
 * X11, soft: the basic-expenditure 三公 items of 06 ≤ 07 决算, which also counts project
 * spending and carry-overs — so never less, but only a warning when it is.
 */
function threePublic(report: Report): Finding[] {
  const r06 = report.tables['06'].rows
  const row07 = report.tables['07'].rows[0]
  return THREE_PUBLIC.flatMap(({ codes, column }) => {
    const items = r06.filter(
      (r) => r.code !== null && (codes as readonly string[]).includes(r.code),
    )
    const printed = items.map((r) => amountOf(r, 'amount')).filter((a) => a !== null)
    if (items.length === 0 || printed.length === 0) return []
    const first = items[0]!
    const name =
      items.length === 1 ? `${first.code} ${first.label}` : items.map((r) => r.code).join('+')
    return checkAtMost({
      table: '06',
      row: items.map((r) => r.code).join('+'),
      column: 'amount',
      line: first.line,
      rule: 'cross-table-exceeds',
      soft: true,
      value: { zh: `06表 ${name}`, en: `table 06 ${name}`, value: plain(sum(printed)) },
      bound: cellFigure('07', row07, column),
    })
  })
}

/** X7, X8, X11: 05 against 06 and 03; 06 against 07. */
export const crossBasic: Rule = {
  ids: ['cross-table-mismatch', 'cross-table-exceeds'],
  check(report) {
    return [...basicSplit(report), ...partOfSpending(report), ...threePublic(report)]
  },
}
