import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import { type CellPlace, compact, isDecimal, readDecimal } from '../tables/cells.ts'

/** One tab-separated row of a self-evaluation table, cells trimmed, with its 1-based line. */
export interface Row {
  cells: string[]
  line: number
}

/** 执行率 as printed without % ("100%" → "100"); "100 %" has a space extraction put in, recorded. */
export function readRate(
  cell: string | undefined,
  where: CellPlace,
  findings: Finding[],
): string | null {
  const raw = (cell ?? '').trim()
  if (raw === '') return null
  const text = compact(raw).replace(/[%％]$/, '')
  if (!/^\d+(\.\d*)?$/.test(text)) {
    readDecimal(raw, where, findings, 'score')
    return null
  }
  if (compact(raw) !== raw) {
    findings.push(
      finding({
        rule: 'cell-space-removed',
        severity: 'info',
        ...where,
        zh: `“${where.row}”的${where.column}印为“${raw}”，数字中间的空格是提取所加，按“${text}”读取。`,
        en: `The ${where.column} of "${where.row}" is printed "${raw}"; the space is an extraction artefact, read as "${text}".`,
      }),
    )
  }
  return text
}

/**
 * A row whose cells sit one column right of its header: the 分值 column holds text while the two
 * cells after it hold the 分值 and 得分 (e.g. "… | 50 次 | 5 | 5"). The first empty cell before
 * `upTo` is the extra one; it is dropped and the shift recorded with the row as printed.
 */
export function unshift(row: Row, weightColumn: number, upTo: number, findings: Finding[]): Row {
  const { cells } = row
  const shifted =
    !isDecimal(cells[weightColumn]) &&
    isDecimal(cells[weightColumn + 1]) &&
    isDecimal(cells[weightColumn + 2])
  const extra = cells.findIndex((c, k) => k <= upTo && c === '')
  if (!shifted || extra < 0) return row
  findings.push(
    finding({
      rule: 'row-shifted',
      severity: 'info',
      table: 'performance',
      row: compact(cells.find((c) => c !== '') ?? ''),
      line: row.line,
      zh: `第${row.line}行的单元格整体右移了一列（“${cells.join(' | ')}”），已左移一列按表头读取。`,
      en: `The cells of line ${row.line} sit one column right of the header ("${cells.join(' | ')}"); read one column left.`,
    }),
  )
  return { cells: cells.filter((_, k) => k !== extra), line: row.line }
}
