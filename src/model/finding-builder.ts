import Decimal from 'decimal.js'
import { PLAIN_DECIMAL } from './decimal.ts'
import type { FindingType } from './finding-types.ts'
import type { Finding, FindingTable, Severity } from './finding.ts'

/** Exact for any figure a report prints, as validate/arithmetic.ts's `Dec`. */
const Exact = Decimal.clone({ precision: 40 })

export interface FindingInput {
  rule: FindingType
  severity: Severity
  table: FindingTable
  row?: string | null
  column?: string | null
  /** Decimal strings or decimals; `difference` (actual − expected) is derived, never given. */
  expected?: Decimal | string | null
  actual?: Decimal | string | null
  line?: number | null
  zh: string
  en: string
}

const asString = (v: Decimal | string | null | undefined): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : v.toFixed()

/** The one way to make a finding: the parser's and the validator's alike. */
export function finding(input: FindingInput): Finding {
  const expected = asString(input.expected)
  const actual = asString(input.actual)
  const difference =
    expected !== null &&
    actual !== null &&
    PLAIN_DECIMAL.test(expected) &&
    PLAIN_DECIMAL.test(actual)
      ? new Exact(actual).minus(expected).toFixed()
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
