import { z } from 'zod'
import { CodeLevel } from './classification.ts'
import { Amount, SourceLine } from './decimal.ts'
import { type ColumnKey, TABLE_IDS, tableDef } from './table-defs.ts'

/** The nine standard tables of 部门决算公开: 公开01表 … 公开09表. */
export const TableId = z.enum(TABLE_IDS)
export type TableId = z.infer<typeof TableId>
export { TABLES, TABLE_IDS, tableDef, type ColumnKey, type TableDef } from './table-defs.ts'

export const Side = z.enum(['income', 'expenditure'])
export type Side = z.infer<typeof Side>

function amountsSchema<T extends TableId>(id: T) {
  const shape = Object.fromEntries(tableDef(id).columns.map((c) => [c.key, Amount]))
  return z.strictObject(shape as { [K in ColumnKey<T>]: typeof Amount })
}

/**
 * One printed row. `label` is the 科目名称 or 项目 as printed (whitespace inside it removed);
 * `code` is the classification code after any recorded repair; `lineNo` is the 行次 of two-sided
 * tables; the 合计 row has `code: null, label: "合计"`.
 */
function rowSchema<T extends TableId>(id: T) {
  return z.strictObject({
    line: SourceLine,
    side: Side.nullable(),
    lineNo: z.string().nullable(),
    code: z.string().nullable(),
    level: CodeLevel.nullable(),
    label: z.string(),
    amounts: amountsSchema(id),
  })
}

function tableSchema<T extends TableId>(id: T) {
  return z.strictObject({
    id: z.literal(id),
    /** The title as printed, and its line. */
    title: z.string(),
    line: SourceLine,
    /** 单位 as printed, e.g. 万元. */
    unit: z.string().nullable(),
    /** 部门 as printed in the table header. */
    department: z.string().nullable(),
    rows: z.array(rowSchema(id)),
    /** 注 and 说明 lines under the table, as printed. */
    notes: z.array(z.string()),
  })
}

export const Table01 = tableSchema('01')
export const Table02 = tableSchema('02')
export const Table03 = tableSchema('03')
export const Table04 = tableSchema('04')
export const Table05 = tableSchema('05')
export const Table06 = tableSchema('06')
export const Table07 = tableSchema('07')
export const Table08 = tableSchema('08')
export const Table09 = tableSchema('09')

export const Tables = z.strictObject({
  '01': Table01,
  '02': Table02,
  '03': Table03,
  '04': Table04,
  '05': Table05,
  '06': Table06,
  '07': Table07,
  '08': Table08,
  '09': Table09,
})
export type Tables = z.infer<typeof Tables>
export type Table<T extends TableId> = Tables[T]
export type TableRow<T extends TableId> = Table<T>['rows'][number]
