import { finding } from '../../../model/finding-builder.ts'
import type { Finding } from '../../../model/finding.ts'
import type { Report } from '../../../model/report.ts'
import type { TableId } from '../../../model/tables.ts'
import { normalizeName } from '../../../reference/classification.ts'
import type { Rule } from '../../rule.ts'
import type { AnyRow } from './rows.ts'

const codedRows = (report: Report, id: TableId): AnyRow[] =>
  report.tables[id].rows.filter((r) => r.code !== null)

const at = (id: TableId, row: AnyRow) => ({
  table: id,
  row: row.code,
  column: 'code',
  line: row.line,
})

/** The same code carries the same name in 02, 03, 05, 08 and 09 (03 is the yardstick, then 02). */
function names(report: Report): Finding[] {
  const yardsticks = (['03', '02'] as const).map(
    (id) => [id, new Map(codedRows(report, id).map((r) => [r.code!, r]))] as const,
  )
  return (['02', '05', '08', '09'] as const).flatMap((id) =>
    codedRows(report, id).flatMap((row) => {
      const found = yardsticks.find(([other, rows]) => other !== id && rows.has(row.code!))
      if (!found) return []
      const [other, rows] = found
      const theirs = rows.get(row.code!)!
      if (normalizeName(theirs.label) === normalizeName(row.label)) return []
      return [
        finding({
          ...at(id, row),
          rule: 'cross-table-name-mismatch',
          severity: 'warning',
          zh: `科目 ${row.code} 在${id}表名为“${row.label}”，在${other}表名为“${theirs.label}”。`,
          en: `Code ${row.code} is named "${row.label}" in table ${id} but "${theirs.label}" in table ${other}.`,
        }),
      ]
    }),
  )
}

function missing(
  id: TableId,
  row: AnyRow,
  other: TableId,
  severity: 'warning' | 'info',
  why: { zh: string; en: string },
): Finding {
  return finding({
    ...at(id, row),
    rule: 'cross-table-code-missing',
    severity,
    zh: `${id}表列有科目 ${row.code}（${row.label}），${other}表没有${why.zh}。`,
    en: `Table ${id} lists code ${row.code} (${row.label}); table ${other} does not${why.en}.`,
  })
}

/**
 * Which codes each table lists. 05, 08 and 09 are parts of 03's spending, so a code of theirs
 * missing from 03 is a warning; 02 and 03 usually list the same codes, but revenue carried over
 * or spending from carry-overs can part them, so a difference there is only noted.
 */
function codeSets(report: Report): Finding[] {
  const in03 = new Set(codedRows(report, '03').map((r) => r.code))
  const in02 = new Set(codedRows(report, '02').map((r) => r.code))
  const carry = {
    zh: '（可能为结转收入或动用结转的支出）',
    en: ' (revenue carried over or spending from carry-overs may explain it)',
  }
  const part = {
    zh: '，而该表的支出是03表支出的一部分',
    en: ', though its spending is part of table 03',
  }
  return [
    ...codedRows(report, '02')
      .filter((r) => !in03.has(r.code))
      .map((r) => missing('02', r, '03', 'info', carry)),
    ...codedRows(report, '03')
      .filter((r) => !in02.has(r.code))
      .map((r) => missing('03', r, '02', 'info', carry)),
    ...(['05', '08', '09'] as const).flatMap((id) =>
      codedRows(report, id)
        .filter((r) => !in03.has(r.code))
        .map((r) => missing(id, r, '03', 'warning', part)),
    ),
  ]
}

/** 02, 03, 05, 08 and 09 list codes consistently and name them alike. */
export const crossCodes: Rule = {
  ids: ['cross-table-name-mismatch', 'cross-table-code-missing'],
  check(report) {
    return [...names(report), ...codeSets(report)]
  },
}
