import { ingest } from '../../src/ingest/index.ts'
import { parseNarrative } from '../../src/ingest/narrative.ts'
import { locateParts } from '../../src/ingest/parts.ts'
import { parsePerformance } from '../../src/ingest/performance/index.ts'
import { parseProfile } from '../../src/ingest/profile.ts'
import { parseProjects } from '../../src/ingest/projects.ts'
import { decodeSource } from '../../src/ingest/source.ts'
import type { Finding } from '../../src/model/finding.ts'
import { Report } from '../../src/model/report.ts'
import type { Rule } from '../../src/validate/rule.ts'
import { SEED_FILE, seedBytes } from '../support/seed.ts'

let parsed: Promise<Report> | undefined

async function parse(): Promise<Report> {
  const { report } = await ingest(seedBytes(), SEED_FILE)
  const { lines } = await decodeSource(seedBytes(), SEED_FILE)
  const parts = locateParts(lines)
  // The non-table parts, from their own parsers: the same whether or not ingest() wires them yet.
  return Report.parse({
    ...report,
    profile: parseProfile(lines, parts).value,
    narrative: parseNarrative(lines, parts).value,
    projects: parseProjects(lines, parts).value,
    performance: parsePerformance(lines, parts).value,
  })
}

/** The seed report with every part, parsed once; each call returns a deep copy the test may alter. */
export async function seedReport(): Promise<Report> {
  parsed ??= parse()
  return structuredClone(await parsed)
}

/** Runs rules and keeps what a test compares: rule, severity, line, expected, actual. */
export function check(rules: Rule | readonly Rule[], report: Report) {
  return [rules]
    .flat()
    .flatMap((r) => r.check(report))
    .map(short)
}

export const short = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  line: f.line,
  expected: f.expected,
  actual: f.actual,
})

/** The one stated figure at a line with this key and measure, to alter. */
export function figureAt(report: Report, line: number, key: string, measure: string) {
  const found = report.narrative.figures.filter(
    (f) => f.line === line && f.key === key && f.measure === measure,
  )
  if (found.length !== 1)
    throw new Error(`${found.length} figures at line ${line} for ${key} ${measure}`)
  return found[0]!
}

/** Sets one table cell: the row with this label (合计, 人员经费合计 …) or code. */
export function setCell(
  report: Report,
  id: keyof Report['tables'],
  row: string,
  column: string,
  value: string | null,
) {
  const found = report.tables[id].rows.filter(
    (r) => r.side !== 'income' && (r.code === row || (r.code === null && r.label === row)),
  )
  if (found.length !== 1) throw new Error(`table ${id}: ${found.length} rows ${row}`)
  ;(found[0]!.amounts as Record<string, string | null>)[column] = value
}
