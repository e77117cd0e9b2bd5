import { finding } from '../../../model/finding-builder.ts'
import type { Finding } from '../../../model/finding.ts'
import type { TableId, Tables } from '../../../model/tables.ts'
import { dec } from '../../arithmetic.ts'
import type { Rule } from '../../rule.ts'

/** Tables a unit may have nothing to put in: no such appropriation, no 三公 spending. */
const MAY_BE_EMPTY: readonly TableId[] = ['05', '06', '07', '08', '09']

/** A note saying why: "故本表无数据", "无国有资本经营预算支出", "没有政府性基金收入". */
const EMPTY_NOTE =
  /无数据|本表为空|空表|没有[^，。；]*(收入|支出|数据)|无[^，。；]*(收入|支出|数据)/

function isEmpty(table: Tables[TableId]): boolean {
  return table.rows.every((r) =>
    Object.values(r.amounts as Record<string, string | null>).every((a) => dec(a).isZero()),
  )
}

/**
 * An empty table must stay in the report (the 2020 rules), with a note saying why: empty with
 * such a note is valid (`info`, quoting it); empty without one is a `warning`.
 */
export const emptyTables: Rule = {
  ids: ['table-empty', 'table-empty-unexplained'],
  check(report) {
    return MAY_BE_EMPTY.flatMap((id): Finding[] => {
      const table = report.tables[id]
      if (!isEmpty(table)) return []
      const note = table.notes.find((n) => EMPTY_NOTE.test(n.replace(/\s+/g, '')))
      if (note) {
        return [
          finding({
            rule: 'table-empty',
            severity: 'info',
            table: id,
            line: table.line,
            zh: `${id}表没有数据，表下说明：“${note}”`,
            en: `Table ${id} is empty; the note under it says: "${note}"`,
          }),
        ]
      }
      return [
        finding({
          rule: 'table-empty-unexplained',
          severity: 'warning',
          table: id,
          line: table.line,
          zh: `${id}表没有数据，也没有说明原因（如“本表无数据”的说明）。`,
          en: `Table ${id} is empty and no note says why (such as 本表无数据, "this table has no data").`,
        }),
      ]
    })
  },
}
