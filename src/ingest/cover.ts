/**
 * The cover, in its common layouts: "2020年度 / 株洲市石峰区人民政府办公室 / 部门决算", or the
 * department first, "上海市普陀区财政局 / 2024年度部门决算", or all on one line, "中共上海市普陀区委
 * 社会工作部 2024 年度 / 部门决算" (a name that wrapped is joined).
 */
export interface Cover {
  fiscalYear: number | null
  department: string | null
}

const YEAR = /(\d{4})\s*年\s*度?/
const COVER_LINES = 12
/** Lines that are the report's kind, not its department. */
const NOT_A_NAME = /部门决算|决算报告|^目\s*录$/

const clean = (s: string) => s.replace(/\s+/g, ' ').trim()

export function readCover(lines: readonly string[]): Cover {
  const head = lines.slice(0, COVER_LINES).map(clean)
  const yearAt = head.findIndex((l) => YEAR.test(l))
  if (yearAt < 0) return { fiscalYear: null, department: null }
  const match = YEAR.exec(head[yearAt]!)!
  const fiscalYear = Number(match[1])
  const before = [...head.slice(0, yearAt), head[yearAt]!.slice(0, match.index)]
    .map(clean)
    .filter((l) => l !== '' && !NOT_A_NAME.test(l))
  const after = head.slice(yearAt + 1).find((l) => l !== '' && !NOT_A_NAME.test(l))
  const department = before.length > 0 ? before.join('').replace(/\s+/g, '') : (after ?? null)
  return { fiscalYear, department }
}
