import { z } from 'zod'
import { DecimalString, SourceLine } from './decimal.ts'
import { TableId } from './tables.ts'

/**
 * A validation finding is data, in the manner of frictionless-py: a stable `rule` id
 * (kebab-case) says what kind of finding it is; the rest says where and by how much.
 */
export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

/** 公开01表 … 09表 by number, or the report's other parts. */
export const FindingTable = z.union([
  TableId,
  z.enum(['profile', 'narrative', 'projects', 'performance', 'report']),
])
export type FindingTable = z.infer<typeof FindingTable>

export const Finding = z.strictObject({
  rule: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity: Severity,
  table: FindingTable,
  /** The row as printed: a code, a label or a line number. */
  row: z.string().nullable(),
  column: z.string().nullable(),
  expected: DecimalString.nullable(),
  actual: DecimalString.nullable(),
  difference: DecimalString.nullable(),
  line: SourceLine.nullable(),
  message: z.strictObject({ zh: z.string(), en: z.string() }),
})
export type Finding = z.infer<typeof Finding>

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** The one order findings are reported in: by line, then severity, rule and row. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule) ||
    (a.row ?? '').localeCompare(b.row ?? '') ||
    (a.column ?? '').localeCompare(b.column ?? '')
  )
}
