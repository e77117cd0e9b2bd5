import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import { type Table, tableDef } from '../../model/tables.ts'
import type { TableBody } from './body.ts'
import { readDecimal } from './cells.ts'
import { headerLabels, inherited } from './header.ts'

type Phase = 'budget' | 'actual'
type Item =
  | 'total'
  | 'overseas_visits'
  | 'vehicles_total'
  | 'vehicle_purchase'
  | 'vehicle_operation'
  | 'receptions'

const phaseOf = (label: string): Phase | null =>
  /预算/.test(label) ? 'budget' : /决算|实际/.test(label) ? 'actual' : null

/** The item a label names; the group heading 公务用车购置及运行(维护)费 names its 小计 only where nothing below it does. */
function itemOf(label: string): Item | null {
  if (/接待/.test(label)) return 'receptions'
  if (/出国|出境/.test(label)) return 'overseas_visits'
  if (/小计/.test(label)) return 'vehicles_total'
  if (/购置及运行|购置和运行/.test(label)) return 'vehicles_total'
  if (/购置/.test(label)) return 'vehicle_purchase'
  if (/运行/.test(label)) return 'vehicle_operation'
  if (/^合计$|总计/.test(label)) return 'total'
  return null
}

/**
 * Each column's key from its header: its phase (预算数 / 决算数) and its item, each its own or
 * that of the label spanning it from the left. Covers both layouts: six 预算 then six 决算
 * columns, and 预算 | 决算 pairs per item. Null where the header does not say.
 */
function columnKeys(body: TableBody): Array<string | null> {
  const labels = headerLabels(body.header)
  return labels.map((_, k) => {
    const phase = inherited(labels, k, phaseOf)
    const item = inherited(labels, k, itemOf)
    return phase && item ? `${phase}_${item}` : null
  })
}

/**
 * 07 "三公"经费支出决算表: one data row of 12 amounts, 预算数 and 决算数 of 合计, 因公出国（境）费,
 * 公务用车购置及运行费 (小计, 购置费, 运行费) and 公务接待费, the columns found by their headers.
 * A header that names them not all is read in the national template's order (six 预算 then six
 * 决算), and said so. A shifted cell is left for the rules to report, never moved.
 */
export function threePublicTable(
  title: string,
  line: number,
  body: TableBody,
  findings: Finding[],
): Table<'07'> {
  const columns = tableDef('07').columns
  const keys = columnKeys(body)
  const found = new Map<string, number>()
  keys.forEach((key, k) => {
    if (key !== null && !found.has(key)) found.set(key, k)
  })
  const byHeader = columns.every((c) => found.has(c.key))
  if (!byHeader && (body.header.length > 0 || body.data.length > 0))
    findings.push(
      finding({
        rule: 'header-unread',
        severity: 'warning',
        table: '07',
        line: body.header[0]?.line ?? line,
        zh: `表头未能按栏目名称识别全部 12 栏（识别出 ${found.size} 栏），按全国模板的栏目顺序读取。`,
        en: `The header names ${found.size} of the 12 columns; the columns are read in the national template's order.`,
      }),
    )
  const indexOf = (key: string, k: number) => (byHeader ? found.get(key)! : k)
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
            cells[indexOf(c.key, k)],
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
