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

/**
 * A part is known by its title where it has one: places number them differently (附件 is part
 * four where a report has no 名词解释). Without a title, by the national template's numbering.
 */
const PART_BY_TITLE: ReadonlyArray<readonly [RegExp, PartName]> = [
  [/概况/, 'profile'],
  [/决算表/, 'tables'],
  [/情况说明|决算情况/, 'narrative'],
  [/名词解释/, 'glossary'],
  [/附件|附表|绩效/, 'annexes'],
]

function partOf(line: string, numeral: string): PartName {
  const title = line.replace(HEADING, '')
  return PART_BY_TITLE.find(([re]) => re.test(title))?.[1] ?? PART_BY_NUMERAL[numeral]!
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
    if (numeral) all.push({ numeral, part: partOf(line, numeral), index })
  })
  const repeat = all.findIndex((h, k) => all.slice(0, k).some((e) => e.numeral === h.numeral))
  return repeat < 0
    ? { contents: [], body: all }
    : { contents: all.slice(0, repeat), body: all.slice(repeat) }
}

/**
 * Locates the body's parts by their headings; a part runs to the next part's heading. Where the
 * tables stand under no 第二部分 heading, their part starts at the first table (`tablesAt`).
 */
export function locateParts(lines: readonly string[], tablesAt?: number): Parts {
  const { body } = headings(lines)
  const starts = body.map(({ part, index }) => ({ part, index }))
  if (tablesAt !== undefined && !starts.some((h) => h.part === 'tables'))
    starts.push({ part: 'tables', index: tablesAt })
  starts.sort((a, b) => a.index - b.index)
  const parts: Parts = {}
  starts.forEach(({ part, index }, k) => {
    parts[part] ??= [index, starts[k + 1]?.index ?? lines.length]
  })
  return parts
}

/**
 * Parts the table of contents promises that the body never reaches: a truncated file. A part
 * found by its content (`found`: the tables, under no heading of their own) is reached.
 */
export function missingParts(
  lines: readonly string[],
  found: readonly PartName[] = [],
): Array<{ heading: string; line: number }> {
  const { contents, body } = headings(lines)
  return contents
    .filter((c) => !body.some((b) => b.numeral === c.numeral) && !found.includes(c.part))
    .map((c) => ({ heading: lines[c.index]!.trim().replace(/^-\s*/, ''), line: c.index + 1 }))
}
