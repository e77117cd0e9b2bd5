import { codeLevel } from '../../model/classification.ts'
import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import { type Table, type TableId, type TableRow, tableDef } from '../../model/tables.ts'
import { lookupCode, normalizeName } from '../../reference/classification.ts'
import type { TableBody } from './body.ts'
import { compact, readDecimal } from './cells.ts'
import { AMOUNT_ALIASES } from './columns.ts'
import { columnText, type HeaderLabels, headerLabels, headerUnread, mapColumns } from './header.ts'

/** The tables whose rows are 功能分类 codes: 02, 03, 05, 08, 09. */
export type CodedTableId = '02' | '03' | '05' | '08' | '09'

const TOTAL = '合计'

/** 类 | 款 | 项 printed where codes stand: the header of a three-column code, not a code. */
const CODE_HEADER = /^[类款项]$/

/** Where a coded table's cells stand: its code column(s), its name column, its amount columns. */
interface CodedLayout {
  codeColumns: number[]
  nameColumn: number
  amounts: Map<string, number>
  /** The labels of a header read by name, whose unmapped columns were reported (header-unmapped). */
  labels: HeaderLabels
}

/**
 * Reads the header by meaning: the name column is the one headed 科目名称 (else the one after
 * the 科目编码 column); the code stands in one column before it or three (类 | 款 | 项); the
 * amount columns after it are mapped by name. A header that names no amount column leaves the
 * table read by position, as the national template orders it, and says so.
 */
function codedLayout<T extends CodedTableId>(
  id: T,
  title: string,
  line: number,
  body: TableBody,
  findings: Finding[],
): CodedLayout {
  const columns = tableDef(id).columns
  const labels = headerLabels(body.header)
  const named = labels.findIndex((l) => l.some((t) => /科目名称|项目名称/.test(t)))
  const coded = labels.findIndex((l) => l.some((t) => t.includes('编码')))
  // 类 | 款 | 项 headed code columns: the name follows the last of them.
  const split = labels.findLastIndex((l) => l.some((t) => CODE_HEADER.test(t)))
  const nameColumn = named >= 0 ? named : split >= 0 ? split + 1 : coded >= 0 ? coded + 1 : 1
  const codeColumns = Array.from({ length: Math.max(1, nameColumn) }, (_, k) => k)
  const width = Math.max(labels.length, ...body.data.map((r) => r.cells.length))
  const candidates = Array.from({ length: width }, (_, k) => k).filter(
    (k) => k > nameColumn && !(labels[k] ?? []).every((t) => CODE_HEADER.test(t)),
  )
  const amounts = mapColumns(
    id,
    labels,
    candidates,
    AMOUNT_ALIASES[id],
    { line: body.header[0]?.line ?? line, data: body.data },
    findings,
  )
  const byName = amounts.size > 0
  if (!byName) {
    headerUnread(
      id,
      body,
      line,
      {
        zh: `表头未能按栏目名称识别，按全国模板的栏目顺序读取（${columns.map((c) => c.zh).join('、')}）。`,
        en: `The header could not be read by column names; the columns are read in the national template's order (${columns.map((c) => c.key).join(', ')}).`,
      },
      findings,
    )
    columns.forEach((c, k) => amounts.set(c.key, nameColumn + 1 + k))
  } else {
    for (const c of columns) {
      if (amounts.has(c.key)) continue
      findings.push(
        finding({
          rule: 'column-not-printed',
          severity: 'info',
          table: id,
          column: c.key,
          line: body.header[0]?.line ?? line,
          zh: `《${title}》未印“${c.zh}”栏，该栏按未印处理（空白）。`,
          en: `"${title}" prints no "${c.zh}" (${c.key}) column; it is read as not printed (blank).`,
        }),
      )
    }
  }
  return { codeColumns, nameColumn, amounts, labels: byName ? labels : [] }
}

/** Rows are `code | name | amount…`, the columns found by their headers. The 合计 row has no code. */
function parseCodedRows<T extends CodedTableId>(
  id: T,
  title: string,
  line: number,
  body: TableBody,
  findings: Finding[],
): TableRow<T>[] {
  const columns = tableDef(id).columns
  const layout = codedLayout(id, title, line, body, findings)
  const read = new Set([...layout.codeColumns, layout.nameColumn, ...layout.amounts.values()])
  const rows = body.data.map(({ cells, line }) => {
    const codeText = layout.codeColumns
      .map((k) => compact(cells[k] ?? ''))
      .filter((c) => !CODE_HEADER.test(c))
      .join('')
    const name = compact(cells[layout.nameColumn] ?? '')
    const isTotal = codeText === TOTAL || (codeText === '' && name === TOTAL)
    const code = isTotal || codeText === '' ? null : codeText
    const label = isTotal ? TOTAL : name
    const amounts = Object.fromEntries(
      columns.map((c) => {
        const k = layout.amounts.get(c.key)
        const cell = k === undefined ? undefined : cells[k]
        return [
          c.key,
          readDecimal(
            cell,
            { table: id, row: code ?? label, column: c.key, line },
            findings,
            'amount',
          ),
        ]
      }),
    )
    // Cells under no header; those under a header no column is named by are header-unmapped.
    const unread = cells.filter(
      (c, k) =>
        !read.has(k) && c !== '' && k > layout.nameColumn && columnText(layout.labels, k) === '',
    )
    if (unread.length > 0) {
      findings.push(
        finding({
          rule: 'extra-cells',
          severity: 'error',
          table: id,
          row: code ?? label,
          line,
          zh: `该行比表头多出 ${unread.length} 个单元格（${unread.join('、')}），未读取。`,
          en: `The row has ${unread.length} more cells than the header (${unread.join(', ')}); they were not read.`,
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
    rows: parseCodedRows(id, title, line, body, findings),
    notes: body.notes,
  } as Table<T>
}
