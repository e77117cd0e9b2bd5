import type { ClassificationScheme } from './classification.ts'

/**
 * The nine standard tables of 部门决算公开 (公开01表 … 公开09表) as plain data: no zod, so the
 * Worker can import it and stay small. The zod schemas of their rows are in tables.ts.
 */
export const TABLE_IDS = ['01', '02', '03', '04', '05', '06', '07', '08', '09'] as const
export type TableId = (typeof TABLE_IDS)[number]

export interface ColumnDef {
  /** snake_case key, used in JSON, CSV headers and rule messages. */
  readonly key: string
  readonly zh: string
  readonly en: string
}

export interface TableDef {
  readonly id: TableId
  /** URL-safe name for files and the API, e.g. `revenue` (the table's CSV is `01-…csv`). */
  readonly slug: string
  /** The 2020 national title; `titles` lists variants seen in real reports. */
  readonly zh: string
  readonly en: string
  readonly titles: readonly string[]
  /** Which classification the row codes belong to; null where rows are labelled lines. */
  readonly codeScheme: ClassificationScheme | null
  /** Two-sided tables (01, 04) carry 收入/支出 sides and 行次 line numbers. */
  readonly sided: boolean
  readonly columns: readonly ColumnDef[]
}

const col = (key: string, zh: string, en: string): ColumnDef => ({ key, zh, en })

