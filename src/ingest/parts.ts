/** The five parts of a 部门决算 report, as 0-based line ranges [start, end) of the body. */
export type PartName = 'profile' | 'tables' | 'narrative' | 'glossary' | 'annexes'
export type LineRange = readonly [start: number, end: number]
export type Parts = Partial<Record<PartName, LineRange>>

const PART_BY_NUMERAL: Record<string, PartName> = {
  一: 'profile',
  二: 'tables',
  三: 'narrative',
  四: 'glossary',
  五: 'annexes',
}

const HEADING = /^\s*第\s*([一二三四五])\s*部\s*分(?:\s|$)/

/**
 * Locates the parts by their headings (第一部分 … 第五部分). The table of contents names them
 * too, so the last heading of each part is the body's; a part runs to the next part's heading.
 */
export function locateParts(lines: readonly string[]): Parts {
  const starts = new Map<PartName, number>()
  lines.forEach((line, i) => {
    const m = HEADING.exec(line)
    const part = m && PART_BY_NUMERAL[m[1]!]
    if (part) starts.set(part, i)
  })
  const ordered = [...starts.entries()].sort((a, b) => a[1] - b[1])
  const parts: Parts = {}
  ordered.forEach(([name, start], k) => {
    parts[name] = [start, ordered[k + 1]?.[1] ?? lines.length]
  })
  return parts
}
