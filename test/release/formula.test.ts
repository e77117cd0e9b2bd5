import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { FINDING_TYPES } from '../../src/model/finding-types.ts'
import { csv, excelCsv } from '../../src/release/formats.ts'
import { isFormulaLike } from '../../src/release/formula.ts'
import {
  decimalField,
  schemaOf,
  SOURCE_LINE_FIELD,
  type TabularResource,
} from '../../src/release/table-schema.ts'
import type { ReleaseFile } from '../../src/release/formats.ts'
import { buildSeed, fileNamed, jsonOf, seedParts, textOf } from './support.ts'

/**
 * A CSV of a release as objects by its canonical header; an Excel twin (its byte-order mark
 * dropped) by the header of its canonical CSV, as its own may be titled for people.
 */
function rowsOf(files: readonly ReleaseFile[], name: string): Record<string, string>[] {
  const header = records(textOf(fileNamed(files, name.replace(/-excel\.csv$/, '.csv'))))[0]!
  return records(textOf(fileNamed(files, name)))
    .slice(1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])))
}

const records = (text: string): string[][] => parse(text, {})

const CELLS = [
  '=HYPERLINK("http://evil.example","点此")',
  '+1+2',
  '-2+3',
  '@SUM(A1)',
  '\tHidden',
  '\r=1',
  '-24.88',
  '+5',
  '一般公共服务支出',
  'a=b',
] as const

const resource: TabularResource = {
  name: 'cells',
  title: 'cells',
  description: 'formula-like cells',
  schema: schemaOf([
    SOURCE_LINE_FIELD,
    { name: 'name', type: 'string' },
    decimalField('amount', 'amount', 'amount'),
  ]),
  rows: CELLS.map((c, i) => [i + 1, c, i === 0 ? '-606.71' : null]),
}

const excelRecords = (bytes: Uint8Array) => records(new TextDecoder().decode(bytes.subarray(3)))

describe('formula injection (OWASP): the -excel.csv twins', () => {
  it('tells formula-like text from numbers and plain text', () => {
    expect(CELLS.filter(isFormulaLike)).toEqual(CELLS.slice(0, 6))
  })

  it('prefix a formula-like text cell with a single quote; the canonical CSV keeps it exact', () => {
    const plain = records(new TextDecoder().decode(csv.render(resource)))
    const excel = excelRecords(excelCsv.render(resource))
    expect(plain.slice(1).map((r) => r[1])).toEqual([...CELLS])
    expect(excel.slice(1).map((r) => r[1])).toEqual([
      ...CELLS.slice(0, 6).map((c) => `'${c}`),
      ...CELLS.slice(6),
    ])
    // Numbers stay numbers: the amount column is untouched.
    expect(excel.slice(1).map((r) => r[2])).toEqual(plain.slice(1).map((r) => r[2]))
  })

  it('in a release: a warning finding per cell, neutralised in every twin, the CSV as printed', async () => {
    const { report } = await seedParts()
    const altered = structuredClone(report)
    const row = altered.tables['03'].rows.find((r) => r.code?.length === 7)!
    row.label = '=HYPERLINK("http://evil.example","点此")'
    const project = altered.projects.items[0]!
    project.name = '@SUM(1+1)*cmd|" /C calc"!A0'
    const files = await buildSeed({ report: altered })

    const line = String(row.line)
    expect(rowsOf(files, '03-expenditure.csv').find((r) => r.line === line)!.name).toBe(row.label)
    expect(rowsOf(files, '03-expenditure-excel.csv').find((r) => r.line === line)!.name).toBe(
      `'${row.label}`,
    )
    const items = rowsOf(files, 'line-items-excel.csv').filter((r) => r.line === line)
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((r) => r.name === `'${row.label}`)).toBe(true)
    expect(rowsOf(files, 'projects-excel.csv')[0]!.name).toBe(`'${project.name}`)
    expect(rowsOf(files, 'projects.csv')[0]!.name).toBe(project.name)

    const findings = rowsOf(files, 'validation-findings.csv').filter(
      (f) => f.rule === 'cell-formula-like',
    )
    expect(findings.map((f) => [f.severity, f.table, f.column, f.line])).toEqual([
      ['warning', '03', 'name', String(row.line)],
      ['warning', 'projects', 'name', String(project.line)],
    ])
    expect(findings[0]!.row).toBe(row.code)
    // The finding's own text quotes the cell: its twin neutralises nothing it should not.
    expect(textOf(fileNamed(files, 'validation-findings-excel.csv'))).not.toMatch(
      /(^|,)=HYPERLINK/m,
    )
    const report2 = jsonOf<{ warnings: Array<{ type: string }> }>(
      fileNamed(files, 'validation-report.json'),
    )
    expect(report2.warnings.filter((w) => w.type === 'cell-formula-like')).toHaveLength(2)
  })

  it('the seed has no formula-like text cell: its twins are its CSVs after a byte-order mark', async () => {
    const files = await buildSeed()
    expect(rowsOf(files, 'validation-findings.csv').map((f) => f.rule)).not.toContain(
      'cell-formula-like',
    )
    expect(FINDING_TYPES.map((t) => t.type)).toContain('cell-formula-like')
  })
})
