import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import Decimal from 'decimal.js'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { TABLES } from '../../src/model/tables.ts'
import type { ReleaseFile } from '../../src/release/formats.ts'
import type { TableSchema } from '../../src/release/table-schema.ts'
import { chineseTitles } from '../../src/release/titles.ts'
import { SHEET_NAMES, XLSX_MEDIA_TYPE } from '../../src/release/workbook.ts'
import { buildSeed, fileNamed, jsonOf, readCsv, seedParts, textOf } from './support.ts'

const NAME = 'zhuzhou-shifeng-gov-office-2020-1.0.0.xlsx'
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

let files: ReleaseFile[]
let workbook: ExcelJS.Workbook
let schemas: Map<string, TableSchema>

/** Each data sheet and the CSV it holds. */
const SHEETS = [
  ...TABLES.map((t) => [SHEET_NAMES.table(t), `${t.id}-${t.slug}.csv`] as const),
  [SHEET_NAMES.lineItems, 'line-items.csv'] as const,
  [SHEET_NAMES.findings, 'validation-findings.csv'] as const,
]

beforeAll(async () => {
  files = await buildSeed()
  workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(fileNamed(files, NAME).bytes).buffer)
  const pkg = jsonOf<{ resources: Array<{ path: string; schema?: TableSchema }> }>(
    fileNamed(files, 'datapackage.json'),
  )
  schemas = new Map(pkg.resources.flatMap((r) => (r.schema ? [[r.path, r.schema]] : [])))
})

/** The rows of a sheet as exceljs reads them back, 1-based columns made 0-based. */
function rowsOf(sheet: ExcelJS.Worksheet, width: number): ExcelJS.Cell[][] {
  const rows: ExcelJS.Cell[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    rows.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1)))
  }
  return rows
}

