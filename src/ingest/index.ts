import { compareFindings, type Finding } from '../model/finding.ts'
import { Report } from '../model/report.ts'
import { readCover } from './cover.ts'
import { locateParts } from './parts.ts'
import { ReportRefused } from './refusal.ts'
import { decodeSource } from './source.ts'
import { parseTables } from './tables/index.ts'

export { ReportRefused } from './refusal.ts'

export interface Ingested {
  report: Report
  /** `info` findings for each extraction glitch repaired, with the original text. */
  findings: Finding[]
}

/**
 * report text → model. Reads all of the report; refuses (ReportRefused) what is not such a
 * report, naming what is missing. Whatever it reads it keeps exactly; it repairs only
 * extraction glitches, each recorded as a finding.
 */
export async function ingest(bytes: Uint8Array, file: string): Promise<Ingested> {
  const source = await decodeSource(bytes, file)
  const { lines } = source
  const { tables, findings } = parseTables(lines, file)
  const parts = locateParts(lines)
  void parts
  const cover = readCover(lines)
  const department = cover.department ?? tables['01'].department
  if (department === null || cover.fiscalYear === null) {
    throw new ReportRefused(file, 'the cover (年度 and 部门 in the first lines) was not found; expected e.g. "2020年度" followed by the department name.')
  }
  const report = Report.parse({
    source: source.info,
    department,
    fiscalYear: cover.fiscalYear,
    profile: { duties: [], internalUnits: { count: null, names: [], line: null }, budgetUnits: null },
    tables,
    narrative: { sections: [], figures: [] },
    projects: { stated: null, items: [] },
    performance: { facts: [], projects: [], selfEvaluations: [] },
  })
  return { report, findings: findings.sort(compareFindings) }
}
