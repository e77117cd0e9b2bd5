import type { Amount } from '../../../model/decimal.ts'
import type { Side, TableId, Tables } from '../../../model/tables.ts'
import { tableDef } from '../../../model/tables.ts'

/** Any row of any of the nine tables; rules that work across tables read amounts by key. */
export type AnyRow = Tables[TableId]['rows'][number]

export interface Text {
  zh: string
  en: string
}

const ENUMERATOR = /^[一二三四五六七八九十]+、/

export const hasEnumerator = (label: string) => ENUMERATOR.test(label)

/**
 * A summary line's name as compared: without its 一、 enumerator, spaces, and a trailing
 * （…） qualifier ("使用非财政拨款结余（含专用结余）" is still 使用非财政拨款结余).
 */
export function lineName(label: string): string {
  return label
    .replace(/\s+/g, '')
    .replace(ENUMERATOR, '')
    .replace(/[（(][^）)]*[）)]$/, '')
}

export function amountOf(row: AnyRow | undefined, key: string): Amount {
  if (!row) return null
  return (row.amounts as Record<string, Amount>)[key] ?? null
}

export const isTotalRow = (r: AnyRow) => r.code === null && r.label === '合计'

/** The first row on `side` whose name (see lineName) is one of `names`. */
export function findLine(
  rows: readonly AnyRow[],
  side: Side | null,
  ...names: string[]
): AnyRow | undefined {
  return rows.find((r) => r.side === side && names.includes(lineName(r.label)))
}

/** How a finding names a row: the code as read, else the label as printed. */
export function rowKey(row: AnyRow): string {
  return row.side === null && row.code !== null ? row.code : row.label
}

/** "02表 201 一般公共服务支出" / "table 02, 201 一般公共服务支出". */
export function whereRow(id: TableId, row: AnyRow): Text {
  const name = row.side === null && row.code !== null ? `${row.code} ${row.label}` : row.label
  return { zh: `${id}表 ${name}`, en: `table ${id}, ${name}` }
}

export function columnText(id: TableId, key: string): Text {
  const c = tableDef(id).columns.find((col) => col.key === key)
  return c ? { zh: c.zh, en: c.en } : { zh: key, en: key }
}

export interface Figure extends Text {
  value: Amount
}

/** A cell within its row, named by its column ("本年收入合计"): for checks along one row. */
export function columnFigure(id: TableId, row: AnyRow | undefined, key: string): Figure {
  return { ...columnText(id, key), value: amountOf(row, key) }
}

/**
 * A cell named in full ("02表 合计 财政拨款收入", "01表 本年收入合计"): for checks across rows
 * or tables. The column is left out where the row has only one figure.
 */
export function cellFigure(
  id: TableId,
  row: AnyRow | undefined,
  key: string,
  fallbackName = '',
): Figure {
  const name = row
    ? row.side === null && row.code !== null
      ? `${row.code} ${row.label}`
      : row.label
    : fallbackName
  const single = tableDef(id).columns.length === 1 || row?.side === 'income'
  const c = columnText(id, key)
  return {
    zh: single ? `${id}表 ${name}` : `${id}表 ${name} ${c.zh}`,
    en: single ? `table ${id} ${name}` : `table ${id} ${name} (${c.en})`,
    value: amountOf(row, key),
  }
}
