import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildRelease } from '../../src/release/command.ts'
import { Dec } from '../../src/validate/arithmetic.ts'
import { SEED_DIR } from '../support/seed.ts'
import { findSoffice, runToEnd, systemTool } from './support.ts'

/**
 * The seed release's CSVs in a real spreadsheet: headless LibreOffice Calc opens every `*.csv` and
 * its `*-excel.csv` twin (a UTF-8 byte-order mark, Chinese column titles, then the same records) and saves what it holds as
 * flat ODF (.fods), which says of each cell whether Calc took it for text or a number, its value,
 * and the text it shows. That is compared with the CSV's own fields, read with csv-parse.
 *
 * A double-click in Calc opens its Text Import dialog; headless there is no dialog, so each run
 * passes the dialog's choices as filter options. Without any, Calc reads Windows-1252 (last test).
 */
const SOFFICE = findSoffice()
const hasCalc = systemTool(
  'LibreOffice Calc (soffice)',
  SOFFICE !== null,
  'apt-get install --no-install-recommends libreoffice-calc-nogui',
)

const COMMA = 44
const SEMICOLON = 59
const TAB = 9
const UTF8 = 76
/**
 * Calc's CSV import options, token by token: separators, text delimiter ("), character set, first
 * line, column types (none: Standard), language (Chinese, PRC), quoted field as text, detect special
 * numbers, two export-only tokens, trim spaces, an export-only token, evaluate formulas. The flags
 * are off, as in the dialog of a new profile.
 */
const importOptions = (separators: number[], charset: number) =>
  [separators.join('/'), 34, charset, 1, '', 2052, false, false, '', '', false, '', false].join(',')

const DECIMAL = /^-?\d+(\.\d+)?$/
const CJK = /\p{Script=Han}/u
/** Columns holding identifiers: classification codes (科目编码), 行次, source lines, ordinals. */
const IDENTIFIER = /^(code|line_no|line|\w+_line|index|number|evaluation)$/

let work: string
let csvDir: string
let plain: string[]
let utf8Sheets: Map<string, Sheet>
const twinOf = (name: string) => name.replace(/\.csv$/, '-excel.csv')
const records = (name: string): string[][] => parse(readFileSync(join(csvDir, name)), { bom: true })

