import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'csv-parse/sync'
import Decimal from 'decimal.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TABLES } from '../../src/model/tables.ts'
import { buildRelease } from '../../src/release/command.ts'
import type { ReleaseFile } from '../../src/release/formats.ts'
import type { TableSchema } from '../../src/release/table-schema.ts'
import { chineseTitles } from '../../src/release/titles.ts'
import { SHEET_NAMES } from '../../src/release/workbook.ts'
import { SEED_DIR } from '../support/seed.ts'
import { findSoffice, runToEnd, SEED_ID, systemTool } from './support.ts'

/**
 * The seed release's workbook in a real spreadsheet: headless LibreOffice Calc opens the .xlsx and
 * saves every sheet as CSV with the cells' text as shown, which is what a person sees. Codes and
 * table numbers must show as printed (a number would drop the zero of 01), amounts with two
 * decimals (a text cell would show 524.2), blanks as nothing.
 */
const SOFFICE = findSoffice()
const hasCalc = systemTool(
  'LibreOffice Calc (soffice)',
  SOFFICE !== null,
  'apt-get install --no-install-recommends libreoffice-calc-nogui',
)

/**
 * Calc's CSV export options: comma, double quote, UTF-8, from line 1, no column types, default
 * language, quoted as text off, detect special numbers, cells as shown, no formulas, no trimming,
 * and every sheet (-1) to `<name>-<sheet>.csv`.
 */
const EXPORT = '44,34,76,1,,0,false,true,true,false,false,-1'

const SHEETS = [
  ...TABLES.map((t) => [SHEET_NAMES.table(t), `${t.id}-${t.slug}.csv`] as const),
  [SHEET_NAMES.lineItems, 'line-items.csv'] as const,
  [SHEET_NAMES.findings, 'validation-findings.csv'] as const,
]

let work: string
let files: ReleaseFile[]
let sheets: Map<string, string[][]>
const text = (f: ReleaseFile) => new TextDecoder().decode(f.bytes)
const named = (name: string) => files.find((f) => f.name === name)!

beforeAll(async () => {
  if (!hasCalc) return
  work = mkdtempSync(join(tmpdir(), 'gongkai-e2e-xlsx-'))
  files = await buildRelease(SEED_DIR)
  const workbook = files.find((f) => f.name.endsWith('.xlsx'))!
  expect(workbook.name).toBe(`${SEED_ID}-1.0.0.xlsx`)
  writeFileSync(join(work, 'workbook.xlsx'), workbook.bytes)
  const output = await runToEnd(
    SOFFICE!,
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      '--norestore',
      ...['--convert-to', `csv:Text - txt - csv (StarCalc):${EXPORT}`, '--outdir', work],
      join(work, 'workbook.xlsx'),
    ],
    120_000,
  )
  sheets = new Map()
  for (const name of [SHEET_NAMES.about, ...SHEETS.map(([sheet]) => sheet)]) {
    const csv = join(work, `workbook-${name}.csv`)
    if (!existsSync(csv)) throw new Error(`LibreOffice wrote no sheet ${name}:\n${output}`)
    sheets.set(name, parse(readFileSync(csv, 'utf8'), { relax_column_count: true }))
  }
}, 180_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

/** What a sheet shows for a CSV field of a column of `type`. */
function shown(field: string, type: string): string {
  if (field === '' || type !== 'number') return field
  const places = Math.max(2, field.split('.')[1]?.length ?? 0)
  return new Decimal(field).toFixed(places).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

describe.skipIf(!hasCalc)('LibreOffice Calc opening the release workbook', () => {
  it('shows every sheet as its CSV: Chinese titles, the header, codes as printed, amounts with two decimals, blanks blank', () => {
    const pkg = JSON.parse(text(named('datapackage.json'))) as {
      resources: Array<{ path: string; schema?: TableSchema }>
    }
    const found: string[] = []
    for (const [sheet, csv] of SHEETS) {
      const schema = pkg.resources.find((r) => r.path === csv)!.schema!
      const [header, ...records]: string[][] = parse(text(named(csv)))
      const rows = sheets.get(sheet)!
      expect(rows[0], sheet).toEqual(chineseTitles(schema.fields))
      expect(rows[1], sheet).toEqual(header)
      expect(rows.length, sheet).toBe(records.length + 2)
      records.forEach((record, r) => {
        record.forEach((field, c) => {
          const want = shown(field, schema.fields[c]!.type)
          const got = rows[r + 2]![c] ?? ''
          if (got !== want)
            found.push(`${sheet} row ${r + 3} ${header![c]}: ${field} shown as ${got}`)
        })
      })
    }
    expect(found).toEqual([])
    const t03 = sheets.get('公开03表')!
    expect(t03[5]!.slice(0, 4)).toEqual(['174', '2010301', 'item', '行政运行'])
    expect(t03[2]!.slice(4, 8)).toEqual(['619.54', '524.20', '95.34', ''])
    expect(sheets.get('明细')![2]![0]).toBe('01')
  })

  it('has a 说明 sheet with the source SHA-256 and how to verify the release', () => {
    const about = sheets.get(SHEET_NAMES.about)!
    const sha = JSON.parse(text(named('dataset.json'))) as { source: { sha256: string } }
    expect(about.find((r) => r[0]!.startsWith('原报告 SHA-256'))![1]).toBe(sha.source.sha256)
    expect(about.find((r) => r[0]!.startsWith('如何核验'))![1]).toContain('sha256sum -c SHA256SUMS')
  })
})
