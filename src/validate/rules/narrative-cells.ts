import type { Amount } from '../../model/decimal.ts'
import type { FigureKey, NarrativeFigure } from '../../model/narrative.ts'
import type { Report } from '../../model/report.ts'
import type { TableId } from '../../model/tables.ts'
import { plain, sum } from '../arithmetic.ts'
import { classTerms, OFFICE_CLASSES, STAFF_CLASSES } from './tables/basic-06.ts'
import { type AnyRow, cellFigure, findLine, isTotalRow, type Text } from './tables/rows.ts'

/** The table figure a stated figure should equal, named for messages, with the figures it is built from. */
export interface TableFigure {
  table: TableId
  value: Amount
  name: Text
  figures: Amount[]
  /** The table holds only part of what the narrative counts (06 is basic spending only): a soft check. */
  soft: boolean
}

type Locate = (report: Report, f: NarrativeFigure) => TableFigure | null

const cell =
  (
    id: TableId,
    pick: (rows: readonly AnyRow[], f: NarrativeFigure) => AnyRow | undefined,
    column: string,
    soft = false,
  ): Locate =>
  (report, f) => {
    const row = pick(report.tables[id].rows, f)
    const figure = cellFigure(id, row, column, f.code ?? '')
    if (!row)
      return {
        table: id,
        value: null,
        name: { zh: `${figure.zh}（表中无此行）`, en: `${figure.en} (no such row)` },
        figures: [],
        soft,
      }
    return { table: id, value: figure.value, name: figure, figures: [figure.value], soft }
  }

const total = (rows: readonly AnyRow[]) => rows.find(isTotalRow)
const line = (side: 'income' | 'expenditure' | null, name: string) => (rows: readonly AnyRow[]) =>
  findLine(rows, side, name)
const byCode = (code: string) => (rows: readonly AnyRow[]) => rows.find((r) => r.code === code)

/** 06 人员经费合计 / 公用经费合计 as printed; when left blank, the sum of its 款 (say so). */
const bottomLine =
  (name: string, classes: readonly string[]): Locate =>
  (report) => {
    const rows = report.tables['06'].rows
    const row = findLine(rows, null, name)
    if (row && row.amounts && (row.amounts as Record<string, Amount>).amount !== null) {
      const value = (row.amounts as Record<string, Amount>).amount ?? null
      return {
        table: '06',
        value,
        name: { zh: `06表 ${name}`, en: `table 06 ${name}` },
        figures: [value],
        soft: false,
      }
    }
    const terms = classes.flatMap((c) => classTerms(rows, c)).map((t) => t.value)
    const value = plain(sum(terms))
    return {
      table: '06',
      value,
      name: {
        zh: `06表 ${classes.join('、')} 各款之和（${name}未印出）`,
        en: `the sum of the sections of ${classes.join(', ')} in table 06 (${name} is blank)`,
      },
      figures: terms,
      soft: false,
    }
  }

const REVENUE: Partial<Record<FigureKey, string>> = {
  'revenue.total': 'total_revenue',
  'revenue.fiscal_appropriation': 'fiscal_appropriation_revenue',
  'revenue.superior_subsidy': 'superior_subsidy_revenue',
  'revenue.service': 'service_revenue',
  'revenue.operating': 'operating_revenue',
  'revenue.affiliate_remittance': 'affiliate_remittance_revenue',
  'revenue.other': 'other_revenue',
}
const EXPENDITURE: Partial<Record<FigureKey, string>> = {
  'expenditure.total': 'total_expenditure',
  'expenditure.basic': 'basic_expenditure',
  'expenditure.project': 'project_expenditure',
  'expenditure.remittance_to_superior': 'remittance_to_superior',
  'expenditure.operating': 'operating_expenditure',
  'expenditure.subsidies_to_affiliates': 'subsidies_to_affiliates',
}
const THREE_PUBLIC: Partial<Record<FigureKey, string>> = {
  'three_public.total': 'total',
  'three_public.overseas_visits': 'overseas_visits',
  'three_public.vehicles': 'vehicles_total',
  'three_public.vehicle_purchase': 'vehicle_purchase',
  'three_public.vehicle_operation': 'vehicle_operation',
  'three_public.receptions': 'receptions',
}
const GOVERNMENT_FUND: Partial<Record<FigureKey, string>> = {
  'government_fund.revenue': 'revenue',
  'government_fund.opening_balance': 'opening_balance',
  'government_fund.expenditure': 'expenditure_total',
  'government_fund.basic': 'basic_expenditure',
  'government_fund.project': 'project_expenditure',
  'government_fund.closing_balance': 'closing_balance',
}

