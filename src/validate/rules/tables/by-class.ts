import type { Finding } from '../../../model/finding.ts'
import type { TableId } from '../../../model/tables.ts'
import { checkAtMost, checkEqual } from './compare.ts'
import { type AnyRow, cellFigure } from './rows.ts'

export interface ClassSide {
  table: TableId
  rows: readonly AnyRow[]
  key: string
}

/** The 类 rows of a side, by code: 01/04 expenditure lines or the 3-digit rows of a coded table. */
function classRows(side: ClassSide): Map<string, AnyRow> {
  const rows = side.rows.filter(
    (r) => r.code !== null && r.code.length === 3 && r.side !== 'income',
  )
  return new Map(rows.map((r) => [r.code!, r]))
}

/**
 * Compares two tables class by class (01 line 201 ↔ 03 row 201). A class printed on one side
 * only is compared with a blank: the finding sits on the side that prints it (`a` when both).
 */
export function compareByClass(
  a: ClassSide,
  b: ClassSide,
  relation: 'equal' | 'at-most',
): Finding[] {
  const left = classRows(a)
  const right = classRows(b)
  const codes = [...new Set([...left.keys(), ...right.keys()])].sort()
  return codes.flatMap((code) => {
    const [anchor, other] = left.has(code) ? [a, b] : [b, a]
    const anchorRow = (anchor === a ? left : right).get(code)!
    const otherRow = (anchor === a ? right : left).get(code)
    const value = cellFigure(anchor.table, anchorRow, anchor.key)
    const bound = cellFigure(other.table, otherRow, other.key, code)
    const place = {
      table: anchor.table,
      row: anchorRow.side ? anchorRow.label : code,
      column: anchor.key,
      line: anchorRow.line,
    }
    if (relation === 'equal')
      return checkEqual({ ...place, rule: 'cross-table-mismatch', value, other: bound })
    // at-most holds a ≤ b; when only b prints the class there is nothing to exceed.
    if (anchor !== a) return []
    return checkAtMost({ ...place, rule: 'cross-table-exceeds', value, bound })
  })
}
