import type { Finding } from '../../../model/finding.ts'
import { tableDef } from '../../../model/tables.ts'
import type { Rule } from '../../rule.ts'
import { checkEqual, checkSum, lineMissing } from './compare.ts'
import { type AnyRow, amountOf, columnText, findLine, lineName, type Text } from './rows.ts'
import { numberedLines } from './summary-01.ts'

/** The three kinds of appropriation: 04's expenditure columns and its income lines 一/二/三. */
export const FUNDS = [
  { key: 'general_public_budget', name: '一般公共预算财政拨款' },
  { key: 'government_fund_budget', name: '政府性基金预算财政拨款' },
  { key: 'state_capital_budget', name: '国有资本经营预算财政拨款' },
] as const

/** A fund's line among `rows`, printed with or without "收入" (01 says 一般公共预算财政拨款收入). */
export function fundLine(rows: readonly AnyRow[], name: string): AnyRow | undefined {
  return rows.find((r) => [name, `${name}收入`].includes(lineName(r.label)))
}

/** 04's income-side lines, by name. 年初 sub-lines are the fund lines printed after 年初…. */
export function incomeLines04(rows: readonly AnyRow[]) {
  const income = rows.filter((r) => r.side === 'income')
  const revenue = findLine(income, 'income', '本年收入合计')
  const opening = findLine(income, 'income', '年初财政拨款结转和结余', '年初结转和结余')
  const total = findLine(income, 'income', '总计')
  const before = revenue ? income.slice(0, income.indexOf(revenue)) : income
  const after = opening
    ? income.slice(income.indexOf(opening) + 1, total ? income.indexOf(total) : undefined)
    : []
  return {
    revenue,
    opening,
    total,
    fund: (name: string) => fundLine(before, name),
    openingOf: (name: string) => fundLine(after, name),
    openingParts: after,
  }
}

export function expenditureLines04(rows: readonly AnyRow[]) {
  return {
    spending: findLine(rows, 'expenditure', '本年支出合计'),
    closing: findLine(rows, 'expenditure', '年末财政拨款结转和结余', '年末结转和结余'),
    total: findLine(rows, 'expenditure', '总计'),
  }
}

const where: Text = { zh: '04表', en: 'table 04' }
const place = (row: AnyRow, column: string) => ({
  table: '04' as const,
  row: row.label,
  column,
  line: row.line,
  where,
})
const fig = (row: AnyRow | undefined, name: string, key = 'total') => ({
  zh: name,
  en: name,
  value: amountOf(row, key),
})
/** "本年支出合计（一般公共预算财政拨款）" — the column named where it is not the 合计. */
const named = (name: string, key: string) =>
  key === 'total' ? name : `${name}（${columnText('04', key).zh}）`

function incomeSide(rows: readonly AnyRow[]): Finding[] {
  const lines = incomeLines04(rows)
  const findings: Finding[] = []
  if (!lines.revenue) findings.push(...lineMissing('04', 'income', '本年收入合计'))
  if (!lines.total) findings.push(...lineMissing('04', 'income', '总计'))
  const rule = 'summary-total-mismatch'
  if (lines.revenue) {
    const terms = numberedLines(rows, 'income', lines.revenue)
    findings.push(
      ...checkSum({
        ...place(lines.revenue, 'total'),
        rule,
        total: fig(lines.revenue, '本年收入合计'),
        terms: terms.map((r) => fig(r, r.label)),
        termsName: { zh: '三类财政拨款收入之和', en: 'the sum of the three appropriation lines' },
      }),
    )
  }
  if (lines.opening && lines.openingParts.length > 0) {
    findings.push(
      ...checkSum({
        ...place(lines.opening, 'total'),
        rule,
        total: fig(lines.opening, lines.opening.label),
        terms: lines.openingParts.map((r) => fig(r, r.label)),
        termsName: { zh: '其下各类财政拨款之和', en: 'the sum of its lines by fund' },
      }),
    )
  }
  if (lines.total) {
    findings.push(
      ...checkSum({
        ...place(lines.total, 'total'),
        rule,
        total: fig(lines.total, '收入总计'),
        terms: [fig(lines.revenue, '本年收入合计'), fig(lines.opening, '年初财政拨款结转和结余')],
        termsName: { zh: '本年收入合计与年初结转和结余之和', en: 'revenue plus opening balances' },
      }),
    )
  }
  return findings
}