const AMOUNTS: Partial<Record<FigureKey, Locate>> = {
  'revenue_expenditure.total': cell('01', line('income', '总计'), 'amount'),
  'fiscal.total': cell('04', line('income', '总计'), 'total'),
  'general_budget.expenditure': cell('05', total, 'total'),
  'general_budget.function': (report, f) =>
    f.code ? cell('05', byCode(f.code), 'total')(report, f) : null,
  'general_budget.basic': cell('05', total, 'basic_expenditure'),
  'general_budget.personnel': bottomLine('人员经费合计', STAFF_CLASSES),
  'general_budget.public': bottomLine('公用经费合计', OFFICE_CLASSES),
  operating_costs: (report, f) => ({
    ...bottomLine('公用经费合计', OFFICE_CLASSES)(report, f)!,
    soft: true,
  }),
  meetings: cell(
    '06',
    (rows) => rows.find((r) => r.code === '30215' || r.label === '会议费'),
    'amount',
    true,
  ),
  training: cell(
    '06',
    (rows) => rows.find((r) => r.code === '30216' || r.label === '培训费'),
    'amount',
    true,
  ),
  ...Object.fromEntries(Object.entries(REVENUE).map(([k, c]) => [k, cell('02', total, c)])),
  ...Object.fromEntries(Object.entries(EXPENDITURE).map(([k, c]) => [k, cell('03', total, c)])),
  ...Object.fromEntries(
    Object.entries(THREE_PUBLIC).map(([k, c]) => [k, cell('07', total, `actual_${c}`)]),
  ),
  ...Object.fromEntries(Object.entries(GOVERNMENT_FUND).map(([k, c]) => [k, cell('08', total, c)])),
}

const BUDGETS: Partial<Record<FigureKey, Locate>> = Object.fromEntries(
  Object.entries(THREE_PUBLIC).map(([k, c]) => [k, cell('07', total, `budget_${c}`)]),
)

/** The table figure a stated amount or budget should equal; null when the tables do not hold it. */
export function tableFigure(report: Report, f: NarrativeFigure): TableFigure | null {
  if (f.key === null) return null
  const locate =
    f.measure === 'amount' ? AMOUNTS[f.key] : f.measure === 'budget' ? BUDGETS[f.key] : undefined
  return locate ? locate(report, f) : null
}

/** What a share is of, by the key of its subject: 本年收入合计, 本年支出合计, 05 合计, 基本支出, 三公 决算合计. */
const SHARE_BASE: ReadonlyArray<readonly [RegExp, Locate]> = [
  [/^revenue\./, cell('02', total, 'total_revenue')],
  [/^expenditure\./, cell('03', total, 'total_expenditure')],
  [/^general_budget\.expenditure$/, cell('03', total, 'total_expenditure')],
  [/^general_budget\.function$/, cell('05', total, 'total')],
  [/^general_budget\.(personnel|public)$/, cell('05', total, 'basic_expenditure')],
  [/^three_public\./, cell('07', total, 'actual_total')],
]

export function shareBase(report: Report, f: NarrativeFigure): TableFigure | null {
  const key = f.key
  if (key === null) return null
  const locate = SHARE_BASE.find(([re]) => re.test(key))?.[1]
  return locate ? locate(report, f) : null
}
