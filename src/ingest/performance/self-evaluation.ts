import type { Finding } from '../../model/finding.ts'
import type { EvaluationTotal, FundingRow, SelfEvaluation } from '../../model/performance.ts'
import { type CellPlace, compact, isTabRow, readDecimal, splitCells } from '../tables/cells.ts'
import { readRate, type Row, unshift } from './cells.ts'
import { indicatorColumns, readIndicators } from './indicators.ts'

/** "2020 年度部门整体支出绩效自评表", "2020 年度项目支出绩效自评表": found by title, not position. */
const TITLE = /^(\d{4}年度)?(部门整体支出|项目支出)绩效自评表$/

export function isSelfEvaluationTitle(line: string): boolean {
  return TITLE.test(compact(line))
}

const FUNDING_LABEL = /^(合计|其中[：:]?当年财政拨款|上年结转资金|其他资金)$/
const FUNDING_COLUMNS = {
  initialBudget: /^年初预算数$/,
  fullYearBudget: /^全年预算数$/,
  executed: /^全年执行数$/,
  weight: /^分值$/,
  executionRate: /^执行率$/,
  score: /^得分/,
} as const

/** The first non-empty cell after the one labelled `label`. */
function after(cells: readonly string[], label: RegExp): string | null {
  const at = cells.findIndex((c) => label.test(compact(c)))
  return at < 0 ? null : (cells.slice(at + 1).find((c) => c !== '') ?? null)
}

function funding(
  header: readonly string[],
  rows: readonly Row[],
  findings: Finding[],
): FundingRow[] {
  const col = Object.fromEntries(
    Object.entries(FUNDING_COLUMNS).map(([k, re]) => [
      k,
      header.findIndex((c) => re.test(compact(c))),
    ]),
  ) as Record<keyof typeof FUNDING_COLUMNS, number>
  return rows
    .filter((r) => r.cells.slice(0, 3).some((c) => FUNDING_LABEL.test(compact(c))))
    .map(({ cells, line }) => {
      const label = compact(cells.slice(0, 3).find((c) => FUNDING_LABEL.test(compact(c)))!)
      const where = (column: string): CellPlace => ({
        table: 'performance',
        row: label,
        column,
        line,
      })
      const num = (k: keyof typeof FUNDING_COLUMNS, zh: string) =>
        readDecimal(cells[col[k]], where(zh), findings, 'score')
      return {
        label,
        initialBudget: num('initialBudget', '年初预算数'),
        fullYearBudget: num('fullYearBudget', '全年预算数'),
        executed: num('executed', '全年执行数'),
        weight: num('weight', '分值'),
        executionRate: readRate(cells[col.executionRate], where('执行率'), findings),
        score: num('score', '得分'),
        line,
      }
    })
}

function goals(rows: readonly Row[]): SelfEvaluation['goals'] {
  const at = rows.findIndex((r) => /年度总体目标/.test(compact(r.cells[0] ?? '')))
  if (at < 0) return null
  const header = rows[at]!.cells
  const expected = header.findIndex((c) => compact(c) === '预期目标')
  const actual = header.findIndex((c) => compact(c) === '实际完成情况')
  const next = rows[at + 1]
  const content =
    next && compact(next.cells[0] ?? '') === '' && indicatorColumns(next.cells) === null
      ? next
      : null
  const text = (k: number) => (content && k >= 0 ? content.cells[k] || null : null)
  return { expected: text(expected), actual: text(actual), line: (content ?? rows[at]!).line }
}

function total(
  row: Row | undefined,
  weightColumn: number,
  scoreColumn: number,
  findings: Finding[],
): EvaluationTotal | null {
  if (!row) return null
  const { cells, line } = unshift(row, weightColumn, weightColumn - 1, findings)
  const where = (column: string): CellPlace => ({ table: 'performance', row: '总分', column, line })
  const grade = cells.find((c) => /等级/.test(c))
  return {
    weight: readDecimal(cells[weightColumn], where('分值'), findings, 'score'),
    score: readDecimal(cells[scoreColumn], where('得分'), findings, 'score'),
    grade: grade ? compact(grade).replace(/^等级[：:]?/, '') || null : null,
    line,
  }
}

/** One 绩效自评表, from its title line (0-based `titleIndex`) to `end`. */
export function readSelfEvaluation(
  lines: readonly string[],
  titleIndex: number,
  end: number,
  findings: Finding[],
): SelfEvaluation {
  const rows: Row[] = []
  for (let i = titleIndex + 1; i < end; i++)
    if (isTabRow(lines[i]!)) rows.push({ cells: splitCells(lines[i]!), line: i + 1 })
  const find = (re: RegExp) =>
    rows.find((r) => r.cells.some((c) => re.test(compact(c)))) ?? {
      cells: [],
      line: titleIndex + 1,
    }
  const title = lines[titleIndex]!.trim()
  const department = after(find(/^部门名称$/).cells, /^部门名称$/)
  const project = find(/^专项名称$/)
  const sub = find(/^支出方向名称/)
  const period = rows.find((r) => /^项目总实施期/.test(compact(r.cells[0] ?? '')))
  const fundingHeader = rows.findIndex((r) =>
    r.cells.some((c) => FUNDING_COLUMNS.initialBudget.test(compact(c))),
  )
  const indicatorHeader = rows.findIndex((r) => indicatorColumns(r.cells) !== null)
  const totalAt = rows.findIndex((r) => r.cells.slice(0, 2).some((c) => compact(c) === '总分'))
  const columns = indicatorHeader >= 0 ? indicatorColumns(rows[indicatorHeader]!.cells) : null
  const kind = compact(title).includes('部门整体') ? 'department' : 'project'
  const name =
    kind === 'department' ? (department ?? '') : (after(project.cells, /^专项名称$/) ?? '')
  return {
    kind,
    title,
    line: titleIndex + 1,
    department,
    name: compact(name),
    subProject: compact(after(sub.cells, /^支出方向名称/) ?? '') || null,
    totalInvestment: readDecimal(
      after(project.cells, /^项目总投资/) ?? '',
      { table: 'performance', row: name, column: '项目总投资', line: project.line },
      findings,
      'score',
    ),
    fiscalInvestment: readDecimal(
      after(sub.cells, /^其中[：:]?财政拨款$/) ?? '',
      { table: 'performance', row: name, column: '其中：财政拨款', line: sub.line },
      findings,
      'score',
    ),
    period: period ? compact(period.cells[0]!).replace(/^项目总实施期[：:]?/, '') || null : null,
    funding:
      fundingHeader < 0
        ? []
        : funding(
            rows[fundingHeader]!.cells,
            rows.slice(fundingHeader + 1, indicatorHeader < 0 ? undefined : indicatorHeader),
            findings,
          ),
    goals: goals(rows),
    indicators: columns
      ? readIndicators(
          rows.slice(indicatorHeader + 1, totalAt < 0 ? undefined : totalAt),
          columns,
          findings,
        )
      : [],
    total: columns ? total(rows[totalAt], columns.weight, columns.score, findings) : null,
  }
}
