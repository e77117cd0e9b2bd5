import { compareFindings, type Finding, type Severity } from '../model/finding.ts'
import type { Report } from '../model/report.ts'
import { TableId, tableDef } from '../model/tables.ts'
import { summarize } from '../validate/index.ts'
import { tableResourceName } from './resources/tables.ts'

/**
 * `validation-report.json`, shaped like a frictionless-py report: `valid`, `stats`, and the
 * findings as error objects (`type` is the rule id; `resource`, `rowNumber` and `fieldName` say
 * where in the release's CSVs, counting the header as row 1; `line` says where in the source).
 * Errors make the report invalid; warnings and infos are listed apart and do not.
 */
export function validationReport(
  report: Report,
  findings: readonly Finding[],
): Record<string, unknown> {
  const sorted = [...findings].sort(compareFindings)
  const of = (s: Severity) => sorted.filter((f) => f.severity === s).map((f) => entry(report, f))
  const { valid, stats } = summarize(sorted)
  return {
    valid,
    stats: { ...stats, findings: sorted.length },
    errors: of('error'),
    warnings: of('warning'),
    infos: of('info'),
  }
}

function entry(report: Report, f: Finding): Record<string, unknown> {
  const table = TableId.safeParse(f.table)
  const where = table.success
    ? locate(report, table.data, f)
    : { resource: partResource(f.table), rowNumber: null }
  return {
    type: f.rule,
    severity: f.severity,
    message: f.message.en,
    messageZh: f.message.zh,
    table: f.table,
    resource: where.resource,
    rowNumber: where.rowNumber,
    row: f.row,
    fieldName: f.column,
    line: f.line,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
  }
}

/** The CSV row of a finding: the row on its line, the one named by `row` where a line holds two or three. */
function locate(
  report: Report,
  id: TableId,
  f: Finding,
): { resource: string; rowNumber: number | null } {
  const rows = report.tables[id].rows.map((r, i) => ({ r, i })).filter(({ r }) => r.line === f.line)
  const named = rows.find(({ r }) => f.row !== null && [r.code, r.label, r.lineNo].includes(f.row))
  const index = (named ?? rows[0])?.i
  return {
    resource: tableResourceName(tableDef(id)),
    rowNumber: index === undefined ? null : index + 2,
  }
}

const PART_RESOURCE: Record<string, string | null> = {
  narrative: 'narrative-figures',
  projects: 'projects',
  performance: 'self-evaluations',
  profile: null,
  report: null,
}

function partResource(part: string): string | null {
  return PART_RESOURCE[part] ?? null
}
