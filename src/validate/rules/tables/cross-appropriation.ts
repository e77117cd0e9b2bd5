import type { Finding } from '../../../model/finding.ts'
import type { Report } from '../../../model/report.ts'
import type { Rule } from '../../rule.ts'
import { compareByClass } from './by-class.ts'
import { checkAtMost, checkEqual } from './compare.ts'
import { type AnyRow, cellFigure, findLine, isTotalRow } from './rows.ts'
import { expenditureLines04, incomeLines04 } from './summary-04.ts'

const at = (row: AnyRow, column: string) => ({
  table: '04' as const,
  row: row.label,
  column,
  line: row.line,
})

/** X5, inequalities: 04 年初/年末/本年支出合计/each class ≤ the same in 01 (04 is the appropriated part). */
function withinSummary(report: Report): Finding[] {
  const r01 = report.tables['01'].rows
  const r04 = report.tables['04'].rows
  const income = incomeLines04(r04)
  const spending = expenditureLines04(r04)
  const pairs: [AnyRow | undefined, AnyRow | undefined, string][] = [
    [income.opening, findLine(r01, 'income', '年初结转和结余'), '年初结转和结余'],
    [spending.closing, findLine(r01, 'expenditure', '年末结转和结余'), '年末结转和结余'],
    [spending.spending, findLine(r01, 'expenditure', '本年支出合计'), '本年支出合计'],
  ]
  const lines = pairs.flatMap(([row04, row01, name]) =>
    row04
      ? checkAtMost({
          ...at(row04, 'total'),
          rule: 'cross-table-exceeds',
          value: cellFigure('04', row04, 'total'),
          bound: cellFigure('01', row01, 'amount', name),
        })
      : [],
  )
  const byClass = compareByClass(
    { table: '04', rows: r04, key: 'total' },
    { table: '01', rows: r01, key: 'amount' },
    'at-most',
  )
  return [...lines, ...byClass]
}

/**
 * One appropriation column of 04 against its own table: X6 一般公共预算 ↔ 05 (小计), X9 政府性
 * 基金 ↔ 08, X10 国有资本经营 ↔ 09 — 本年支出合计 against 合计, and class by class.
 */
function fundTable(
  report: Report,
  key: string,
  table: '05' | '08' | '09',
  detailKey: string,
): Finding[] {
  const r04 = report.tables['04'].rows
  const detail = report.tables[table].rows
  const { spending } = expenditureLines04(r04)
  const total = detail.find(isTotalRow)
  const totals =
    spending && total
      ? checkEqual({
          ...at(spending, key),
          rule: 'cross-table-mismatch',
          value: cellFigure('04', spending, key),
          other: cellFigure(table, total, detailKey),
        })
      : []
  const byClass = compareByClass(
    { table: '04', rows: r04, key },
    { table, rows: detail, key: detailKey },
    'equal',
  )
  return [...totals, ...byClass]
}

/** X9, the rest: 04 二 = 08 本年收入; 04 年初/年末 基金 = 08 合计 年初/年末. */
function governmentFund(report: Report): Finding[] {
  const r04 = report.tables['04'].rows
  const total08 = report.tables['08'].rows.find(isTotalRow)
  if (!total08) return []
  const income = incomeLines04(r04)
  const { closing } = expenditureLines04(r04)
  const name = '政府性基金预算财政拨款'
  const pairs: [AnyRow | undefined, string, string][] = [
    [income.fund(name), 'total', 'revenue'],
    [income.openingOf(name), 'total', 'opening_balance'],
    [closing, 'government_fund_budget', 'closing_balance'],
  ]
  return pairs.flatMap(([row04, key, key08]) =>
    row04
      ? checkEqual({
          ...at(row04, key),
          rule: 'cross-table-mismatch',
          value: cellFigure('04', row04, key),
          other: cellFigure('08', total08, key08),
        })
      : [],
  )
}

/** X5, X6, X9, X10: 04 财政拨款收入支出决算总表 against 01, 05, 08 and 09. */
export const crossAppropriation: Rule = {
  ids: ['cross-table-mismatch', 'cross-table-exceeds'],
  check(report) {
    return [
      ...withinSummary(report),
      ...fundTable(report, 'general_public_budget', '05', 'total'),
      ...fundTable(report, 'government_fund_budget', '08', 'expenditure_total'),
      ...governmentFund(report),
      ...fundTable(report, 'state_capital_budget', '09', 'total'),
    ]
  },
}
