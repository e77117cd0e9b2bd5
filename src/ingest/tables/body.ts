import { compact, isTabRow, splitCells } from './cells.ts'
import { holdsValue, isHeaderRow } from './header.ts'
import type { TableSpan } from './locate.ts'

export interface SourceRow {
  cells: string[]
  /** 1-based source line. */
  line: number
}

/** What every table has around its grid: 单位, 部门, the header rows, the data rows, 注/说明. */
export interface TableBody {
  unit: string | null
  department: string | null
  header: SourceRow[]
  data: SourceRow[]
  notes: string[]
}

const UNIT = /单位\s*[：:]\s*(\S+)/
const DEPARTMENT = /部门\s*[：:]\s*(.+)$/
const NOTE = /^(注|说明)\s*[：:]|^\d+\s*[.．、]/
/** Markdown table rules left by some extractors ("--\t---\t--"). */
const RULE_ROW = /^[\s\t-]+$/

/**
 * The header ends at its last marker row: 栏次 (column numbers), a bare 1…n numbering row (三公),
 * or the 科目编码 row of a table without 栏次 (基本支出). Everything after it is data.
 */
function isHeaderMarker(cells: string[]): boolean {
  const text = compact(cells.join(''))
  if (text.includes('栏次') || text.includes('科目编码')) return true
  const filled = cells.filter((c) => c !== '')
  return filled.length >= 6 && filled.every((c, i) => c === String(i + 1))
}

export function readBody(lines: readonly string[], span: TableSpan): TableBody {
  const body: TableBody = { unit: null, department: null, header: [], data: [], notes: [] }
  const grid: SourceRow[] = []
  let inNotes = false
  for (let i = span.titleIndex + 1; i < span.end; i++) {
    const text = lines[i]!
    if (text.trim() === '' || RULE_ROW.test(text)) continue
    if (isTabRow(text)) {
      grid.push({ cells: splitCells(text), line: i + 1 })
      continue
    }
    const unit = UNIT.exec(text)
    const department = DEPARTMENT.exec(text)
    if (unit && body.unit === null) body.unit = unit[1]!
    if (department && body.department === null) body.department = department[1]!.trim()
    if (unit || department || /^公开\s*\d/.test(text.trim())) continue
    if (NOTE.test(text.trim()) || inNotes) {
      inNotes = true
      body.notes.push(text.trim())
    }
  }
  // The header's last marker is the last before the first row of data: a header repeated
  // further down (a page break) does not take the rows above it into the header.
  const firstData = grid.findIndex((row) => holdsValue(row.cells) && !isHeaderMarker(row.cells))
  const lastMarker = (firstData < 0 ? grid : grid.slice(0, firstData)).findLastIndex((row) =>
    isHeaderMarker(row.cells),
  )
  // Headers without a marker row, and header rows under it (类 | 款 | 项): up to the last row
  // of header words before the first row holding a value.
  let end = lastMarker + 1
  for (let k = end; k < grid.length && !holdsValue(grid[k]!.cells); k++)
    if (isHeaderRow(grid[k]!.cells)) end = k + 1
  body.header = grid.slice(0, end)
  // A header repeated where a table runs onto another page is the header again, not data: its
  // marker rows, and rows of labels printed as in the header. Other rows of labels and no values
  // are data ("年初结转和结余 … 年末结转和结余" of a table without 行次).
  const printed = (cells: string[]) =>
    cells
      .map(compact)
      .filter((c) => c !== '')
      .join('\t')
  const headerRows = new Set(body.header.map((row) => printed(row.cells)))
  body.data = grid
    .slice(end)
    .filter(
      (row) =>
        !isHeaderMarker(row.cells) &&
        (holdsValue(row.cells) || !headerRows.has(printed(row.cells))),
    )
  return body
}
