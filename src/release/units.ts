import type { DatasetMetadata } from '../model/dataset.ts'
import { finding } from '../model/finding-builder.ts'
import type { Finding } from '../model/finding.ts'
import type { Report } from '../model/report.ts'
import { TABLE_IDS } from '../model/tables.ts'

/**
 * Each table's printed unit (单位：万元) against dataset.json's: the release states one unit for
 * every amount, so a table printed in another is an error to see before anyone sums it.
 */
export function unitFindings(report: Report, metadata: DatasetMetadata): Finding[] {
  return TABLE_IDS.flatMap((id) => {
    const table = report.tables[id]
    const printed = table.unit?.replace(/\s+/g, '') ?? null
    if (printed === null || printed === metadata.unit) return []
    return [
      finding({
        rule: 'table-unit-mismatch',
        severity: 'error',
        table: id,
        column: 'unit',
        line: table.line,
        zh: `公开${id}表印出“单位：${printed}”，但 dataset.json 的金额单位是“${metadata.unit}”。`,
        en: `Table ${id} prints its amounts in ${printed} (单位：${printed}), but dataset.json's unit is ${metadata.unit}.`,
      }),
    ]
  })
}
