import type { Finding } from '../../model/finding.ts'
import { TABLES, type TableId, Tables } from '../../model/tables.ts'
import { ReportRefused, unfitModel } from '../refusal.ts'
import { readBody } from './body.ts'
import { basicExpenditureTable } from './basic.ts'
import { codedTable } from './coded.ts'
import { locateTables } from './locate.ts'
import { summaryTable } from './summary.ts'
import { threePublicTable } from './three-public.ts'

const LAYOUT = {
  '01': (title, line, body, f) => summaryTable('01', title, line, body, f),
  '02': (title, line, body, f) => codedTable('02', title, line, body, f),
  '03': (title, line, body, f) => codedTable('03', title, line, body, f),
  '04': (title, line, body, f) => summaryTable('04', title, line, body, f),
  '05': (title, line, body, f) => codedTable('05', title, line, body, f),
  '06': basicExpenditureTable,
  '07': threePublicTable,
  '08': (title, line, body, f) => codedTable('08', title, line, body, f),
  '09': (title, line, body, f) => codedTable('09', title, line, body, f),
} satisfies {
  [T in TableId]: (
    title: string,
    line: number,
    body: ReturnType<typeof readBody>,
    findings: Finding[],
  ) => Tables[T]
}

/** Fewer amounts than this in 01–04 together: the tables were found but their cells were not read. */
const MIN_SUMMARY_AMOUNTS = 4

/**
 * Every department has income and expenditure: 01–04 carry at least the totals. Read (nearly)
 * empty, the text did not separate its cells (a space-separated extraction, a scan): refused,
 * never published as a release of empty tables.
 */
function refuseEmptySummaries(tables: Tables, file: string, pdf: boolean): void {
  const ids = ['01', '02', '03', '04'] as const
  const counts = ids.map(
    (id) =>
      (tables[id].rows as Array<{ amounts: Record<string, string | null> }>)
        .flatMap((r) => Object.values(r.amounts))
        .filter((a) => a !== null).length,
  )
  const total = counts.reduce((a, b) => a + b, 0)
  if (total >= MIN_SUMMARY_AMOUNTS) return
  throw new ReportRefused(
    file,
    `the tables were found, but 公开01表–04表 read ${total === 0 ? 'empty' : 'nearly empty'} (${ids.map((id, k) => `${id}: ${counts[k]} amounts`).join(', ')}), ` +
      'though every report prints its totals there. ' +
      (pdf
        ? 'The PDF has the tables but no figures in them: a blank template, or a scan whose tables are images rather than text, would explain it.'
        : 'The cells of the tables are not separated: a text extraction that puts spaces instead of tabs between cells would explain it. Give gongkai the PDF itself, or a tab-separated extraction.'),
  )
}

const describe = (id: TableId) => `公开${id}表 ${TABLES.find((t) => t.id === id)!.zh}`

/** Reads the nine tables, found by title. A report without all nine is refused, saying which are missing. */
export function parseTables(
  lines: readonly string[],
  file: string,
  pdf = false,
): { tables: Tables; findings: Finding[] } {
  const spans = locateTables(lines)
  const byId = new Map(spans.map((s) => [s.id, s]))
  const missing = TABLES.map((t) => t.id).filter((id) => !byId.has(id))
  if (missing.length === TABLES.length) {
    throw new ReportRefused(
      file,
      `this is not a 部门决算 report that gongkai can read: none of the nine tables (公开01表 收入支出决算总表 … 公开09表 国有资本经营预算财政拨款支出决算表) was found by its title in ${lines.length} lines.`,
    )
  }
  if (missing.length > 0) {
    const last = spans[spans.length - 1]!
    throw new ReportRefused(
      file,
      `the report is incomplete: ${missing.map(describe).join('; ')} ${missing.length === 1 ? 'is' : 'are'} missing. ` +
        `${spans.length} of the nine tables were found; the last, ${describe(last.id)}, starts at line ${last.titleIndex + 1} ` +
        `and the text ends at line ${lines.length}. A truncated file or a different report would explain it.`,
    )
  }
  const findings: Finding[] = []
  const tables = Object.fromEntries(
    TABLES.map(({ id }) => {
      const span = byId.get(id)!
      const parse = LAYOUT[id] as (
        t: string,
        l: number,
        b: ReturnType<typeof readBody>,
        f: Finding[],
      ) => Tables[TableId]
      return [id, parse(span.title, span.titleIndex + 1, readBody(lines, span), findings)]
    }),
  )
  const parsed = Tables.safeParse(tables)
  if (!parsed.success) throw unfitModel(file, parsed.error, tables, 'report.tables')
  refuseEmptySummaries(parsed.data, file, pdf)
  return { tables: parsed.data, findings }
}
