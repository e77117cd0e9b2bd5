import { codeLevel } from '../../model/classification.ts'
import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { Table, TableRow } from '../../model/tables.ts'
import { codesByName, lookupCode, normalizeName } from '../../reference/classification.ts'
import type { TableBody } from './body.ts'
import { compact, readDecimal } from './cells.ts'
import { headerLabels, headerUnread } from './header.ts'

/** 06 一般公共预算财政拨款基本支出决算表: column groups of 科目编码 | 科目名称 | 决算数. */
const GROUP_WIDTH = 3

/** One column group: the code in one column or two (类 | 款), its name, its amount. */
interface Group {
  codes: number[]
  name: number
  amount: number
}

/**
 * The column groups, read from the header: each 决算数 column closes a group whose name is the
 * 科目名称 column before it and whose code fills the columns between the previous group and the
 * name. Without such a header, groups of three as the national template prints them.
 */
function groupsOf(body: TableBody, line: number, findings: Finding[]): Group[] {
  const labels = headerLabels(body.header)
  const amounts = labels.flatMap((l, k) => (l.some((t) => /决算数|金额/.test(t)) ? [k] : []))
  const groups: Group[] = []
  let from = 0
  for (const amount of amounts) {
    let name = amount - 1
    for (let k = amount - 1; k > from; k--)
      if (labels[k]!.some((t) => t.includes('科目名称'))) {
        name = k
        break
      }
    if (name <= from) break
    groups.push({ codes: Array.from({ length: name - from }, (_, k) => from + k), name, amount })
    from = amount + 1
  }
  if (groups.length > 0) return groups
  headerUnread(
    '06',
    body,
    line,
    {
      zh: '表头未能按栏目名称识别（未找到“决算数”栏），按全国模板的栏目顺序（科目编码、科目名称、决算数）读取。',
      en: "The header could not be read by column names (no 决算数 column); the columns are read in the national template's order (code, name, amount).",
    },
    findings,
  )
  const width = Math.max(GROUP_WIDTH, ...body.data.map((r) => r.cells.length))
  return Array.from({ length: Math.ceil(width / GROUP_WIDTH) }, (_, g) => ({
    codes: [g * GROUP_WIDTH],
    name: g * GROUP_WIDTH + 1,
    amount: g * GROUP_WIDTH + 2,
  }))
}
const TOTAL_LABEL = /合计$/

type Row06 = TableRow<'06'>

/**
 * Extraction truncates economic codes to their class ("302 办公费", "3100 房屋建筑物购建").
 * The true code is the one under the printed prefix whose reference name is the printed name;
 * repaired only when exactly one fits, and recorded with the original text.
 */
function resolveCode(printed: string, label: string, line: number, findings: Finding[]): string {
  const reference = lookupCode('economic', printed)
  if (reference && normalizeName(reference.name) === label) return printed
  const matches = codesByName('economic', label, printed).filter((e) => e.code.length === 5)
  if (matches.length !== 1) return printed
  const code = matches[0]!.code
  findings.push(
    finding({
      rule: 'code-repaired',
      severity: 'info',
      table: '06',
      row: code,
      column: 'code',
      line,
      zh: `经济分类编码印为“${printed}”（被截断），名称“${label}”在其下唯一对应 ${code}，按 ${code} 读取。`,
      en: `The economic code was printed "${printed}" (truncated); the name "${label}" matches exactly one code under it, ${code}, so it is read as ${code}.`,
    }),
  )
  return code
}

/** The bottom line: 人员经费合计 … 公用经费合计 …, each followed by its amount somewhere to its right. */
function totalRows(cells: string[], line: number, findings: Finding[]): Row06[] {
  const labels = cells.map((c, k) => [compact(c), k] as const).filter(([c]) => TOTAL_LABEL.test(c))
  return labels.map(([label, k], n) => {
    const until = labels[n + 1]?.[1] ?? cells.length
    const value = cells.slice(k + 1, until).find((c) => c !== '')
    return {
      line,
      side: null,
      lineNo: null,
      code: null,
      level: null,
      label,
      amounts: {
        amount: readDecimal(
          value,
          { table: '06', row: label, column: 'amount', line },
          findings,
          'amount',
        ),
      },
    }
  })
}

export function basicExpenditureTable(
  title: string,
  line: number,
  body: TableBody,
  findings: Finding[],
): Table<'06'> {
  const layout = groupsOf(body, line, findings)
  const groups: Row06[][] = []
  const totals: Row06[] = []
  for (const { cells, line: at } of body.data) {
    if (cells.some((c) => TOTAL_LABEL.test(compact(c)))) {
      totals.push(...totalRows(cells, at, findings))
      continue
    }
    layout.forEach((group, g) => {
      const rawCode = group.codes.map((k) => compact(cells[k] ?? '')).join('')
      const rawName = cells[group.name] ?? ''
      const rawAmount = cells[group.amount]
      const printed = compact(rawCode)
      const label = compact(rawName)
      if (printed === '' && label === '' && compact(rawAmount ?? '') === '') return
      const code = printed === '' ? null : resolveCode(printed, label, at, findings)
      const amount = readDecimal(
        rawAmount,
        { table: '06', row: code ?? label, column: 'amount', line: at },
        findings,
        'amount',
      )
      ;(groups[g] ??= []).push({
        line: at,
        side: null,
        lineNo: null,
        code,
        level: code ? codeLevel(code) : null,
        label,
        amounts: { amount },
      })
    })
  }
  return {
    id: '06',
    title,
    line,
    unit: body.unit,
    department: body.department,
    // Column group by column group, as the table is read: 人员经费 first, then 公用经费.
    rows: [...groups.flat(), ...totals],
    notes: body.notes,
  }
}
