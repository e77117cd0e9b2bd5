import { codeLevel } from '../../model/classification.ts'
import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import { type Table, type TableId, type TableRow, tableDef } from '../../model/tables.ts'
import { lookupCode, normalizeName } from '../../reference/classification.ts'
import type { TableBody } from './body.ts'
import { compact, readDecimal } from './cells.ts'

/** The tables whose rows are 功能分类 codes: 02, 03, 05, 08, 09. */
export type CodedTableId = '02' | '03' | '05' | '08' | '09'

const TOTAL = '合计'

/**
 * Rows are `code | name | amount…`, one amount per column of the table's definition, in order.
 * The 合计 row has no code.
 */
function parseCodedRows<T extends CodedTableId>(
  id: T,
  body: TableBody,
  findings: Finding[],
): TableRow<T>[] {
  const columns = tableDef(id).columns
  const rows = body.data.map(({ cells, line }) => {
    const first = compact(cells[0] ?? '')
    const isTotal = first === TOTAL || (first === '' && compact(cells[1] ?? '') === TOTAL)
    const code = isTotal || first === '' ? null : first
    const label = isTotal ? TOTAL : compact(cells[1] ?? '')
    const amounts = Object.fromEntries(
      columns.map((c, k) => [
        c.key,
        readDecimal(
          cells[2 + k],
          { table: id, row: code ?? label, column: c.key, line },
          findings,
          'amount',
        ),
      ]),
    )
    const extra = cells.slice(2 + columns.length).filter((c) => c !== '')
    if (extra.length > 0) {
      findings.push(
        finding({
          rule: 'extra-cells',
          severity: 'error',
          table: id,
          row: code ?? label,
          line,
          zh: `该行比表头多出 ${extra.length} 个单元格（${extra.join('、')}），未读取。`,
          en: `The row has ${extra.length} more cells than the header (${extra.join(', ')}); they were not read.`,
        }),
      )
    }
    return {
      line,
      side: null,
      lineNo: null,
      code,
      level: code ? codeLevel(code) : null,
      label,
      amounts,
    }
  })
  repairTruncatedClassCodes(id, rows, findings)
  return rows
}

/** Whether `short` can be `full` with digits lost in extraction ("29" in "229"). */
function isSubsequence(short: string, full: string): boolean {
  let k = 0
  for (const ch of full) if (ch === short[k]) k++
  return k === short.length && short.length < full.length
}

/**
 * A 类 code printed short ("29" above "22999") is repaired from the 款 under it, only when the
 * printed digits fit inside that 类 and the 类's name is the printed name. Recorded as info.
 */
function repairTruncatedClassCodes(
  id: TableId,
  rows: Array<TableRow<CodedTableId>>,
  findings: Finding[],
): void {
  rows.forEach((row, k) => {
    if (row.code === null || row.level !== null) return
    const next = rows[k + 1]
    const candidate = next?.code && next.level === 'section' ? next.code.slice(0, 3) : null
    const reference = candidate ? lookupCode('function', candidate) : undefined
    if (
      candidate &&
      reference &&
      isSubsequence(row.code, candidate) &&
      normalizeName(reference.name) === row.label
    ) {
      findings.push(
        finding({
          rule: 'code-repaired',
          severity: 'info',
          table: id,
          row: candidate,
          column: 'code',
          line: row.line,
          zh: `类级科目编码印为“${row.code}”，其下款级为 ${next!.code}，名称“${row.label}”与 ${candidate} 一致，按 ${candidate} 读取。`,
          en: `The class code was printed "${row.code}"; the section below it is ${next!.code} and the name "${row.label}" matches ${candidate}, so it is read as ${candidate}.`,
        }),
      )
      row.code = candidate
      row.level = 'class'
    } else {
      findings.push(
        finding({
          rule: 'code-unrepaired',
          severity: 'error',
          table: id,
          row: row.code,
          column: 'code',
          line: row.line,
          zh: `科目编码“${row.code}”不是 3、5 或 7 位数字，无法确定其级次。`,
          en: `The code "${row.code}" is not 3, 5 or 7 digits; its level cannot be told.`,
        }),
      )
    }
  })
}

export function codedTable<T extends CodedTableId>(
  id: T,
  title: string,
  line: number,
  body: TableBody,
  findings: Finding[],
): Table<T> {
  return {
    id,
    title,
    line,
    unit: body.unit,
    department: body.department,
    rows: parseCodedRows(id, body, findings),
    notes: body.notes,
  } as Table<T>
}
