/** The cover: 2020年度 / 株洲市石峰区人民政府办公室 / 部门决算. */
export interface Cover {
  fiscalYear: number | null
  department: string | null
}

const YEAR = /^(\d{4})\s*年度?$/
const COVER_LINES = 12

export function readCover(lines: readonly string[]): Cover {
  const head = lines.slice(0, COVER_LINES).map((l) => l.trim())
  const yearAt = head.findIndex((l) => YEAR.test(l))
  if (yearAt < 0) return { fiscalYear: null, department: null }
  const department = head.slice(yearAt + 1).find((l) => l !== '' && !l.includes('部门决算')) ?? null
  return { fiscalYear: Number(YEAR.exec(head[yearAt]!)![1]), department }
}
