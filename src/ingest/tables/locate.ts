import { TABLES, type TableId } from '../../model/tables.ts'
import { compact } from './cells.ts'

/** Where one table stands: its title line and the body up to the next table or part. */
export interface TableSpan {
  id: TableId
  title: string
  /** 0-based index of the title line; the body is (titleIndex, end). */
  titleIndex: number
  end: number
}

const normalizeTitle = (s: string) => compact(s).replace(/[“”"]/g, '"')

const TITLE_TO_ID = new Map<string, TableId>(
  TABLES.flatMap((t) => t.titles.map((title) => [normalizeTitle(title), t.id] as const)),
)

/** "公开 01 表" and the like: the table's own number, which wins over a title variant. */
const NUMBER_LABEL = /^公开\s*0?\s*([1-9])\s*表/
const PART_HEADING = /^\s*第\s*[一二三四五]\s*部\s*分/
const LOOKAHEAD = 8

/**
 * Finds the tables by title, not by position: a line that is exactly a known title (spaces and
 * quote styles aside). Table-of-contents entries ("- 一、收入支出决算总表") are not titles.
 */
export function locateTables(lines: readonly string[]): TableSpan[] {
  const found: Omit<TableSpan, 'end'>[] = []
  lines.forEach((line, i) => {
    const byTitle = TITLE_TO_ID.get(normalizeTitle(line))
    if (!byTitle) return
    let id: TableId = byTitle
    for (const next of lines.slice(i + 1, i + 1 + LOOKAHEAD)) {
      const m = NUMBER_LABEL.exec(next.trim())
      if (m) {
        id = `0${m[1]}` as TableId
        break
      }
    }
    found.push({ id, title: line.trim(), titleIndex: i })
  })
  return found.map((span, k) => {
    const limit = found[k + 1]?.titleIndex ?? lines.length
    let end = limit
    for (let i = span.titleIndex + 1; i < limit; i++) {
      if (PART_HEADING.test(lines[i]!)) {
        end = i
        break
      }
    }
    return { ...span, end }
  })
}
