import { ingest } from '../../../src/ingest/index.ts'
import type { Finding } from '../../../src/model/finding.ts'
import type { Report } from '../../../src/model/report.ts'
import type { TableId } from '../../../src/model/tables.ts'
import type { Rule } from '../../../src/validate/rule.ts'
import { SEED_FILE, seedBytes } from '../../support/seed.ts'

let parsed: Promise<Report> | undefined

/** The seed report, parsed once; each call returns a deep copy the test may alter. */
export async function seed(): Promise<Report> {
  parsed ??= ingest(seedBytes(), SEED_FILE).then((r) => r.report)
  return structuredClone(await parsed)
}

type AnyRow = Report['tables'][TableId]['rows'][number]

/** The one row of a table with this code, or this label (and side, for 01/04). */
export function rowOf(
  report: Report,
  id: TableId,
  key: string,
  side: AnyRow['side'] = null,
): AnyRow {
  const rows = report.tables[id].rows.filter(
    (r) => (r.code === key && r.side !== 'income') || (r.label === key && r.side === side),
  )
  if (rows.length !== 1) throw new Error(`table ${id}: ${rows.length} rows match ${key}`)
  return rows[0]!
}

/** Sets one cell (a decimal string, or null for blank). */
export function setCell(
  report: Report,
  id: TableId,
  key: string,
  column: string,
  value: string | null,
  side: AnyRow['side'] = null,
): void {
  ;(rowOf(report, id, key, side).amounts as Record<string, string | null>)[column] = value
}

/** Findings reduced to what a test compares: rule, severity, table, row, column, expected, actual. */
export function brief(findings: readonly Finding[]) {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    table: f.table,
    row: f.row,
    column: f.column,
    expected: f.expected,
    actual: f.actual,
  }))
}

export const run = (rule: Rule, report: Report) => rule.check(report)
