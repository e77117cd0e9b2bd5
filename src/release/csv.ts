import { stringify } from 'csv-stringify/sync'
import type { Cell, TabularResource } from './table-schema.ts'

/**
 * CSV as RFC 4180 has it: CRLF after every record, the header first, a field quoted when it
 * holds a comma, a double quote, CR or LF (quotes doubled). UTF-8 without a byte-order mark;
 * an empty field is a blank. Cells are written as they are: decimals stay exactly as printed.
 */
export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const

/** The text of a cell: null is the empty field; integers only, never a float's digits. */
function cellText(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell))
      throw new TypeError(`release: ${cell} is not a safe integer; decimals travel as strings`)
    return String(cell)
  }
  return cell
}

export function csvRecords(resource: TabularResource): string[][] {
  return resource.rows.map((row) => row.map(cellText))
}

/** The CSV of a resource; its header is the field names unless another is given (the Excel twins'). */
export function renderCsv(
  resource: TabularResource,
  header: readonly string[] = resource.schema.fields.map((f) => f.name),
): string {
  // csv-stringify quotes a field holding the record delimiter, but not a lone LF or CR in it.
  // A `;` or tab is quoted too: spreadsheets' import dialogs split on them by default.
  return stringify([header, ...csvRecords(resource)], {
    record_delimiter: '\r\n',
    quoted_match: /[\r\n;\t]/,
    eof: true,
  })
}