beforeAll(async () => {
  if (!hasCalc) return
  work = mkdtempSync(join(tmpdir(), 'gongkai-e2e-calc-'))
  csvDir = join(work, 'release')
  mkdirSync(csvDir)
  const files = (await buildRelease(SEED_DIR)).filter((f) => f.name.endsWith('.csv'))
  for (const f of files) writeFileSync(join(csvDir, f.name), f.bytes)
  plain = files.map((f) => f.name).filter((name) => !name.endsWith('-excel.csv'))
  // As the dialog reads them with Unicode (UTF-8) and only Comma ticked.
  utf8Sheets = await openInCalc([...plain, ...plain.map(twinOf)], importOptions([COMMA], UTF8))
}, 180_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe.skipIf(!hasCalc)('LibreOffice Calc opening the release CSVs', () => {
  it('reads each CSV and its -excel twin as UTF-8 cell for cell: text, exact numbers, blanks', () => {
    expect(plain.length).toBeGreaterThanOrEqual(20)
    const found: string[] = []
    let chinese = 0
    let numbers = 0
    for (const name of plain) {
      const twin = readFileSync(join(csvDir, twinOf(name)))
      expect([...twin.subarray(0, 3)], twinOf(name)).toEqual([0xef, 0xbb, 0xbf])
      const fields = records(name)
      const twinFields = records(twinOf(name))
      expect(twinFields.slice(1), twinOf(name)).toEqual(fields.slice(1))
      expect(
        twinFields[0]!.some((title) => CJK.test(title)),
        twinOf(name),
      ).toBe(true)
      // The twin's mark must not end up in its first cell: that would read "\uFEFF行号".
      found.push(...sheetProblems(name, fields, utf8Sheets.get(name)!))
      found.push(...sheetProblems(twinOf(name), twinFields, utf8Sheets.get(twinOf(name))!))
      chinese += fields.flat().filter((f) => CJK.test(f)).length
      numbers += fields.flat().filter((f) => DECIMAL.test(f)).length
    }
    expect(found).toEqual([])
    expect(chinese).toBeGreaterThan(1000)
    expect(numbers).toBeGreaterThan(1000)
  })

  it('shows every code, 行次 and line number exactly as the CSV prints it', () => {
    // Calc takes them for numbers, which is harmless while none has a leading zero or more than
    // 15 digits. The table ids 01…09 (column `table`) do lose theirs: Calc shows 01 as 1.
    const found: string[] = []
    let seen = 0
    for (const name of plain) {
      const [header, ...rows] = records(name)
      const sheet = utf8Sheets.get(name)!
      header!.forEach((column, c) => {
        if (!IDENTIFIER.test(column)) return
        rows.forEach((row, r) => {
          const shown = sheet[r + 1]?.[c]?.text ?? ''
          seen += row[c] === '' ? 0 : 1
          if (shown !== row[c])
            found.push(`${name} row ${r + 2} ${column}: ${row[c]} shown as ${shown}`)
        })
      })
    }
    expect(found).toEqual([])
    expect(seen).toBeGreaterThan(500)
  })

  it('with the dialog’s default separators (comma, semicolon, tab) splits no row', async () => {
    // Calc's import dialog ticks comma, semicolon and tab by default, so a field holding ";" or a
    // tab would be cut in two if it were not quoted: the writer quotes both.
    const sheets = await openInCalc(plain, importOptions([COMMA, SEMICOLON, TAB], UTF8))
    const found: string[] = []
    const split: string[] = []
    const unquoted: string[] = []
    let semicolons = 0
    for (const name of plain) {
      // With `raw`, each record comes with its text as written; csv-parse's types miss that.
      const rows = parse(readFileSync(join(csvDir, name)), { raw: true }) as unknown as Raw[]
      const sheet = sheets.get(name)!
      rows.forEach(({ record, raw }, r) => {
        const where = `${name} row ${r + 1}`
        semicolons += record.filter((f) => f.includes(';')).length
        if (record.some((f) => /[;\t]/.test(f) && !raw.includes(`"${f.replaceAll('"', '""')}"`)))
          unquoted.push(where)
        const row = sheet[r] ?? []
        if (row.length > record.length) split.push(where)
        else found.push(...rowProblems(where, rows[0]!.record, record, row))
      })
    }
    expect(semicolons).toBeGreaterThan(0)
    expect(unquoted).toEqual([])
    expect(split).toEqual([])
    expect(found).toEqual([])
  }, 120_000)

  it('given no character set (a bare --convert-to), reads Windows-1252: the BOM does not help', async () => {
    const name = '03-expenditure.csv'
    const sheets = await openInCalc([name, twinOf(name)], null)
    const fields = records(name)
    expect(fields.flat().some((f) => CJK.test(f))).toBe(true)
    for (const file of [name, twinOf(name)]) {
      const sheet = sheets.get(file)!
      expect(
        sheet.flat().filter((cell) => CJK.test(cell.text)),
        file,
      ).toEqual([])
      // The figures are ASCII, so they still come through right.
      const numbers = fields.map((row) => row.map((f) => (DECIMAL.test(f) ? f : '')))
      const cells = sheet.map((row) => row.map((cell) => (DECIMAL.test(cell.text) ? cell : EMPTY)))
      expect(sheetProblems(file, numbers, cells, fields[0]), file).toEqual([])
    }
    expect(sheets.get(twinOf(name))![0]![0]!.text.startsWith('\u00ef\u00bb\u00bf')).toBe(true)
  }, 120_000)
})

/** A cell as Calc holds it: its type (null when empty), value (numbers) and the text it shows. */
interface Cell {
  type: string | null
  value: string | null
  text: string
}
type Sheet = Cell[][]
type Raw = { record: string[]; raw: string }
const EMPTY: Cell = { type: null, value: null, text: '' }

/** What is wrong with how Calc holds one CSV field; null when it holds it right. */
function misread(field: string, cell: Cell = EMPTY): string | null {
  const got = `${cell.type ?? 'empty'} ${JSON.stringify(cell.value ?? cell.text)} shown ${JSON.stringify(cell.text)}`
  if (field === '') return cell.type === null && cell.text === '' ? null : `blank read as ${got}`
  if (DECIMAL.test(field)) {
    // Exactly that number, shown as it prints without leading or trailing zeros: "9.0" as 9.
    const right =
      cell.type === 'float' &&
      new Dec(cell.value!).eq(field) &&
      cell.text === new Dec(field).toString()
    return right ? null : `number ${field} read as ${got}`
  }
  return cell.type === 'string' && cell.text === field
    ? null
    : `text ${JSON.stringify(field)} read as ${got}`
}

function rowProblems(where: string, header: string[], fields: string[], row: Cell[]): string[] {
  const found: string[] = []
  if (row.length > fields.length) found.push(`${where}: ${row.length} cells for ${fields.length}`)
  fields.forEach((field, c) => {
    const wrong = misread(field, row[c])
    if (wrong) found.push(`${where} ${header[c]}: ${wrong}`)
  })
  return found
}

function sheetProblems(file: string, fields: string[][], sheet: Sheet, header = fields[0]!) {
  const found = fields.flatMap((row, r) =>
    rowProblems(`${file} row ${r + 1}`, header, row, sheet[r] ?? []),
  )
  if (sheet.length !== fields.length)
    found.push(`${file}: ${sheet.length} rows for ${fields.length} records`)
  return found
}

/**
 * One soffice for all `files` (named in csvDir), each opened with the filter `options` (Calc's
 * API defaults when null) and saved as .fods; a fresh profile, so no running Calc takes the job.
 */
async function openInCalc(files: string[], options: string | null): Promise<Map<string, Sheet>> {
  const run = mkdtempSync(join(work, 'calc-'))
  const args = [
    `-env:UserInstallation=${pathToFileURL(join(run, 'profile')).href}`,
    '--headless',
    '--norestore',
    ...(options === null ? [] : [`--infilter=Text - txt - csv (StarCalc):${options}`]),
    ...['--convert-to', 'fods', '--outdir', run],
    ...files.map((name) => join(csvDir, name)),
  ]
  const output = await runToEnd(SOFFICE!, args, 120_000)
  const sheets = new Map<string, Sheet>()
  for (const name of files) {
    const fods = join(run, name.replace(/\.csv$/, '.fods'))
    if (!existsSync(fods)) throw new Error(`LibreOffice did not convert ${name}:\n${output}`)
    sheets.set(name, readSheet(readFileSync(fods, 'utf8')))
  }
  return sheets
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
const unescape = (xml: string) =>
  xml.replace(/&(?:#(x?)([0-9a-f]+)|(\w+));/gi, (_, hex: string, code: string, name: string) =>
    name ? ENTITIES[name]! : String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
  )
const attribute = (attributes: string, name: string) => {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)
  return found ? unescape(found[1]!) : null
}

/**
 * The first sheet of a .fods as rows of cells, repeats expanded, trailing empty cells and rows
 * dropped. A cell's shown text is its paragraphs joined by line breaks (ODF 1.3 §6.1).
 */
function readSheet(fods: string): Sheet {
  const table = /<table:table\s[^>]*>([\s\S]*?)<\/table:table>/.exec(fods)![1]!
  const sheet: Sheet = []
  const rows = /<table:table-row(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g
  const cells = /<table:table-cell(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g
  const paragraphs = /<text:p(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/text:p>)/g
  for (const [, rowAttributes = '', rowXml = ''] of table.matchAll(rows)) {
    const row: Cell[] = []
    for (const [, attributes = '', content = ''] of rowXml.matchAll(cells)) {
      const cell: Cell = {
        type: attribute(attributes, 'office:value-type'),
        value: attribute(attributes, 'office:value'),
        text: [...content.matchAll(paragraphs)].map(([, p = '']) => paragraphText(p)).join('\n'),
      }
      const repeated = Number(attribute(attributes, 'table:number-columns-repeated') ?? 1)
      for (let i = 0; i < repeated; i++) row.push(cell)
    }
    while (row.length && row.at(-1)!.type === null && row.at(-1)!.text === '') row.pop()
    const repeated = Number(attribute(rowAttributes, 'table:number-rows-repeated') ?? 1)
    for (let i = 0; i < (row.length ? repeated : 1); i++) sheet.push(row)
  }
  while (sheet.length && sheet.at(-1)!.length === 0) sheet.pop()
  return sheet
}

function paragraphText(xml: string): string {
  return unescape(
    xml
      .replace(/<text:s(\s[^>]*)?\/>/g, (tag) => ' '.repeat(Number(attribute(tag, 'text:c') ?? 1)))
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<text:line-break\/>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
}
