import type { TableId } from '../../model/tables.ts'
import type { ColumnAliases } from './header.ts'

/**
 * What the amount columns of each table are called in the headers of real reports, most
 * specific first: "本年收入合计" is the total only once no source column's name matched it.
 */
export const AMOUNT_ALIASES: Record<Exclude<TableId, '01' | '04' | '06' | '07'>, ColumnAliases> = {
  '02': [
    ['fiscal_appropriation_revenue', /财政拨款/],
    ['superior_subsidy_revenue', /上级补助/],
    ['service_revenue', /事业收入/],
    ['operating_revenue', /经营收入/],
    ['affiliate_remittance_revenue', /附属单位/],
    ['other_revenue', /其他收入/],
    ['total_revenue', /合计|总计|小计/],
  ],
  '03': [
    ['basic_expenditure', /基本支出/],
    ['project_expenditure', /项目支出/],
    ['remittance_to_superior', /上缴上级/],
    ['operating_expenditure', /经营支出/],
    ['subsidies_to_affiliates', /附属单位/],
    ['total_expenditure', /合计|总计|小计/],
  ],
  '05': [
    ['basic_expenditure', /基本支出/],
    ['project_expenditure', /项目支出/],
    ['total', /合计|总计|小计|本年支出/],
  ],
  '08': [
    ['opening_balance', /年初/],
    ['closing_balance', /年末/],
    ['revenue', /收入/],
    ['basic_expenditure', /基本支出/],
    ['project_expenditure', /项目支出/],
    ['expenditure_total', /小计|合计|本年支出/],
  ],
  '09': [
    ['basic_expenditure', /基本支出/],
    ['project_expenditure', /项目支出/],
    ['total', /小计|合计|本年支出/],
  ],
}

/** 01 and 04: the income side's one amount, and the expenditure side's columns. */
export const SUMMARY_ALIASES: Record<
  '01' | '04',
  { income: ColumnAliases; expenditure: ColumnAliases }
> = {
  '01': {
    income: [['amount', /决算数|金额|本年数|合计/]],
    expenditure: [['amount', /决算数|金额|本年数|合计/]],
  },
  '04': {
    income: [['total', /决算数|金额|本年数|合计/]],
    expenditure: [
      ['general_public_budget', /一般公共预算/],
      ['government_fund_budget', /政府性基金/],
      ['state_capital_budget', /国有资本/],
      ['total', /合计|小计|决算数|金额/],
    ],
  },
}
