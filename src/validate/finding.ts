import type { Finding, FindingTable, Severity } from '../model/finding.ts'
import { Dec, plain } from './arithmetic.ts'

export interface FindingInput {
  rule: string
  severity: Severity
  table: FindingTable
  row?: string | null
  column?: string | null
  /** Decimal strings or decimals; `difference` (actual − expected) is derived, never given. */
  expected?: Dec | string | null
  actual?: Dec | string | null
  line?: number | null
  zh: string
  en: string
}

const asString = (v: Dec | string | null | undefined): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : plain(v)

const isDecimal = (s: string) => /^-?\d+(\.\d+)?$/.test(s)

/** The one way to make a finding. */
export function finding(input: FindingInput): Finding {
  const expected = asString(input.expected)
  const actual = asString(input.actual)
  const difference =
    expected !== null && actual !== null && isDecimal(expected) && isDecimal(actual)
      ? plain(new Dec(actual).minus(expected))
      : null
  return {
    rule: input.rule,
    severity: input.severity,
    table: input.table,
    row: input.row ?? null,
    column: input.column ?? null,
    expected,
    actual,
    difference,
    line: input.line ?? null,
    message: { zh: input.zh, en: input.en },
  }
}
