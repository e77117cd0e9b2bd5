import { z } from 'zod'
import { DecimalString, SourceLine } from './decimal.ts'
import { TABLE_IDS, TableId } from './tables.ts'

/**
 * A validation finding is data, in the manner of frictionless-py: a stable `rule` id
 * (kebab-case) says what kind of finding it is; the rest says where and by how much.
 */
export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

const PARTS = ['profile', 'narrative', 'projects', 'performance', 'report'] as const

/** 公开01表 … 09表 by number, or the report's other parts. */
export const FindingTable = z.union([TableId, z.enum(PARTS)])
export type FindingTable = z.infer<typeof FindingTable>

/** Every `table` a finding can point at: the nine tables, then the parts. */
export const FINDING_TABLES: readonly FindingTable[] = [...TABLE_IDS, ...PARTS]

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
const byCodeUnit = (a: string | null, b: string | null) =>
  (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0

/**
 * The one order findings are reported in: by line, then severity, rule, row and column, every
 * field breaking ties. Text compares by code unit, never `localeCompare`: that follows the
 * machine's locale (zh-CN sorts Han by pinyin), and a release must be the same bytes everywhere.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    byCodeUnit(a.rule, b.rule) ||
    byCodeUnit(a.row, b.row) ||
    byCodeUnit(a.column, b.column) ||
    byCodeUnit(a.table, b.table) ||
    byCodeUnit(a.message.en, b.message.en) ||
    byCodeUnit(a.message.zh, b.message.zh) ||
    byCodeUnit(a.expected, b.expected) ||
    byCodeUnit(a.actual, b.actual)
  )
}
