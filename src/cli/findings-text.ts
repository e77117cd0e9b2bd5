import type { Finding, FindingTable } from '../model/finding.ts'

const TABLE_TITLES: Record<string, string> = {
  report: '报告 report',
  profile: '概况 profile',
  narrative: '情况说明 narrative',
  projects: '项目 projects',
  performance: '绩效评价 performance',
}

const titleOf = (table: FindingTable) => TABLE_TITLES[table] ?? `公开${table}表`
const MARK = { error: '✗', warning: '!', info: 'i' } as const

/** The readable summary of `gongkai validate`: findings grouped by table, then counts. */
export function findingsText(file: string, findings: readonly Finding[]): string {
  const groups = new Map<FindingTable, Finding[]>()
  for (const f of findings) groups.set(f.table, [...(groups.get(f.table) ?? []), f])
  const out: string[] = [file]
  for (const [table, list] of [...groups.entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    out.push('', `${titleOf(table)}`)
    for (const f of list) {
      const where = [f.line !== null ? `line ${f.line}` : null, f.row, f.column]
        .filter(Boolean)
        .join(' · ')
      out.push(
        `  ${MARK[f.severity]} ${f.severity.padEnd(7)} ${f.rule} (${where})`,
        `      ${f.message.zh}`,
        `      ${f.message.en}`,
      )
    }
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length
  out.push('', `${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos`)
  return out.join('\n')
}
