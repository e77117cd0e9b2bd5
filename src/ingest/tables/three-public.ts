import type { Finding } from '../../model/finding.ts'
import { type Table, tableDef } from '../../model/tables.ts'
import type { TableBody } from './body.ts'
import { readDecimal } from './cells.ts'

/**
 * 07 "三公"经费支出决算表: one data row of 12 amounts, 预算数 then 决算数 (合计, 因公出国（境）费,
 * 公务用车购置及运行费 小计/购置费/运行费, 公务接待费). Read by position, as printed: a shifted
 * cell is left for the rules to report, never moved.
 */
export function threePublicTable(
  title: string,
  line: number,
  body: TableBody,
  findings: Finding[],
): Table<'07'> {
  const columns = tableDef('07').columns
  const rows = body.data
    .filter(({ cells }) => cells.some((c) => c !== ''))
    .map(({ cells, line: at }) => ({
      line: at,
      side: null,
      lineNo: null,
      code: null,
      level: null,
      label: '合计',
      amounts: Object.fromEntries(
        columns.map((c, k) => [
          c.key,
          readDecimal(
            cells[k],
            { table: '07', row: '合计', column: c.key, line: at },
            findings,
            'amount',
          ),
        ]),
      ),
    }))
  return {
    id: '07',
    title,
    line,
    unit: body.unit,
    department: body.department,
    rows,
    notes: body.notes,
  }
}
