import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { Indicator } from '../../model/performance.ts'
import { type CellPlace, compact, readDecimal } from '../tables/cells.ts'
import { PROSE_NUMBER } from '../prose.ts'
import { type Row, unshift } from './cells.ts'

/** Where each field sits, from the header row (一级指标 | 二级指标 | … | 分值 | 得分 | 偏差原因…). */
export interface IndicatorColumns {
  level1: number
  level2: number
  level3: number
  target: number
  actual: number
  weight: number
  score: number
  note: number
}

export function indicatorColumns(header: readonly string[]): IndicatorColumns | null {
  const at = (re: RegExp) => header.findIndex((c) => re.test(compact(c)))
  const columns = {
    level1: at(/^一级指标$/),
    level2: at(/^二级指标$/),
    level3: at(/^三级指标$/),
    target: at(/指标值$/),
    actual: at(/完成值$/),
    weight: at(/^分值$/),
    score: at(/^得分$/),
    note: at(/^偏差原因/),
  }
  return Object.values(columns).some((k) => k < 0) ? null : columns
}

/** 产出 指标 (50 分) → 产出指标, "50". */
const LEVEL1 = new RegExp(`^(.+?)[（(](${PROSE_NUMBER})分[）)]$`)

function level1Label(cell: string): { name: string; weight: string | null } {
  const m = LEVEL1.exec(compact(cell))
  return m ? { name: m[1]!, weight: m[2]! } : { name: compact(cell), weight: null }
}

/** The 一级指标 each 二级指标 belongs to in the national framework. */
const GROUP_OF: Record<string, string> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
}

/**
 * The 绩效指标 rows: merged cells carried down (一级 and 二级 always; 三级 while the 二级 goes on
 * and the row has values), rows shifted one column right read back, and a 二级指标 printed above
 * its own 一级 label (经济效益指标 before 效益指标 (30分)) put under the 一级 it belongs to.
 */
export function readIndicators(
  rows: readonly Row[],
  c: IndicatorColumns,
  findings: Finding[],
): Indicator[] {
  const read = rows.map((r) => unshift(r, c.weight, c.level3, findings))
  const labels = new Map(
    read
      .filter((r) => (r.cells[c.level1] ?? '') !== '')
      .map((r) => {
        const l = level1Label(r.cells[c.level1]!)
        return [l.name, l] as const
      }),
  )
  const fragments = read.filter((r) => compact(r.cells[0] ?? '') !== '' && c.level1 > 0)
  if (fragments.length > 0) {
    findings.push(
      finding({
        rule: 'label-split',
        severity: 'info',
        table: 'performance',
        row: '绩效指标',
        line: fragments[0]!.line,
        zh: `竖排标签被分页拆开（${fragments.map((f) => `第${f.line}行“${f.cells[0]}”`).join('、')}），是同一个“绩效指标”标签，不是数据。`,
        en: `A vertical label is split across a page break (${fragments.map((f) => `line ${f.line} "${f.cells[0]}"`).join(', ')}); it is the one label 绩效指标, not data.`,
      }),
    )
  }
  const out: Indicator[] = []
  let level1 = { name: '', weight: null as string | null }
  let level2 = ''
  let level3 = ''
  for (const { cells, line } of read) {
    const cell = (k: number) => (cells[k] ?? '').trim()
    if (cell(c.level1) !== '') [level1, level2, level3] = [level1Label(cell(c.level1)), '', '']
    const newLevel2 = compact(cell(c.level2))
    if (newLevel2 !== '') {
      const group = GROUP_OF[newLevel2]
      const owner = group ? labels.get(group) : undefined
      if (owner && group !== level1.name) {
        findings.push(
          finding({
            rule: 'indicator-regrouped',
            severity: 'info',
            table: 'performance',
            row: newLevel2,
            line,
            zh: `第${line}行的二级指标“${newLevel2}”印在“${owner.name}”标签之前、“${level1.name}”之下；它属于${owner.name}，按此归组。`,
            en: `Line ${line}: the 二级指标 "${newLevel2}" is printed under "${level1.name}", before the "${owner.name}" label; it belongs to ${owner.name} and is grouped there.`,
          }),
        )
        level1 = owner
      }
      ;[level2, level3] = [newLevel2, '']
    }
    const hasValues = [c.target, c.actual, c.weight, c.score].some((k) => cell(k) !== '')
    if (cell(c.level3) !== '') level3 = cell(c.level3)
    else if (newLevel2 !== '' || !hasValues) level3 = ''
    const where = (column: string): CellPlace => ({
      table: 'performance',
      row: level3 || level2,
      column,
      line,
    })
    out.push({
      level1: level1.name,
      level1Weight: level1.weight,
      level2,
      level3,
      target: cell(c.target),
      actual: cell(c.actual),
      weight: readDecimal(cell(c.weight), where('分值'), findings, 'score'),
      score: readDecimal(cell(c.score), where('得分'), findings, 'score'),
      note: cell(c.note) || null,
      line,
    })
  }
  return out
}
