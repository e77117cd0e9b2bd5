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

/** 第一部分 … 第五部分, alone or with its title ("第四部分名词解释"). */
const HEADING = /^\s*第\s*([一二三四五])\s*部\s*分/

interface Heading {
  numeral: string
  part: PartName
  /** 0-based line index. */
  index: number
}

/**
 * The headings of the table of contents and of the body. The contents name the parts first; the
 * body names them again, so the contents are the headings before the first part named twice.
 */
function headings(lines: readonly string[]): { contents: Heading[]; body: Heading[] } {
  const all: Heading[] = []
  lines.forEach((line, index) => {
    const numeral = HEADING.exec(line)?.[1]
    if (numeral) all.push({ numeral, part: PART_BY_NUMERAL[numeral]!, index })
  })
  const repeat = all.findIndex((h, k) => all.slice(0, k).some((e) => e.numeral === h.numeral))
  return repeat < 0
    ? { contents: [], body: all }
    : { contents: all.slice(0, repeat), body: all.slice(repeat) }
}

/** Locates the body's parts by their headings; a part runs to the next part's heading. */
export function locateParts(lines: readonly string[]): Parts {
  const { body } = headings(lines)
  const parts: Parts = {}
  body.forEach(({ part, index }, k) => {
    parts[part] ??= [index, body[k + 1]?.index ?? lines.length]
  })
  return parts
}

/** Parts the table of contents promises that the body never reaches: a truncated file. */
export function missingParts(lines: readonly string[]): Array<{ heading: string; line: number }> {
  const { contents, body } = headings(lines)
  return contents
    .filter((c) => !body.some((b) => b.numeral === c.numeral))
    .map((c) => ({ heading: lines[c.index]!.trim().replace(/^-\s*/, ''), line: c.index + 1 }))
}
