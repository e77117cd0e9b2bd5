import { PLAIN_DECIMAL } from '../../model/decimal.ts'
import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { TableId } from '../../model/tables.ts'
import type { SourceRow, TableBody } from './body.ts'
import { compact } from './cells.ts'

/**
 * A table's header read by meaning: for each column of the grid, the labels printed in it from
 * top to bottom (spaces removed). A label spanning several columns stands in its first column,
 * as printed; the columns under it inherit it where a reader needs it (see `inherited`).
 */
export type HeaderLabels = string[][]

/** 栏次 rows and bare 1…n numbering rows name no column. */
function isNumbering(cells: string[]): boolean {
  const filled = cells.map(compact).filter((c) => c !== '')
  return (
    filled.some((c) => c.includes('栏次')) ||
    (filled.length >= 2 && filled.every((c) => /^\d+$/.test(c)))
  )
}

export function headerLabels(header: readonly SourceRow[]): HeaderLabels {
  const width = Math.max(0, ...header.map((r) => r.cells.length))
  const labels: HeaderLabels = Array.from({ length: width }, () => [])
  for (const { cells } of header) {
    if (isNumbering(cells)) continue
    cells.forEach((cell, k) => {
      const text = compact(cell)
      if (text !== '') labels[k]!.push(text)
    })
  }
  return labels
}

/** The labels of one column joined: what its header says, e.g. "本年支出小计". */
export const columnText = (labels: HeaderLabels, k: number) => (labels[k] ?? []).join('')

/**
 * What a column's header says of one kind (its phase 预算/决算, its item): its own deepest label
 * of that kind, else that of the nearest column to its left that has one — the column stands
 * under a label spanning from there.
 */
export function inherited<T>(
  labels: HeaderLabels,
  k: number,
  kind: (label: string) => T | null,
  from = 0,
): T | null {
  for (let j = k; j >= from; j--) {
    const own = [...(labels[j] ?? [])].reverse().map(kind)
    const hit = own.find((v) => v !== null)
    if (hit !== undefined && hit !== null) return hit
  }
  return null
}

/** Cell texts that are a header's words, not data: a row made of them belongs to the header. */
const HEADER_TERM =
  /^(?:收入|支出|项目|决算数|预算数|金额|行次|栏次|合计|小计|类|款|项|本年收入|本年支出|基本支出|项目支出|科目名称|科目编码)$|科目编码|科目名称|栏次|行次|结转和结余|^年[初末]结转和$/

const isValue = (cell: string) =>
  PLAIN_DECIMAL.test(cell) || /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(cell) || /^\d{3,7}$/.test(cell)

/** Whether a row holds an amount or a code: a row of data, whatever else it says. */
export const holdsValue = (cells: string[]) => cells.map(compact).some(isValue)

/**
 * A row of header words: no amount or code in it, and a header term past its first filled cell
 * ("合计 … 合计 基本支出 项目支出" is the sub-header under 本年支出, not a total row).
 */
export function isHeaderRow(cells: string[]): boolean {
  const filled = cells.map(compact).filter((c) => c !== '')
  if (filled.some(isValue)) return false
  return filled.slice(1).some((c) => HEADER_TERM.test(c))
}

/** How a table's amount columns are named in headers: the first alias that matches, in order. */
export type ColumnAliases = ReadonlyArray<readonly [key: string, alias: RegExp]>

/**
 * Maps a table's amount columns to the model's columns by what their headers say. Each model
 * column is taken once; a printed column no alias names is reported (its values are not read),
 * as is a model column the header does not print (read as not printed: blank).
 */
export function mapColumns(
  table: TableId,
  labels: HeaderLabels,
  candidates: readonly number[],
  aliases: ColumnAliases,
  at: { line: number; data: readonly SourceRow[] },
  findings: Finding[],
): Map<string, number> {
  const mapped = new Map<string, number>()
  for (const k of candidates) {
    const text = columnText(labels, k)
    if (text === '') continue
    const key = aliases.find(([key, alias]) => !mapped.has(key) && alias.test(text))?.[0]
    if (key !== undefined) {
      mapped.set(key, k)
      continue
    }
    const values = at.data.map((r) => compact(r.cells[k] ?? '')).filter((c) => c !== '')
    findings.push(
      finding({
        rule: 'header-unmapped',
        severity: values.length > 0 ? 'warning' : 'info',
        table,
        column: text,
        line: at.line,
        zh: `表头“${text}”不对应本表的任何标准栏目，该栏${values.length > 0 ? `的 ${values.length} 个数值未读取` : '无数据'}。`,
        en: `The header "${text}" names none of the table's standard columns; ${values.length > 0 ? `its ${values.length} values were not read` : 'the column holds no values'}.`,
      }),
    )
  }
  return mapped
}

/**
 * A header read by no column name: the table falls back to the national template's order, and
 * says so (once, where the table has a header or rows at all), with the reason in `why`.
 */
export function headerUnread(
  table: TableId,
  body: TableBody,
  line: number,
  why: { zh: string; en: string },
  findings: Finding[],
): void {
  if (body.header.length === 0 && body.data.length === 0) return
  findings.push(
    finding({
      rule: 'header-unread',
      severity: 'warning',
      table,
      line: body.header[0]?.line ?? line,
      ...why,
    }),
  )
}
