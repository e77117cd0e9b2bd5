import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csv, excelCsv } from '../../src/release/formats.ts'
import {
  decimalField,
  schemaOf,
  SOURCE_LINE_FIELD,
  type TabularResource,
} from '../../src/release/table-schema.ts'
import { pythonWith, runPython, python } from './support.ts'

// Text as it comes out of real reports: Chinese punctuation, ASCII commas and quotes, line breaks.
const TRICKY = [
  [1, '一般公共服务支出', '606.71'],
  [2, '其他支出，含"引号"与,逗号', '0.09'],
  [3, '第一行\n第二行', '15'],
  [4, '回车\r换行\r\n都在', '-24.88'],
  [5, '', null],
  [6, ' 前后空格 ', '100000000000000000000.01'],
  [7, '=SUM(A1)', '0'],
  [8, '分号;与\t制表符', '1'],
] as const

const resource: TabularResource = {
  name: 'tricky',
  title: 'tricky',
  description: 'edge cases',
  schema: schemaOf([
    SOURCE_LINE_FIELD,
    { name: 'name', type: 'string', title: '名称 (name)' },
    decimalField('amount', '金额 (amount)', 'amount'),
  ]),
  rows: TRICKY.map((r) => [...r]),
}

/** The Excel twin's header: the Chinese titles, where the CSV has the names. */
const EXCEL_HEADER = ['行号', '名称', '金额']

/** What the Excel twin holds for a cell: a formula-like text cell behind a single quote. */
const inExcel = (text: string) => (text === '=SUM(A1)' ? `'${text}` : text)

const csvText = () => new TextDecoder().decode(csv.render(resource))

// pandas is optional here (apt-get install python3-pandas); the csv-module test always runs.
const PANDAS = pythonWith('pandas')

describe('CSV', () => {
  it('is RFC 4180: CRLF after every record, quotes only where needed, doubled quotes', () => {
    const text = csvText()
    expect(text.startsWith('line,name,amount\r\n1,一般公共服务支出,606.71\r\n')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text).toContain('2,"其他支出，含""引号""与,逗号",0.09\r\n')
    expect(text).toContain('3,"第一行\n第二行",15\r\n')
    expect(text).toContain('4,"回车\r换行\r\n都在",-24.88\r\n')
    expect(text).toContain('\r\n5,,\r\n')
    // Spreadsheet import dialogs also split on ";" and tab by default: those fields are quoted.
    expect(text).toContain('\r\n8,"分号;与\t制表符",1\r\n')
    // Every CRLF outside quotes ends a record: header + 8 records.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').split('\r\n').length - 1).toBe(9)
  })

  it('keeps decimals exactly as printed, never a number', () => {
    const records = parse<Record<string, string>>(csvText(), { columns: true })
    expect(records.map((r) => r.amount)).toEqual([
      '606.71',
      '0.09',
      '15',
      '-24.88',
      '',
      '100000000000000000000.01',
      '0',
      '1',
    ])
  })

  it('reads back cell for cell with csv-parse', () => {
    const [header, ...records] = parse(csvText())
    expect(header).toEqual(['line', 'name', 'amount'])
    expect(records).toEqual(TRICKY.map((r) => r.map((c) => (c === null ? '' : String(c)))))
  })

  it('has no byte-order mark; the Excel twin is the same bytes after EF BB BF, Chinese titles and formulas aside', () => {
    const plain = csv.render(resource)
    const excel = excelCsv.render(resource)
    expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf])
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // The one formula-like text cell (=SUM(A1)) is neutralised in the twin only.
    expect(new TextDecoder().decode(plain)).toContain('\r\n7,=SUM(A1),0\r\n')
    expect(Buffer.from(excel.subarray(3)).toString()).toBe(
      new TextDecoder()
        .decode(plain)
        .replace('line,name,amount\r\n', `${EXCEL_HEADER.join(',')}\r\n`)
        .replace('\r\n7,=SUM(A1),', "\r\n7,'=SUM(A1),"),
    )
  })

  it('refuses a float where an integer belongs', () => {
    expect(() => csv.render({ ...resource, rows: [[1.5, 'x', '1']] })).toThrow(/not a safe integer/)
  })

  it("reads the same in Python's csv module, the plain file and the Excel twin", () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-csv-'))
    writeFileSync(join(dir, 'plain.csv'), csv.render(resource))
    writeFileSync(join(dir, 'excel.csv'), excelCsv.render(resource))
    const script = `
import csv, json, sys
out = []
for path, enc in ((sys.argv[1], 'utf-8'), (sys.argv[2], 'utf-8-sig')):
    with open(path, newline='', encoding=enc) as f:
        out.append(list(csv.reader(f)))
print(json.dumps(out))`
    const [plain, excel] = JSON.parse(
      python(script, join(dir, 'plain.csv'), join(dir, 'excel.csv')),
    ) as string[][][]
    const expected = [
      ['line', 'name', 'amount'],
      ...TRICKY.map((r) => r.map((c) => (c === null ? '' : String(c)))),
    ]
    expect(plain).toEqual(expected)
    expect(excel).toEqual([EXCEL_HEADER, ...expected.slice(1).map((r) => r.map(inExcel))])
  })

  it.skipIf(!PANDAS)('reads in pandas with amounts as exact strings when asked (dtype=str)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-csv-'))
    writeFileSync(join(dir, 'excel.csv'), excelCsv.render(resource))
    const script = `
import json, sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False, encoding='utf-8-sig')
print(json.dumps({'columns': list(df.columns), 'rows': df.values.tolist()}))`
    const read = JSON.parse(runPython(PANDAS!, script, join(dir, 'excel.csv'))) as {
      columns: string[]
      rows: string[][]
    }
    expect(read.columns).toEqual(EXCEL_HEADER)
    expect(read.rows).toEqual(TRICKY.map((r) => r.map((c) => inExcel(c === null ? '' : String(c)))))
  })
})
