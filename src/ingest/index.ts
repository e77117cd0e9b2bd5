import { compareFindings, type Finding } from '../model/finding.ts'
import { Report } from '../model/report.ts'
import { readCover } from './cover.ts'
import { parseNarrative } from './narrative.ts'
import { locateParts, missingParts, type PartName } from './parts.ts'
import { finding } from '../model/finding-builder.ts'
import { parsePerformance } from './performance/index.ts'
import { parseProfile } from './profile.ts'
import { parseProjects } from './projects.ts'
import { ReportRefused, unfitModel } from './refusal.ts'
import { extractedSource } from './pdf/source.ts'
import { isPdf } from './pdf/index.ts'
import { decodeSource } from './source.ts'
import { parseTables } from './tables/index.ts'

export { ReportRefused } from './refusal.ts'

/** The report's fields each part fills: without the part, the field is not read. */
const UNREAD_WHEN_MISSING = [
  ['profile', 'profile'],
  ['narrative', 'narrative'],
  ['annexes', 'performance'],
] as const satisfies ReadonlyArray<readonly [PartName, Report['unread'][number]]>

const PART_TITLES: Record<Report['unread'][number], { zh: string; en: string }> = {
  profile: { zh: '部门概况', en: 'the department profile (概况)' },
  narrative: { zh: '部门决算情况说明', en: 'the narrative (情况说明)' },
  performance: {
    zh: '附件（绩效评价报告及自评表）',
    en: 'the annexes (performance report and self-evaluations)',
  },
}

function partNotRead(field: Report['unread'][number], lines: number): Finding {
  const title = PART_TITLES[field]
  return finding({
    rule: 'part-not-read',
    severity: 'info',
    table: field === 'profile' ? 'profile' : field === 'narrative' ? 'narrative' : 'performance',
    row: field,
    line: lines,
    zh: `未找到${title.zh}，未读取；相关校验已跳过。这表示未读取，不表示报告中没有内容。`,
    en: `Not found, so not read: ${title.en}; the rules that need it were skipped. Not read is not empty.`,
  })
}

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
  const source = isPdf(bytes) ? await extractedSource(bytes, file) : await decodeSource(bytes, file)
  const { lines } = source
  const { tables, findings } = parseTables(lines, file, source.info.pdf !== undefined)
  const tablesAt = Math.min(...Object.values(tables).map((t) => t.line - 1))
  const missing = missingParts(lines, ['tables'])
  if (missing.length > 0) {
    throw new ReportRefused(
      file,
      `the report is incomplete: its table of contents lists ${missing.map((m) => `"${m.heading}" (line ${m.line})`).join(', ')}, ` +
        `but the text ends at line ${lines.length} without reaching ${missing.length === 1 ? 'it' : 'them'}. A truncated file would explain it.`,
    )
  }
  const parts = locateParts(lines, tablesAt)
  const profile = parseProfile(lines, parts)
  const narrative = parseNarrative(lines, parts)
  const projects = parseProjects(lines, parts)
  const performance = parsePerformance(lines, parts)
  findings.push(
    ...profile.findings,
    ...narrative.findings,
    ...projects.findings,
    ...performance.findings,
  )
  const cover = readCover(lines)
  const department = cover.department ?? tables['01'].department
  if (department === null || cover.fiscalYear === null) {
    throw new ReportRefused(
      file,
      'the cover (年度 and 部门 in the first lines) was not found; expected e.g. "2020年度" followed by the department name.',
    )
  }
  const unread = UNREAD_WHEN_MISSING.filter(([part]) => !parts[part]).map(([, field]) => field)
  for (const field of unread) findings.push(partNotRead(field, lines.length))
  const read = {
    unread,
    source: source.info,
    department,
    fiscalYear: cover.fiscalYear,
    profile: profile.value,
    tables,
    narrative: narrative.value,
    projects: projects.value,
    performance: performance.value,
  }
  const report = Report.safeParse(read)
  if (!report.success) throw unfitModel(file, report.error, read, 'report')
  return { report: report.data, findings: findings.sort(compareFindings) }
}
