import type { ColumnKey, TableId } from '../model/tables.ts'
import type { DatasetMetadata } from '../model/dataset.ts'
import type { FiscalAnnotation } from './table-schema.ts'

/**
 * What each amount column of 公开01–09表 means in Fiscal Data Package terms: revenue or
 * expenditure (or a balance), approved budget (预算数) or executed (决算数).
 */
type Meaning = Pick<FiscalAnnotation, 'direction' | 'phase'>

const executed = (direction: FiscalAnnotation['direction']): Meaning => ({
  direction,
  phase: 'executed',
})
const approved = (direction: FiscalAnnotation['direction']): Meaning => ({
  direction,
  phase: 'approved',
})

const MEANING: { [T in TableId]: Record<ColumnKey<T>, Meaning> } = {
  '01': { amount: executed('by-side') },
  '02': {
    total_revenue: executed('revenue'),
    fiscal_appropriation_revenue: executed('revenue'),
    superior_subsidy_revenue: executed('revenue'),
    service_revenue: executed('revenue'),
    operating_revenue: executed('revenue'),
    affiliate_remittance_revenue: executed('revenue'),
    other_revenue: executed('revenue'),
  },
  '03': {
    total_expenditure: executed('expenditure'),
    basic_expenditure: executed('expenditure'),
    project_expenditure: executed('expenditure'),
    remittance_to_superior: executed('expenditure'),
    operating_expenditure: executed('expenditure'),
    subsidies_to_affiliates: executed('expenditure'),
  },
  '04': {
    total: executed('by-side'),
    general_public_budget: executed('by-side'),
    government_fund_budget: executed('by-side'),
    state_capital_budget: executed('by-side'),
  },
  '05': {
    total: executed('expenditure'),
    basic_expenditure: executed('expenditure'),
    project_expenditure: executed('expenditure'),
  },
  '06': { amount: executed('expenditure') },
  '07': {
    budget_total: approved('expenditure'),
    budget_overseas_visits: approved('expenditure'),
    budget_vehicles_total: approved('expenditure'),
    budget_vehicle_purchase: approved('expenditure'),
    budget_vehicle_operation: approved('expenditure'),
    budget_receptions: approved('expenditure'),
    actual_total: executed('expenditure'),
    actual_overseas_visits: executed('expenditure'),
    actual_vehicles_total: executed('expenditure'),
    actual_vehicle_purchase: executed('expenditure'),
    actual_vehicle_operation: executed('expenditure'),
    actual_receptions: executed('expenditure'),
  },
  '08': {
    opening_balance: executed('balance'),
    revenue: executed('revenue'),
    expenditure_total: executed('expenditure'),
    basic_expenditure: executed('expenditure'),
    project_expenditure: executed('expenditure'),
    closing_balance: executed('balance'),
  },
  '09': {
    total: executed('expenditure'),
    basic_expenditure: executed('expenditure'),
    project_expenditure: executed('expenditure'),
  },
}

const FACTOR: Record<DatasetMetadata['unit'], number> = { 万元: 10000, 元: 1 }

export function amountMeaning(
  table: TableId,
  column: string,
  unit: DatasetMetadata['unit'],
): FiscalAnnotation {
  const meaning = MEANING[table][column]
  if (!meaning)
    throw new Error(
      `release: no fiscal meaning for table ${table} column ${column}; add it to src/release/fiscal.ts`,
    )
  return { ...money(unit), ...meaning }
}

/** The currency and scale of every amount of the report. */
export function money(unit: DatasetMetadata['unit']): FiscalAnnotation {
  return { currency: 'CNY', unit, factor: FACTOR[unit] }
}

export function codeMeaning(scheme: 'function' | 'economic', fiscalYear: number): FiscalAnnotation {
  return scheme === 'function'
    ? {
        classification: 'functional',
        scheme: `政府收支分类科目 ${fiscalYear}: 支出功能分类 (functional classification of expenditure)`,
      }
    : {
        classification: 'economic',
        scheme: `政府收支分类科目 ${fiscalYear}: 部门预算支出经济分类 (economic classification of departmental expenditure)`,
      }
}
