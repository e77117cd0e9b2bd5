import { parentCode } from '../../../model/classification.ts'
import type { Finding } from '../../../model/finding.ts'
import { tableDef, type TableId } from '../../../model/tables.ts'
import type { Rule } from '../../rule.ts'
import { checkSum } from './compare.ts'
import {
  type AnyRow,
  amountOf,
  columnFigure,
  isTotalRow,
  rowKey,
  type Text,
  whereRow,
} from './rows.ts'

/** The coded tables: 02, 03, 05, 08, 09 (功能分类) and 06 (经济分类, which has no 合计 row). */
const CODED: readonly TableId[] = ['02', '03', '05', '06', '08', '09']

const LEVEL_NAME: Record<number, Text> = {
  3: { zh: '各类之和', en: 'the sum of its classes' },
  5: { zh: '其下各款之和', en: 'the sum of its sections (款)' },
  7: { zh: '其下各项之和', en: 'the sum of its items (项)' },
}

function sumCheck(
  id: TableId,
  parent: AnyRow,
  children: readonly AnyRow[],
  termsName: Text,
): Finding[] {
  return tableDef(id).columns.flatMap((col) =>
    checkSum({
      rule: 'hierarchy-sum-mismatch',
      table: id,
      row: rowKey(parent),
      column: col.key,
      line: parent.line,
      where: whereRow(id, parent),
      total: columnFigure(id, parent, col.key),
      terms: children.map((child) => ({
        zh: child.code!,
        en: child.code!,
        value: amountOf(child, col.key),
      })),
      termsName,
    }),
  )
}

/**
 * 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every amount column; children are found by code
 * prefix. A blank parent over printed children is `total-missing`. 合计 sums the rows whose
 * parent is not in the table, so a table printed without its 类 rows still adds up.
 */
function checkTable(id: TableId, rows: readonly AnyRow[]): Finding[] {
  const coded = rows.filter((r) => r.code !== null)
  const codes = new Set(coded.map((r) => r.code))
  const findings: Finding[] = []
  for (const parent of coded) {
    const children = coded.filter((r) => r.code !== null && parentCode(r.code) === parent.code)
    if (children.length > 0)
      findings.push(
        ...sumCheck(id, parent, children, LEVEL_NAME[children[0]!.code!.length] ?? LEVEL_NAME[3]!),
      )
  }
  const total = rows.find(isTotalRow)
  const roots = coded.filter((r) => {
    const parent = parentCode(r.code!)
    return parent === null || !codes.has(parent)
  })
  if (total && roots.length > 0) findings.push(...sumCheck(id, total, roots, LEVEL_NAME[3]!))
  return findings
}

export const hierarchy: Rule = {
  ids: ['hierarchy-sum-mismatch', 'total-missing'],
  check(report) {
    return CODED.flatMap((id) => checkTable(id, report.tables[id].rows))
  },
}
