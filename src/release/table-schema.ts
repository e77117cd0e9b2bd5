/**
 * The part of Frictionless Table Schema 2.0 a release uses (https://datapackage.org/standard/table-schema/),
 * and the rows that go with it. A cell is a string (text, or an exact decimal as printed), a
 * safe integer, or null (blank). Decimals never become JS numbers.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean'

export interface FieldConstraints {
  required?: boolean
  unique?: boolean
  enum?: string[]
  minimum?: number
  /** An XML Schema regular expression, implicitly anchored (as Table Schema says). */
  pattern?: string
}

/** Fiscal meaning of a column, after the Fiscal Data Package (a custom property). */
export interface FiscalAnnotation {
  currency?: 'CNY'
  /** 金额单位 as printed (万元) and the factor that turns it into yuan. */
  unit?: string
  factor?: number
  /** `by-side`: revenue where `side` is income, expenditure where it is expenditure. */
  direction?: 'revenue' | 'expenditure' | 'balance' | 'by-side'
  phase?: 'approved' | 'executed'
  /** For code columns: 支出功能分类 (functional) or 支出经济分类 (economic). */
  classification?: 'functional' | 'economic'
  scheme?: string
}

export interface Field {
  name: string
  type: FieldType
  title?: string
  description?: string
  decimalChar?: '.'
  constraints?: FieldConstraints
  fiscal?: FiscalAnnotation
}

export interface ForeignKey {
  fields: string[]
  reference: { resource: string; fields: string[] }
}

export interface TableSchema {
  fields: Field[]
  /** An empty CSV field is null in every column (a blank in the source, never zero). */
  missingValues: string[]
  primaryKey?: string[]
  uniqueKeys?: string[][]
  foreignKeys?: ForeignKey[]
}

export type Cell = string | number | null
export type Row = readonly Cell[]

/** A table of a release: one CSV (and its Excel twin), one Data Package resource. */
export interface TabularResource {
  /** Resource name and file stem, e.g. `03-expenditure`. */
  name: string
  title: string
  description: string
  schema: TableSchema
  rows: Row[]
  /**
   * Keys to try in order. The first that is unique on the rows is declared: as the primary key
   * when none of its cells is empty, else as a unique key. Only what holds is declared.
   */
  candidateKeys?: string[][]
  /** Foreign keys to declare where they hold on the data. */
  candidateForeignKeys?: ForeignKey[]
}

export function schemaOf(fields: Field[]): TableSchema {
  return { fields: fields.map(withoutEmptyConstraints), missingValues: [''] }
}

function withoutEmptyConstraints({ constraints, ...field }: Field): Field {
  return constraints && Object.keys(constraints).length ? { ...field, constraints } : field
}

export const SOURCE_LINE_FIELD: Field = {
  name: 'line',
  type: 'integer',
  title: '行号 (source line)',
  description: 'The 1-based line of the source report this figure was read from: its provenance.',
  constraints: { required: true, minimum: 1 },
}

/** An exact decimal column. */
export function decimalField(
  name: string,
  title: string,
  description: string,
  required = false,
): Field {
  return {
    name,
    type: 'number',
    title,
    description,
    decimalChar: '.',
    constraints: required ? { required: true } : {},
  }
}

export const EXACT_DECIMALS =
  'Exact decimal as printed in the source (e.g. "0.09", "15", "606.71"): no exponent, no group separator, ' +
  'never rounded; read it as a decimal, not a binary float. An empty field is a blank cell in the source, not zero.'
