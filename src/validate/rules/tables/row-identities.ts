import type { Finding } from '../../../model/finding.ts'
import type { Side, TableId } from '../../../model/tables.ts'
import type { Rule } from '../../rule.ts'
import { checkSum } from './compare.ts'
import { type AnyRow, columnFigure, rowKey, type Text, whereRow } from './rows.ts'

/** A column that is the sum of other columns of the same row. */
interface RowIdentity {
  table: TableId
  /** Only rows on this side (04: the expenditure side carries the fund columns). */
  side?: Side
  total: string
  terms: readonly string[]
  termsName: Text
}

const IDENTITIES: readonly RowIdentity[] = [
  {
    table: '02',
    total: 'total_revenue',
    terms: [
      'fiscal_appropriation_revenue',
      'superior_subsidy_revenue',
      'service_revenue',
      'operating_revenue',
      'affiliate_remittance_revenue',
      'other_revenue',
    ],
    termsName: { zh: '六项收入之和', en: 'the sum of the six sources' },
  },
  {
    table: '03',
    total: 'total_expenditure',
    terms: [
      'basic_expenditure',
      'project_expenditure',
      'remittance_to_superior',
      'operating_expenditure',
      'subsidies_to_affiliates',
    ],
    termsName: { zh: '五项支出之和', en: 'the sum of the five kinds of expenditure' },
  },
  {
    table: '04',
    side: 'expenditure',
    total: 'total',
    terms: ['general_public_budget', 'government_fund_budget', 'state_capital_budget'],
    termsName: { zh: '三类财政拨款之和', en: 'the sum of the three kinds of appropriation' },
  },
  ...(['05', '08', '09'] as const).map((table) => ({
    table,
    total: table === '08' ? 'expenditure_total' : 'total',
    terms: ['basic_expenditure', 'project_expenditure'],
    termsName: { zh: '基本支出与项目支出之和', en: 'basic plus project expenditure' },
  })),
  ...(['budget', 'actual'] as const).flatMap((group) => {
    const zh = group === 'budget' ? '预算数' : '决算数'
    return [
      {
        table: '07' as const,
        total: `${group}_total`,
        terms: [`${group}_overseas_visits`, `${group}_vehicles_total`, `${group}_receptions`],
        termsName: { zh: `${zh}三项之和`, en: `the sum of the three ${group} items` },
      },
      {
        table: '07' as const,
        total: `${group}_vehicles_total`,
        terms: [`${group}_vehicle_purchase`, `${group}_vehicle_operation`],
        termsName: { zh: `${zh}购置费与运行费之和`, en: `${group} purchase plus operation` },
      },
    ]
  }),
]

function checkRow(rule: RowIdentity, row: AnyRow): Finding[] {
  return checkSum({
    rule: 'row-sum-mismatch',
    table: rule.table,
    row: rowKey(row),
    column: rule.total,
    line: row.line,
    where: whereRow(rule.table, row),
    total: columnFigure(rule.table, row, rule.total),
    terms: rule.terms.map((key) => columnFigure(rule.table, row, key)),
    termsName: rule.termsName,
  })
}

/** 08, each row: 年末结转和结余 ≈ 年初 + 本年收入 − 本年支出 (soft: transfers and adjustments). */
function fundBalance(row: AnyRow): Finding[] {
  const f = (key: string, minus = false) => ({ ...columnFigure('08', row, key), minus })
  return checkSum({
    rule: 'row-balance-mismatch',
    table: '08',
    row: rowKey(row),
    column: 'closing_balance',
    line: row.line,
    where: whereRow('08', row),
    total: f('closing_balance'),
    terms: [f('opening_balance'), f('revenue'), f('expenditure_total', true)],
    termsName: { zh: '年初 + 本年收入 − 本年支出', en: 'opening + revenue − expenditure' },
    soft: true,
    blankTotal: 'zero',
  })
}

/** Within each row: totals across columns (02, 03, 04 expenditure side, 05, 07, 08, 09). */
export const rowIdentities: Rule = {
  ids: ['row-sum-mismatch', 'row-balance-mismatch', 'total-missing'],
  check(report) {
    const findings = IDENTITIES.flatMap((rule) =>
      report.tables[rule.table].rows
        .filter((row) => rule.side === undefined || row.side === rule.side)
        .flatMap((row) => checkRow(rule, row)),
    )
    return [...findings, ...report.tables['08'].rows.flatMap(fundBalance)]
  },
}
