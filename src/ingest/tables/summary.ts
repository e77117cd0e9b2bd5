import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import { type Side, type Table, type TableRow, tableDef } from '../../model/tables.ts'
import { codesByName } from '../../reference/classification.ts'
import type { SourceRow, TableBody } from './body.ts'
import { compact, readDecimal, readLineNo } from './cells.ts'

/** The two-sided tables: 01 收入支出决算总表 and 04 财政拨款收入支出决算总表. */
export type SummaryTableId = '01' | '04'

/** Income side: 项目 | 行次 | 金额; expenditure side: 项目 | 行次 | amount columns. */
const INCOME_CELLS = 3

const ENUMERATOR = /^[一二三四五六七八九十]+、/

/** An expenditure line names a 功能分类 类 ("十三、交通运输支出" → 214). */
function classCodeOf(label: string): string | null {
  const name = label.replace(ENUMERATOR, '')
  const matches = codesByName('function', name).filter((e) => e.code.length === 3)
  return matches.length === 1 ? matches[0]!.code : null
}

/** A row holding nothing but digits where the income 行次 stands: the tail of a split 行次. */
function isLineNoTail(row: SourceRow): boolean {
  const filled = row.cells.map((c, k) => [c, k] as const).filter(([c]) => c !== '')
  return filled.length === 1 && filled[0]![1] === 1 && /^\d+$/.test(filled[0]![0])
}

export function summaryTable<T extends SummaryTableId>(
  id: T,
  title: string,
  line: number,
  body: TableBody,
  findings: Finding[],
): Table<T> {
  const columns = tableDef(id).columns
  const income: TableRow<T>[] = []
  const expenditure: TableRow<T>[] = []
  let previousIncome: TableRow<T> | undefined

  const makeRow = (side: Side, cells: string[], at: number): TableRow<T> | undefined => {
    const label = compact(cells[0] ?? '')
    const lineNo = readLineNo(cells[1], { table: id, line: at }, findings)
    const values = side === 'income' ? cells.slice(2, 3) : cells.slice(2)
    const amounts = Object.fromEntries(
      columns.map((c, k) => [
        c.key,
        readDecimal(
          values[k],
          { table: id, row: label || (lineNo ?? ''), column: c.key, line: at },
          findings,
          'amount',
        ),
      ]),
    )
    // A numbered line with neither item nor amount is the form's padding, not data.
    if (label === '' && Object.values(amounts).every((a) => a === null)) return undefined
    const code = side === 'expenditure' ? classCodeOf(label) : null
    return {
      line: at,
      side,
      lineNo,
      code,
      level: code ? 'class' : null,
      label,
      amounts,
    }
  }

  for (const row of body.data) {
    if (isLineNoTail(row) && previousIncome) {
      const tail = row.cells[1]!
      findings.push(
        finding({
          rule: 'line-number-split',
          severity: 'info',
          table: id,
          row: previousIncome.label,
          column: 'line_no',
          line: row.line,
          zh: `“${previousIncome.label}”的行次“${previousIncome.lineNo}”在第 ${row.line} 行续有“${tail}”，按“${previousIncome.lineNo}${tail}”读取。`,
          en: `The line number "${previousIncome.lineNo}" of "${previousIncome.label}" continues with "${tail}" on line ${row.line}; read as "${previousIncome.lineNo}${tail}".`,
        }),
      )
      previousIncome.lineNo = `${previousIncome.lineNo ?? ''}${tail}`
      continue
    }
    const left = makeRow('income', row.cells.slice(0, INCOME_CELLS), row.line)
    const right = makeRow('expenditure', row.cells.slice(INCOME_CELLS), row.line)
    if (left) income.push(left)
    if (right) expenditure.push(right)
    if (left) previousIncome = left
  }
  return {
    id,
    title,
    line,
    unit: body.unit,
    department: body.department,
    rows: [...income, ...expenditure],
    notes: body.notes,
  } as Table<T>
}
