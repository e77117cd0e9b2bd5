import {
  codeLevel,
  EconomicClassCode,
  FunctionClassCode,
  parentCode,
} from '../../../model/classification.ts'
import { finding } from '../../../model/finding-builder.ts'
import type { Finding } from '../../../model/finding.ts'
import { tableDef, type TableId } from '../../../model/tables.ts'
import { lookupCode, normalizeName } from '../../../reference/classification.ts'
import type { Rule } from '../../rule.ts'
import type { AnyRow } from './rows.ts'

const CODED: readonly TableId[] = ['02', '03', '05', '06', '08', '09']

/** The reference is sure of a name when the entry, or at least its name, is verified. */
const nameVerified = (status: string) =>
  status.startsWith('verified') || status.includes('name verified')

const LEVEL_ZH: Record<string, string> = { class: '类', section: '款', item: '项' }

function at(id: TableId, row: AnyRow) {
  return { table: id, row: row.code, column: 'code', line: row.line }
}

/** One coded row against the code's form and the 2020 reference list. */
function checkRow(
  id: TableId,
  row: AnyRow,
  codes: ReadonlySet<string>,
  fiscalYear: number,
): Finding[] {
  const code = row.code!
  const scheme = tableDef(id).codeScheme!
  const findings: Finding[] = []
  const form = scheme === 'function' ? FunctionClassCode : EconomicClassCode
  if (!form.safeParse(code).success) {
    const shape = scheme === 'function' ? '3、5 或 7 位数字' : '3 或 5 位数字'
    const shapeEn = scheme === 'function' ? '3, 5 or 7 digits' : '3 or 5 digits'
    return [
      finding({
        ...at(id, row),
        rule: 'code-malformed',
        severity: 'warning',
        zh: `${id}表科目编码“${code}”（${row.label}）不是${shape}。`,
        en: `Table ${id}: the code "${code}" (${row.label}) is not ${shapeEn}.`,
      }),
    ]
  }
  if (row.level !== codeLevel(code)) {
    findings.push(
      finding({
        ...at(id, row),
        rule: 'code-level-mismatch',
        severity: 'warning',
        zh: `${id}表科目 ${code} 的级次记为${row.level ? LEVEL_ZH[row.level] : '空'}，与编码长度（${code.length} 位，应为${LEVEL_ZH[codeLevel(code)!]}）不符。`,
        en: `Table ${id}: code ${code} is recorded at level ${row.level ?? 'none'}, but its length (${code.length} digits) makes it a ${codeLevel(code)}.`,
      }),
    )
  }
  const parent = parentCode(code)
  if (parent !== null && !codes.has(parent)) {
    findings.push(
      finding({
        ...at(id, row),
        rule: 'code-orphan',
        severity: 'warning',
        zh: `${id}表科目 ${code}（${row.label}）的上级科目 ${parent} 未列出。`,
        en: `Table ${id}: the parent ${parent} of code ${code} (${row.label}) is not printed.`,
      }),
    )
  }
  const entry = lookupCode(scheme, code, fiscalYear)
  if (!entry) {
    // The function list is complete for 类 only; below it, absence says little.
    const partial = scheme === 'function' && code.length > 3
    findings.push(
      finding({
        ...at(id, row),
        rule: 'code-unknown',
        severity: partial ? 'info' : 'warning',
        zh: `${id}表科目编码 ${code}（${row.label}）不在${fiscalYear}年度适用的科目参考表中${partial ? '（参考表在类以下不完整）' : ''}。`,
        en: `Table ${id}: code ${code} (${row.label}) is not in the classification reference for ${fiscalYear}${partial ? ' (which is incomplete below class level)' : ''}.`,
      }),
    )
  } else if (nameVerified(entry.status) && normalizeName(entry.name) !== normalizeName(row.label)) {
    findings.push(
      finding({
        ...at(id, row),
        rule: 'code-name-mismatch',
        severity: 'warning',
        zh: `${id}表科目 ${code} 印作“${row.label}”，参考名称为“${entry.name}”。`,
        en: `Table ${id}: code ${code} is printed as "${row.label}"; the reference name is "${entry.name}".`,
      }),
    )
  }
  return findings
}

function checkTable(id: TableId, rows: readonly AnyRow[], fiscalYear: number): Finding[] {
  const coded = rows.filter((r) => r.code !== null)
  const codes = new Set(coded.map((r) => r.code!))
  const seen = new Set<string>()
  return coded.flatMap((row) => {
    const duplicate = seen.has(row.code!)
    seen.add(row.code!)
    const own = checkRow(id, row, codes, fiscalYear)
    if (!duplicate) return own
    return [
      ...own,
      finding({
        ...at(id, row),
        rule: 'code-duplicate',
        severity: 'warning',
        zh: `${id}表科目编码 ${row.code}（${row.label}）出现不止一次。`,
        en: `Table ${id}: code ${row.code} (${row.label}) is printed more than once.`,
      }),
    ]
  })
}

/**
 * Codes of the coded tables: form (3/5/7 digits), level consistent with length, parent printed,
 * known in the reference for the report's fiscal year, and named as it names them. A name is compared only where the
 * reference has verified it; `inferred` entries are not held against a report.
 */
export const codes: Rule = {
  ids: [
    'code-malformed',
    'code-level-mismatch',
    'code-orphan',
    'code-unknown',
    'code-name-mismatch',
    'code-duplicate',
  ],
  check(report) {
    return CODED.flatMap((id) => checkTable(id, report.tables[id].rows, report.fiscalYear))
  },
}
