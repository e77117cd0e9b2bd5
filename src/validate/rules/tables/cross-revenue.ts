import type { Finding } from '../../../model/finding.ts'
import type { Report } from '../../../model/report.ts'
import type { Rule } from '../../rule.ts'
import { compareByClass } from './by-class.ts'
import { checkEqual, checkSum } from './compare.ts'
import { type AnyRow, cellFigure, findLine, isTotalRow } from './rows.ts'
import { FUNDS, fundLine } from './summary-04.ts'

const RULE = 'cross-table-mismatch'

/** 01 income lines 四…八 and the 02 column each must equal. */
const SOURCES = [
  { name: '上级补助收入', column: 'superior_subsidy_revenue' },
  { name: '事业收入', column: 'service_revenue' },
  { name: '经营收入', column: 'operating_revenue' },
  { name: '附属单位上缴收入', column: 'affiliate_remittance_revenue' },
  { name: '其他收入', column: 'other_revenue' },
] as const

const at = (table: '01' | '02' | '03' | '04', row: AnyRow, column: string) => ({
  table,
  row: row.side === null && row.code !== null ? row.code : row.label,
  column,
  line: row.line,
})

/** X1 01.本年收入合计 = 02.合计; X2 02.合计 by source = 01 lines (财政拨款 = 一 + 二 + 三). */
function revenue(report: Report): Finding[] {
  const r01 = report.tables['01'].rows
  const total02 = report.tables['02'].rows.find(isTotalRow)
  if (!total02) return []
  const income = r01.filter((r) => r.side === 'income')
  const findings: Finding[] = []
  const revenue01 = findLine(r01, 'income', '本年收入合计')
  if (revenue01) {
    findings.push(
      ...checkEqual({
        ...at('01', revenue01, 'amount'),
        rule: RULE,
        value: cellFigure('01', revenue01, 'amount'),
        other: cellFigure('02', total02, 'total_revenue'),
      }),
    )
  }
  const funds = FUNDS.map((f) => fundLine(income, f.name))
  findings.push(
    ...checkSum({
      ...at('02', total02, 'fiscal_appropriation_revenue'),
      rule: RULE,
      blankTotal: 'zero',
      total: cellFigure('02', total02, 'fiscal_appropriation_revenue'),
      terms: funds.map((row, k) => cellFigure('01', row, 'amount', FUNDS[k]!.name)),
      termsName: {
        zh: '01表三类财政拨款收入之和',
        en: 'the sum of the three appropriation lines of table 01',
      },
    }),
  )
  for (const { name, column } of SOURCES) {
    findings.push(
      ...checkEqual({
        ...at('02', total02, column),
        rule: RULE,
        value: cellFigure('02', total02, column),
        other: cellFigure('01', fundLine(income, name), 'amount', name),
      }),
    )
  }
  return findings
}

/** X3 01.本年支出合计 = 03.合计; each 01 class line = 03 类 row (本年支出合计). */
function expenditure(report: Report): Finding[] {
  const r01 = report.tables['01'].rows
  const r03 = report.tables['03'].rows
  const spending01 = findLine(r01, 'expenditure', '本年支出合计')
  const total03 = r03.find(isTotalRow)
  const totals =
    spending01 && total03
      ? checkEqual({
          ...at('01', spending01, 'amount'),
          rule: RULE,
          value: cellFigure('01', spending01, 'amount'),
          other: cellFigure('03', total03, 'total_expenditure'),
        })
      : []
  const byClass = compareByClass(
    { table: '01', rows: r01, key: 'amount' },
    { table: '03', rows: r03, key: 'total_expenditure' },
    'equal',
  )
  return [...totals, ...byClass]
}

/** X4 04 income lines 一/二/三 = 01 income lines 一/二/三. */
function appropriations(report: Report): Finding[] {
  const income01 = report.tables['01'].rows.filter((r) => r.side === 'income')
  const income04 = report.tables['04'].rows.filter((r) => r.side === 'income')
  const revenue04 = findLine(income04, 'income', '本年收入合计')
  const lines04 = revenue04 ? income04.slice(0, income04.indexOf(revenue04)) : income04
  return FUNDS.flatMap(({ name }) => {
    const row04 = fundLine(lines04, name)
    if (!row04) return []
    return checkEqual({
      ...at('04', row04, 'total'),
      rule: RULE,
      value: cellFigure('04', row04, 'total'),
      other: cellFigure('01', fundLine(income01, name), 'amount', name),
    })
  })
}

/** X1–X4: the revenue and expenditure of 01 against 02, 03 and 04's income side. */
export const crossRevenue: Rule = {
  ids: [RULE],
  check(report) {
    return [...revenue(report), ...expenditure(report), ...appropriations(report)]
  },
}
