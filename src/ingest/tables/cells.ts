import type { Finding } from '../../model/finding.ts'
import type { TableId } from '../../model/tables.ts'
import { finding } from '../../validate/finding.ts'

/** A tab-separated row of the extracted text, cells trimmed. */
export function splitCells(line: string): string[] {
  return line.split('\t').map((c) => c.trim())
}

export const isTabRow = (line: string) => line.includes('\t')

/** Labels compare and print without the spaces PDF extraction puts inside Chinese text. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/

/**
 * An amount cell: a plain decimal, or null when blank. Anything else is not silently read as a
 * number: it becomes null with an error finding, so a garbled cell is seen, not guessed.
 */
export function readAmount(
  cell: string | undefined,
  where: { table: TableId; row: string; column: string; line: number },
  findings: Finding[],
): string | null {
  const text = compact(cell ?? '')
  if (text === '') return null
  if (DECIMAL.test(text)) return text
  findings.push(
    finding({
      rule: 'amount-not-a-number',
      severity: 'error',
      table: where.table,
      row: where.row,
      column: where.column,
      actual: null,
      line: where.line,
      zh: `金额单元格“${cell}”不是数字，按空白处理。`,
      en: `The amount cell "${cell}" is not a number; it is read as blank.`,
    }),
  )
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
