import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import { type Side, type Table, type TableRow, tableDef } from '../../model/tables.ts'
import { codesByName } from '../../reference/classification.ts'
import type { SourceRow, TableBody } from './body.ts'
import { compact, readDecimal, readLineNo } from './cells.ts'
import { SUMMARY_ALIASES } from './columns.ts'
import { columnText, headerLabels, headerUnread, mapColumns } from './header.ts'

/** The two-sided tables: 01 收入支出决算总表 and 04 财政拨款收入支出决算总表. */
export type SummaryTableId = '01' | '04'

/** Where one side's cells stand: its 项目 label, its 行次 (if printed), its amounts by column key. */
interface SideLayout {
  label: number
  lineNo: number | null
  amounts: Map<string, number>
}

/**
 * The two sides, read by their headers: each side starts at a column headed 项目; its 行次 is
 * the column so headed, if the report prints one; its amounts are mapped by name. A header
 * without two 项目 columns is read in the national template's layout (项目 | 行次 | amounts).
 */
function summaryLayout(
  id: SummaryTableId,
  body: TableBody,
  line: number,
  findings: Finding[],
): { income: SideLayout; expenditure: SideLayout } {
  const columns = tableDef(id).columns
  const labels = headerLabels(body.header)
  const items = labels.flatMap((l, k) => (l.includes('项目') ? [k] : []))
  const width = Math.max(labels.length, ...body.data.map((r) => r.cells.length))
  const at = { line: body.header[0]?.line ?? line, data: body.data }
  const side = (from: number, to: number, which: 'income' | 'expenditure'): SideLayout => {
    const span = Array.from({ length: to - from - 1 }, (_, k) => from + 1 + k)
    const lineNo = span.find((k) => columnText(labels, k).includes('行次')) ?? null
    const candidates = span.filter((k) => k !== lineNo)
    return {
      label: from,
      lineNo,
      amounts: mapColumns(id, labels, candidates, SUMMARY_ALIASES[id][which], at, findings),
    }
  }
  if (items.length >= 2) {
    const income = side(items[0]!, items[1]!, 'income')
    const expenditure = side(items[1]!, width, 'expenditure')
    if (income.amounts.size > 0 && expenditure.amounts.size > 0) return { income, expenditure }
  }
  headerUnread(
    id,
    body,
    line,
    {
      zh: '表头未能按栏目名称识别（未找到收入、支出两侧的“项目”栏），按全国模板的栏目顺序读取。',
      en: "The header could not be read by column names (no 项目 column for each side); the columns are read in the national template's order.",
    },
    findings,
  )
  const positional = (from: number, keys: readonly string[]): SideLayout => ({
    label: from,
    lineNo: from + 1,
    amounts: new Map(keys.map((key, k) => [key, from + 2 + k])),
  })
  return {
    income: positional(0, [columns[0]!.key]),
    expenditure: positional(
      3,
      columns.map((c) => c.key),
    ),
  }
}

const ENUMERATOR = /^[一二三四五六七八九十]+、/

/** An expenditure line names a 功能分类 类 ("十三、交通运输支出" → 214). */
function classCodeOf(label: string): string | null {
  const name = label.replace(ENUMERATOR, '')
  const matches = codesByName('function', name).filter((e) => e.code.length === 3)
  return matches.length === 1 ? matches[0]!.code : null
}

/** A row holding nothing but digits where the income 行次 stands: the tail of a split 行次. */
function isLineNoTail(row: SourceRow, lineNo: number | null): boolean {
  const filled = row.cells.map((c, k) => [c, k] as const).filter(([c]) => c !== '')
  return filled.length === 1 && filled[0]![1] === lineNo && /^\d+$/.test(filled[0]![0])
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

  const layout = summaryLayout(id, body, line, findings)

  const makeRow = (side: Side, cells: string[], at: number): TableRow<T> | undefined => {
    const place = layout[side]
    const label = compact(cells[place.label] ?? '')
    const lineNo =
      place.lineNo === null
        ? null
        : readLineNo(cells[place.lineNo], { table: id, line: at }, findings)
    const amounts = Object.fromEntries(
      columns.map((c) => {
        const k = place.amounts.get(c.key)
        return [
          c.key,
          readDecimal(
            k === undefined ? undefined : cells[k],
            { table: id, row: label || (lineNo ?? ''), column: c.key, line: at },
            findings,
            'amount',
          ),
        ]
      }),
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
    if (isLineNoTail(row, layout.income.lineNo) && previousIncome) {
      const tail = row.cells[layout.income.lineNo!]!
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
    const left = makeRow('income', row.cells, row.line)
    const right = makeRow('expenditure', row.cells, row.line)
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
