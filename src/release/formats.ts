import { canonicalJson } from './canonical-json.ts'
import { renderCsv } from './csv.ts'
import { neutraliseFormulas } from './formula.ts'
import type { TabularResource } from './table-schema.ts'
import { chineseTitles } from './titles.ts'

/**
 * Output formats as a registry, in the manner of Datasette: each says how its files are named,
 * what media type they are served as, and how a value becomes bytes. A new format is one entry.
 */
export interface Format<T> {
  /** Appended to a file stem: `03-expenditure` + `-excel.csv`. */
  extension: string
  mediaType: string
  render(value: T): Uint8Array
}

export interface ReleaseFile {
  name: string
  bytes: Uint8Array
  mediaType: string
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf)

export const csv: Format<TabularResource> = {
  extension: '.csv',
  mediaType: 'text/csv; charset=utf-8',
  render: (resource) => utf8(renderCsv(resource)),
}

/**
 * The CSV for spreadsheets: a UTF-8 byte-order mark, which Excel needs to read UTF-8 (it guesses
 * GBK otherwise), and a header of the Chinese column titles; then the same records, except that
 * a text cell a spreadsheet would run as a formula is behind a `'`.
 */
export const excelCsv: Format<TabularResource> = {
  extension: '-excel.csv',
  mediaType: 'text/csv; charset=utf-8',
  render: (resource) =>
    concat(
      UTF8_BOM,
      utf8(renderCsv(neutraliseFormulas(resource), chineseTitles(resource.schema.fields))),
    ),
}

export const json: Format<unknown> = {
  extension: '.json',
  mediaType: 'application/json',
  render: (value) => utf8(canonicalJson(value)),
}

/** IANA-registered for Data Package descriptors (Frictionless). */
export const dataPackageJson: Format<unknown> = {
  ...json,
  mediaType: 'application/vnd.datapackage+json',
}

/** IANA-registered for CSVW metadata (W3C, Metadata Vocabulary for Tabular Data §C.1). */
export const csvwJson: Format<unknown> = { ...json, mediaType: 'application/csvm+json' }

export const text: Format<string> = {
  extension: '',
  mediaType: 'text/plain; charset=utf-8',
  render: (value) => utf8(value),
}

/** Every table of a release is written in each of these. */
export const TABULAR_FORMATS: readonly Format<TabularResource>[] = [csv, excelCsv]

export function fileOf<T>(format: Format<T>, stem: string, value: T): ReleaseFile {
  return {
    name: `${stem}${format.extension}`,
    bytes: format.render(value),
    mediaType: format.mediaType,
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
