import { codeLevel } from '../../model/classification.ts'
import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { Table, TableRow } from '../../model/tables.ts'
import { codesByName, lookupCode, normalizeName } from '../../reference/classification.ts'
import type { TableBody } from './body.ts'
import { compact, readDecimal } from './cells.ts'

/** 06 一般公共预算财政拨款基本支出决算表: column groups of 科目编码 | 科目名称 | 决算数. */
const GROUP_WIDTH = 3
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
  const groups: Row06[][] = []
  const totals: Row06[] = []
  for (const { cells, line: at } of body.data) {
    if (cells.some((c) => TOTAL_LABEL.test(compact(c)))) {
      totals.push(...totalRows(cells, at, findings))
      continue
    }
    for (let g = 0; g * GROUP_WIDTH < cells.length; g++) {
      const [rawCode = '', rawName = '', rawAmount] = cells.slice(
        g * GROUP_WIDTH,
        (g + 1) * GROUP_WIDTH,
      )
      const printed = compact(rawCode)
      const label = compact(rawName)
      if (printed === '' && label === '' && compact(rawAmount ?? '') === '') continue
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
    }
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