function expenditureSide(rows: readonly AnyRow[]): Finding[] {
  const lines = expenditureLines04(rows)
  const findings: Finding[] = []
  if (!lines.spending) findings.push(...lineMissing('04', 'expenditure', '本年支出合计'))
  if (!lines.total) findings.push(...lineMissing('04', 'expenditure', '总计'))
  const classes = lines.spending ? numberedLines(rows, 'expenditure', lines.spending) : []
  for (const { key } of tableDef('04').columns) {
    if (lines.spending) {
      findings.push(
        ...checkSum({
          ...place(lines.spending, key),
          rule: 'summary-total-mismatch',
          total: fig(lines.spending, named('本年支出合计', key), key),
          terms: classes.map((r) => fig(r, r.label, key)),
          termsName: { zh: '各功能分类支出之和', en: 'the sum of the function-class lines' },
        }),
      )
    }
    if (lines.total) {
      findings.push(
        ...checkSum({
          ...place(lines.total, key),
          rule: 'summary-total-mismatch',
          total: fig(lines.total, named('支出总计', key), key),
          terms: [
            fig(lines.spending, '本年支出合计', key),
            fig(lines.closing, '年末财政拨款结转和结余', key),
          ],
          termsName: {
            zh: '本年支出合计与年末结转和结余之和',
            en: 'expenditure plus closing balances',
          },
        }),
      )
    }
  }
  return findings
}

/** Per fund, soft: 本年支出(f) ≈ 年初(f) + 本年收入(f) − 年末(f); transfers and adjustments may intervene. */
function fundBalances(rows: readonly AnyRow[]): Finding[] {
  const income = incomeLines04(rows)
  const { spending, closing } = expenditureLines04(rows)
  if (!spending) return []
  return FUNDS.flatMap(({ key, name }) =>
    checkSum({
      ...place(spending, key),
      rule: 'summary-balance-mismatch',
      soft: true,
      blankTotal: 'zero',
      total: fig(spending, named('本年支出合计', key), key),
      terms: [
        fig(income.openingOf(name), `年初${name}结转和结余`),
        fig(income.fund(name), `${name}收入`),
        { ...fig(closing, `年末${name}结转和结余`, key), minus: true },
      ],
      termsName: {
        zh: '年初结转和结余 + 本年收入 − 年末结转和结余',
        en: 'opening balance + revenue − closing balance',
      },
    }),
  )
}

/**
 * 04 财政拨款收入支出决算总表: 本年收入合计 = 一 + 二 + 三; 年初 = Σ its fund lines;
 * 收入总计 = 本年收入合计 + 年初; per column 本年支出合计 = Σ class lines and
 * 支出总计 = 本年支出合计 + 年末; 收入总计 = 支出总计; per fund, softly, the balance.
 */
export const summary04: Rule = {
  ids: [
    'summary-total-mismatch',
    'summary-balance-mismatch',
    'summary-line-missing',
    'total-missing',
  ],
  check(report) {
    const rows = report.tables['04'].rows
    const income = incomeLines04(rows)
    const { total } = expenditureLines04(rows)
    const balance =
      income.total && total
        ? checkEqual({
            ...place(total, 'total'),
            rule: 'summary-balance-mismatch',
            value: fig(total, '支出总计'),
            other: fig(income.total, '收入总计'),
          })
        : []
    return [...incomeSide(rows), ...expenditureSide(rows), ...balance, ...fundBalances(rows)]
  },
}