describe('the workbook of a release', () => {
  it('is named after the dataset and version, listed in the manifest and SHA256SUMS, described in datapackage.json', () => {
    const file = fileNamed(files, NAME)
    expect(file.mediaType).toBe(XLSX_MEDIA_TYPE)
    expect([...file.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    const manifest = jsonOf<{ files: Array<Record<string, unknown>> }>(
      fileNamed(files, 'manifest.json'),
    )
    expect(manifest.files).toContainEqual({
      name: NAME,
      bytes: file.bytes.length,
      sha256: sha256(file.bytes),
      mediaType: XLSX_MEDIA_TYPE,
    })
    expect(textOf(fileNamed(files, 'SHA256SUMS'))).toContain(`${sha256(file.bytes)}  ${NAME}\n`)
    const resources = jsonOf<{ resources: Array<Record<string, unknown>> }>(
      fileNamed(files, 'datapackage.json'),
    ).resources
    const resource = resources.find((r) => r.path === NAME)!
    expect(resource).toMatchObject({
      name: 'workbook',
      format: 'xlsx',
      mediatype: XLSX_MEDIA_TYPE,
      bytes: file.bytes.length,
      hash: `sha256:${sha256(file.bytes)}`,
    })
    expect(resource.type).toBeUndefined()
    expect(resource.encoding).toBeUndefined()
  })

  it('has the same bytes when built again, and in another process under other time zones', async () => {
    const again = fileNamed(await buildSeed(), NAME)
    expect(sha256(again.bytes)).toBe(sha256(fileNamed(files, NAME).bytes))
    const script = `
const { createHash } = await import('node:crypto')
const { buildSeed, fileNamed } = await import('./test/release/support.ts')
const f = fileNamed(await buildSeed(), ${JSON.stringify(NAME)})
process.stdout.write(createHash('sha256').update(f.bytes).digest('hex'))`
    for (const TZ of ['Asia/Shanghai', 'Pacific/Kiritimati']) {
      const env = { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8', TZ }
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env,
        encoding: 'utf8',
      })
      expect(out, TZ).toBe(sha256(fileNamed(files, NAME).bytes))
    }
  }, 60_000)

  it('dates every zip entry and its properties by the release day of the changelog, not the clock', async () => {
    const { dataset } = await seedParts()
    const day = dataset.changelog[0]!.date
    const zip = await JSZip.loadAsync(fileNamed(files, NAME).bytes)
    const entries = Object.values(zip.files)
    expect(entries.length).toBeGreaterThan(10)
    for (const e of entries) {
      expect(e.dir, e.name).toBe(false)
      expect(e.date.toISOString(), e.name).toBe(`${day}T00:00:00.000Z`)
    }
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${day}T00:00:00Z`)
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${day}T00:00:00Z`)
    expect(workbook.created.toISOString()).toBe(`${day}T00:00:00.000Z`)
  })

  it('has a 说明 sheet, then 公开01表 … 公开09表, the line items and the findings', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '说明',
      ...TABLES.map((t) => `公开${t.id}表`),
      '明细',
      '校验结果',
    ])
  })

  it('says in 说明 what the release is, who published it, its version, source SHA-256, licence and how to verify it', async () => {
    const { dataset } = await seedParts()
    const m = dataset.metadata
    const sheet = workbook.getWorksheet('说明')!
    const rows = rowsOf(sheet, 3).map((r) => r.map((c) => c.text))
    const item = (zh: string) => rows.find((r) => r[0]!.startsWith(zh))
    expect(item('标题')).toEqual(['标题 (title)', m.title.zh, m.title.en])
    expect(item('发布单位')!.slice(1)).toEqual([m.publisher.name.zh, m.publisher.name.en])
    expect(item('版本 ')!.slice(1)).toEqual([
      dataset.changelog[0]!.version,
      dataset.changelog[0]!.version,
    ])
    expect(item('原报告 SHA-256')!.slice(1)).toEqual([m.source.sha256, m.source.sha256])
    expect(m.license.status).toBe('not-stated')
    if (m.license.status === 'not-stated')
      expect(item('许可')!.slice(1)).toEqual([m.license.statement.zh, m.license.statement.en])
    expect(item('如何核验')![1]).toContain('sha256sum -c SHA256SUMS')
    expect(item('如何核验')![2]).toContain(NAME)
  })

  it('heads every data sheet with the Chinese column titles, then the CSV header, both frozen', () => {
    for (const [name, csv] of SHEETS) {
      const sheet = workbook.getWorksheet(name)!
      const { header } = readCsv(fileNamed(files, csv))
      const [zh, en] = rowsOf(sheet, header.length).map((r) => r.map((c) => c.value))
      expect(zh, name).toEqual(chineseTitles(schemas.get(csv)!.fields))
      expect(en, name).toEqual(header)
      expect(sheet.views[0], name).toMatchObject({ state: 'frozen', ySplit: 2 })
      for (let c = 1; c <= header.length; c++)
        expect(sheet.getColumn(c).width, `${name} column ${c}`).toBeGreaterThanOrEqual(6)
    }
    expect(workbook.getWorksheet('公开03表')!.getRow(1).getCell(2).value).toBe('功能分类科目编码')
    expect(workbook.getWorksheet('明细')!.getRow(1).getCell(7).value).toBe('汇总层级')
  })

  it('holds every CSV field: text as text (codes, table numbers, 行次), amounts as numbers shown with two decimals, blanks empty', () => {
    let [texts, numbers, blanks] = [0, 0, 0]
    for (const [name, csv] of SHEETS) {
      const sheet = workbook.getWorksheet(name)!
      const { header, records } = readCsv(fileNamed(files, csv))
      const fields = schemas.get(csv)!.fields
      const rows = rowsOf(sheet, header.length).slice(2)
      expect(rows.length, name).toBe(records.length)
      records.forEach((record, r) => {
        record.forEach((field, c) => {
          const cell = rows[r]![c]!
          const where = `${name} ${cell.address} (${header[c]})`
          if (field === '') {
            expect(cell.value, where).toBeNull()
            blanks++
          } else if (fields[c]!.type === 'number') {
            expect(typeof cell.value, where).toBe('number')
            expect(new Decimal(cell.value as number).eq(field), where).toBe(true)
            expect(cell.numFmt, where).toMatch(/^#,##0\.00+$/)
            numbers++
          } else if (fields[c]!.type === 'integer') {
            expect(cell.value, where).toBe(Number(field))
          } else {
            expect(cell.value, where).toBe(field)
            expect(cell.numFmt, where).toBe('@')
            texts++
          }
        })
      })
    }
    expect(texts).toBeGreaterThan(1000)
    expect(numbers).toBeGreaterThan(200)
    expect(blanks).toBeGreaterThan(300)
    // The ones a spreadsheet would turn into numbers, losing their zeros.
    const t03 = workbook.getWorksheet('公开03表')!
    expect(t03.getCell('B6').value).toBe('2010301')
    expect(t03.getCell('E3').value).toBe(619.54)
    expect(t03.getCell('F3').numFmt).toBe('#,##0.00')
    expect(workbook.getWorksheet('明细')!.getCell('A3').value).toBe('01')
    expect(workbook.getWorksheet('公开01表')!.getCell('C3').value).toBe('1')
  })
})
