import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import { type Table, tableDef } from '../../model/tables.ts'
import type { TableBody } from './body.ts'
import { readDecimal } from './cells.ts'
import { type HeaderLabels, headerLabels, headerUnread, inherited } from './header.ts'

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
 * Each column's key from its header: its phase (预算数 / 决算数), its own or that of the label
 * spanning it from the left, and its item, that of its name or of the name spanning it. Covers both layouts: six 预算 then six 决算
 * columns, and 预算 | 决算 pairs per item. Null where the header does not say.
 */
function columnKeys(body: TableBody): Array<string | null> {
  const labels = headerLabels(body.header)
  return labels.map((_, k) => {
    const phase = inherited(labels, k, phaseOf)
    // The item of the nearest column, this one or to its left, with a name of its own (not only
    // 预算数/决算数): a name that is no item names none, and lends none to the columns under it.
    const item = itemAt(labels, namedAt(labels, k))
    return phase && item ? `${phase}_${item}` : null
  })
}

const at07 = (cells: string[], k: number | undefined) => (k === undefined ? undefined : cells[k])

/** The nearest column, `k` or to its left, whose labels name more than 预算数/决算数. */
function namedAt(labels: HeaderLabels, k: number): number {
  let j = k
  while (j > 0 && !(labels[j] ?? []).some((l) => phaseOf(l) === null)) j--
  return j
}

/** The item a column's own labels name, the deepest first. */
const itemAt = (labels: HeaderLabels, j: number): Item | null =>
  [...(labels[j] ?? [])]
    .reverse()
    .map(itemOf)
    .find((v) => v !== null) ?? null

/** A column's header as printed: its own labels, after the name spanning it where it has none. */
function headerText(labels: HeaderLabels, k: number): string {
  const own = labels[k] ?? []
  const j = namedAt(labels, k)
  if (j === k) return own.join('')
  return [...(labels[j] ?? []).filter((l) => phaseOf(l) === null), ...own].join('')
}

/**
 * A header read by name but not wholly: each printed column it does not name is reported (its
 * values are not read), each of the 12 columns it does not print is read as not printed (blank).
 * Never read by position, which in the 预算 | 决算 pairs layout would shift every value.
 */
function reportUnmapped(
  body: TableBody,
  keys: Array<string | null>,
  columns: readonly { key: string; zh: string }[],
  findings: Finding[],
  line: number,
): void {
  const labels = headerLabels(body.header)
  const at = body.header[0]?.line ?? line
  keys.forEach((key, k) => {
    if (key !== null || (labels[k] ?? []).length === 0) return
    const text = headerText(labels, k)
    const values = body.data.filter((r) => (r.cells[k] ?? '').trim() !== '').length
    findings.push(
      finding({
        rule: 'header-unmapped',
        severity: values > 0 ? 'warning' : 'info',
        table: '07',
        column: text,
        line: at,
        zh: `表头“${text}”不对应本表的任何标准栏目，该栏${values > 0 ? `的 ${values} 个数值未读取` : '无数据'}。`,
        en: `The header "${text}" names none of the table's standard columns; ${values > 0 ? `its ${values} values were not read` : 'the column holds no values'}.`,
      }),
    )
  })
  for (const c of columns) {
    if (keys.includes(c.key)) continue
    findings.push(
      finding({
        rule: 'column-not-printed',
        severity: 'info',
        table: '07',
        column: c.key,
        line: at,
        zh: `表头未印“${c.zh}”栏，该栏按未印处理（空白）。`,
        en: `The header prints no "${c.zh}" (${c.key}) column; it is read as not printed (blank).`,
      }),
    )
  }
}

/**
 * 07 "三公"经费支出决算表: one data row of 12 amounts, 预算数 and 决算数 of 合计, 因公出国（境）费,
 * 公务用车购置及运行费 (小计, 购置费, 运行费) and 公务接待费, the columns found by their headers.
 * A header that names some of them is read by those names, the rest reported; one that names
 * none is read in the national template's order (six 预算 then six 决算), and said so. A shifted
 * cell is left for the rules to report, never moved.
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
  const byHeader = found.size > 0
  if (!byHeader)
    headerUnread(
      '07',
      body,
      line,
      {
        zh: `表头未能按栏目名称识别全部 12 栏（识别出 ${found.size} 栏），按全国模板的栏目顺序读取。`,
        en: `The header names ${found.size} of the 12 columns; the columns are read in the national template's order.`,
      },
      findings,
    )
  if (byHeader) reportUnmapped(body, keys, columns, findings, line)
  const indexOf = (key: string, k: number) => (byHeader ? found.get(key) : k)
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
            at07(cells, indexOf(c.key, k)),
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
