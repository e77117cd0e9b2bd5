import { PLAIN_DECIMAL } from '../../model/decimal.ts'
import { finding } from '../../model/finding-builder.ts'
import type { FindingType } from '../../model/finding-types.ts'
import type { Finding, FindingTable } from '../../model/finding.ts'
import type { TableId } from '../../model/tables.ts'

/** A tab-separated row of the extracted text, cells trimmed. */
export function splitCells(line: string): string[] {
  return line.split('\t').map((c) => c.trim())
}

export const isTabRow = (line: string) => line.includes('\t')

/** Labels compare and print without the spaces PDF extraction puts inside Chinese text. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

/** A cell that reads as a number (spaces extraction put in aside). */
export const isDecimal = (cell: string | undefined) => PLAIN_DECIMAL.test(compact(cell ?? ''))

/** Where a cell stands: its table (or the performance part), row, column and source line. */
export interface CellPlace {
  table: FindingTable
  row: string
  column: string
  line: number
}

/** What a numeric cell holds: an amount of the nine tables, or a self-evaluation's amount, 分值 or 得分. */
type NumericCell = 'amount' | 'score'

const NOT_A_NUMBER: Record<
  NumericCell,
  { rule: FindingType; message: (cell: string, at: CellPlace) => { zh: string; en: string } }
> = {
  amount: {
    rule: 'amount-not-a-number',
    message: (cell) => ({
      zh: `金额单元格“${cell}”不是数字，按空白处理。`,
      en: `The amount cell "${cell}" is not a number; it is read as blank.`,
    }),
  },
  score: {
    rule: 'score-not-a-number',
    message: (cell, at) => ({
      zh: `“${at.row}”的${at.column}单元格“${cell}”不是数字，按空白处理。`,
      en: `The ${at.column} cell "${cell}" of "${at.row}" is not a number; it is read as blank.`,
    }),
  },
}

/** "1,511.38": groups of three digits, the only form of thousands separator read as such. */
const THOUSANDS = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/

/**
 * A numeric cell: a plain decimal, or null when blank; thousands separators are removed, on record. Anything else is not silently read as a
 * number: it becomes null with an error finding, so a garbled cell is seen, not guessed.
 */
export function readDecimal(
  cell: string | undefined,
  where: CellPlace,
  findings: Finding[],
  kind: NumericCell,
): string | null {
  const text = compact(cell ?? '')
  if (text === '') return null
  if (PLAIN_DECIMAL.test(text)) return text
  if (THOUSANDS.test(text)) {
    const plain = text.replaceAll(',', '')
    findings.push(
      finding({
        rule: 'thousands-separator-removed',
        severity: 'info',
        ...where,
        zh: `“${text}”中的千位分隔符已去掉，按“${plain}”读取。`,
        en: `The thousands separators of "${text}" were removed; read as "${plain}".`,
      }),
    )
    return plain
  }
  const { rule, message } = NOT_A_NUMBER[kind]
  findings.push(finding({ rule, severity: 'error', ...where, ...message(cell!, where) }))
  return null
}

/** A 行次 split by extraction ("1 6" → "16"), repaired and recorded. */
export function readLineNo(
  cell: string | undefined,
  where: { table: TableId; line: number },
  findings: Finding[],
): string | null {
  const raw = (cell ?? '').trim()
  if (raw === '') return null
  const joined = compact(raw)
  if (joined !== raw && /^\d+$/.test(joined)) {
    findings.push(
      finding({
        rule: 'line-number-split',
        severity: 'info',
        table: where.table,
        row: joined,
        column: 'line_no',
        line: where.line,
        zh: `行次“${raw}”被提取拆开，已按“${joined}”读取。`,
        en: `The line number "${raw}" was split by text extraction; read as "${joined}".`,
      }),
    )
  }
  return joined
}