export const TABLES = [
  {
    id: '01',
    slug: 'income-expenditure-summary',
    zh: '收入支出决算总表',
    en: 'Summary Table of Final Accounts of Revenue and Expenditure',
    titles: ['收入支出决算总表', '部门收支决算总表'],
    codeScheme: null,
    sided: true,
    columns: [col('amount', '决算数', 'final amount')],
  },
  {
    id: '02',
    slug: 'revenue',
    zh: '收入决算表',
    en: 'Final Accounts of Revenue',
    titles: ['收入决算表', '收入决算总表'],
    codeScheme: 'function',
    sided: false,
    columns: [
      col('total_revenue', '本年收入合计', 'total revenue for the year'),
      col('fiscal_appropriation_revenue', '财政拨款收入', 'fiscal appropriation revenue'),
      col('superior_subsidy_revenue', '上级补助收入', 'subsidies from higher-level units'),
      col('service_revenue', '事业收入', 'public-institution service revenue'),
      col('operating_revenue', '经营收入', 'business (operating) revenue'),
      col('affiliate_remittance_revenue', '附属单位上缴收入', 'remittances from affiliated units'),
      col('other_revenue', '其他收入', 'other revenue'),
    ],
  },
  {
    id: '03',
    slug: 'expenditure',
    zh: '支出决算表',
    en: 'Final Accounts of Expenditure',
    titles: ['支出决算表', '支出决算总表'],
    codeScheme: 'function',
    sided: false,
    columns: [
      col('total_expenditure', '本年支出合计', 'total expenditure for the year'),
      col('basic_expenditure', '基本支出', 'basic expenditure'),
      col('project_expenditure', '项目支出', 'project expenditure'),
      col('remittance_to_superior', '上缴上级支出', 'remittances to higher-level units'),
      col('operating_expenditure', '经营支出', 'business (operating) expenditure'),
      col('subsidies_to_affiliates', '对附属单位补助支出', 'subsidies to affiliated units'),
    ],
  },
  {
    id: '04',
    slug: 'fiscal-appropriation-summary',
    zh: '财政拨款收入支出决算总表',
    en: 'Summary Table of Final Accounts of Fiscal Appropriation Revenue and Expenditure',
    titles: ['财政拨款收入支出决算总表', '财政拨款收支决算总表'],
    codeScheme: null,
    sided: true,
    columns: [
      col('total', '合计', 'total (income side: 金额 amount)'),
      col('general_public_budget', '一般公共预算财政拨款', 'general public budget appropriations'),
      col(
        'government_fund_budget',
        '政府性基金预算财政拨款',
        'government-managed fund budget appropriations',
      ),
      col(
        'state_capital_budget',
        '国有资本经营预算财政拨款',
        'state capital operation budget appropriations',
      ),
    ],
  },
  {
    id: '05',
    slug: 'general-budget-expenditure',
    zh: '一般公共预算财政拨款支出决算表',
    en: 'Final Accounts of Expenditure from General Public Budget Appropriations',
    titles: [
      '一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款收入支出决算表',
      '一般公共预算财政拨款支出决算明细表',
    ],
    codeScheme: 'function',
    sided: false,
    columns: [
      col('total', '小计', 'total expenditure for the year'),
      col('basic_expenditure', '基本支出', 'basic expenditure'),
      col('project_expenditure', '项目支出', 'project expenditure'),
    ],
  },
  {
    id: '06',
    slug: 'general-budget-basic-expenditure',
    zh: '一般公共预算财政拨款基本支出决算表',
    en: 'Final Accounts of Basic Expenditure from General Public Budget Appropriations (by economic classification)',
    titles: ['一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出决算明细表'],
    codeScheme: 'economic',
    sided: false,
    columns: [col('amount', '决算数', 'final amount')],
  },
  {
    id: '07',
    slug: 'three-public-consumptions',
    zh: '一般公共预算财政拨款“三公”经费支出决算表',
    en: 'Final Accounts of "Three Public Consumptions" Expenditure from General Public Budget Appropriations',
    titles: [
      '一般公共预算财政拨款“三公”经费支出决算表',
      '一般公共预算财政拨款"三公"经费支出决算表',
      '财政拨款“三公”经费支出决算表',
      '财政拨款"三公"经费支出决算表',
    ],
    codeScheme: null,
    sided: false,
    columns: [
      col('budget_total', '预算数 合计', 'budget: total'),
      col('budget_overseas_visits', '预算数 因公出国（境）费', 'budget: official overseas visits'),
      col(
        'budget_vehicles_total',
        '预算数 公务用车购置及运行费 小计',
        'budget: official vehicles, subtotal',
      ),
      col('budget_vehicle_purchase', '预算数 公务用车购置费', 'budget: official vehicle purchase'),
      col(
        'budget_vehicle_operation',
        '预算数 公务用车运行费',
        'budget: official vehicle operation',
      ),
      col('budget_receptions', '预算数 公务接待费', 'budget: official receptions'),
      col('actual_total', '决算数 合计', 'actual: total'),
      col('actual_overseas_visits', '决算数 因公出国（境）费', 'actual: official overseas visits'),
      col(
        'actual_vehicles_total',
        '决算数 公务用车购置及运行费 小计',
        'actual: official vehicles, subtotal',
      ),
      col('actual_vehicle_purchase', '决算数 公务用车购置费', 'actual: official vehicle purchase'),
      col(
        'actual_vehicle_operation',
        '决算数 公务用车运行费',
        'actual: official vehicle operation',
      ),
      col('actual_receptions', '决算数 公务接待费', 'actual: official receptions'),
    ],
  },
  {
    id: '08',
    slug: 'government-fund',
    zh: '政府性基金预算财政拨款收入支出决算表',
    en: 'Final Accounts of Revenue and Expenditure of Government-managed Fund Budget Appropriations',
    titles: ['政府性基金预算财政拨款收入支出决算表'],
    codeScheme: 'function',
    sided: false,
    columns: [
      col('opening_balance', '年初结转和结余', 'carry-overs and balances at beginning of year'),
      col('revenue', '本年收入', 'revenue for the year'),
      col('expenditure_total', '本年支出 小计', 'expenditure for the year: subtotal'),
      col('basic_expenditure', '本年支出 基本支出', 'expenditure for the year: basic'),
      col('project_expenditure', '本年支出 项目支出', 'expenditure for the year: project'),
      col('closing_balance', '年末结转和结余', 'carry-overs and balances at end of year'),
    ],
  },
  {
    id: '09',
    slug: 'state-capital',
    zh: '国有资本经营预算财政拨款支出决算表',
    en: 'Final Accounts of Expenditure of State Capital Operation Budget Appropriations',
    titles: ['国有资本经营预算财政拨款支出决算表', '国有资本经营预算财政拨款收入支出决算表'],
    codeScheme: 'function',
    sided: false,
    columns: [
      col('total', '合计', 'total expenditure for the year'),
      col('basic_expenditure', '基本支出', 'basic expenditure'),
      col('project_expenditure', '项目支出', 'project expenditure'),
    ],
  },
] as const satisfies readonly TableDef[]

export type TableDefOf<T extends TableId> = Extract<(typeof TABLES)[number], { id: T }>
export type ColumnKey<T extends TableId> = TableDefOf<T>['columns'][number]['key']

export function tableDef(id: TableId): TableDef {
  return TABLES.find((t) => t.id === id)!
}

/** Each table's URL name by number: `03` → `expenditure`. */
export const TABLE_SLUGS = Object.fromEntries(TABLES.map((t) => [t.id, t.slug])) as Record<
  TableId,
  string
>
