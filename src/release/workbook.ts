import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { ChangelogEntry, DatasetMetadata } from '../model/dataset.ts'
import { CHECKSUMS_FILE, MANIFEST_FILE } from '../model/layout.ts'
import type { TableDef } from '../model/table-defs.ts'
import type { Cell, Field, TabularResource } from './table-schema.ts'
import { chineseTitles } from './titles.ts'

/**
 * The release as one workbook, for the people who read it in Excel or WPS: a 说明 sheet (what
 * it is, who published it, how to check it), a sheet per standard table (公开01表 … 公开09表),
 * the line items and the findings. Row 1 holds the Chinese column titles, row 2 the English
 * names of the CSV headers; codes, table numbers and 行次 are text cells, amounts numbers shown
 * with two decimals (more where the report prints more), a blank is an empty cell.
 *
 * The bytes are as fixed as every other file's: exceljs dates the workbook by the clock and its
 * zip entries likewise, so the properties are dated by the changelog and the zip is written
 * again with every entry dated the release day, in exceljs's order, without folder entries.
 */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** `zhuzhou-shifeng-gov-office-2020-1.0.0.xlsx`. */
export const workbookName = (id: string, version: string) => `${id}-${version}.xlsx`

export interface WorkbookInput {
  metadata: DatasetMetadata
  release: ChangelogEntry
  sourceSha256: string
  /** The nine standard tables, with their definitions, in order. */
  tables: ReadonlyArray<{ def: TableDef; resource: TabularResource }>
  lineItems: TabularResource
  findings: TabularResource
}

export const SHEET_NAMES = {
  about: '说明',
  table: (def: Pick<TableDef, 'id'>) => `公开${def.id}表`,
  lineItems: '明细',
  findings: '校验结果',
} as const

const MAX_WIDTH = 60
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEFEFEF' },
}

export async function renderWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const { metadata, release } = input
  const day = releaseDay(release.date)
  const wb = new ExcelJS.Workbook()
  wb.creator = 'gongkai'
  wb.lastModifiedBy = 'gongkai'
  wb.created = day
  wb.modified = day
  wb.title = metadata.title.zh
  wb.subject = metadata.title.en
  wb.company = metadata.publisher.name.zh
  wb.keywords = metadata.keywords.zh.join(' ')

  aboutSheet(wb, input)
  for (const { def, resource } of input.tables)
    dataSheet(wb, SHEET_NAMES.table(def), resource, 'name')
  dataSheet(wb, SHEET_NAMES.lineItems, input.lineItems, 'name')
  dataSheet(wb, SHEET_NAMES.findings, input.findings, null)

  const written = await wb.xlsx.writeBuffer()
  return fixZip(new Uint8Array(written), day)
}

/** The release day at 00:00 UTC (zip entries are dated in UTC by JSZip). */
function releaseDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

/** The same entries in the same order, each dated `date`, folders left out, DEFLATE at level 6. */
async function fixZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const read = await JSZip.loadAsync(bytes)
  const out = new JSZip()
  for (const entry of Object.values(read.files)) {
    if (entry.dir) continue
    out.file(entry.name, await entry.async('uint8array'), { date, createFolders: false })
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  })
}

/** A sheet of one resource: two header rows, then one row per row of the CSV. */
function dataSheet(
  wb: ExcelJS.Workbook,
  name: string,
  resource: TabularResource,
  freezeThrough: string | null,
): void {
  const fields = resource.schema.fields
  const frozenColumns = freezeThrough ? fields.findIndex((f) => f.name === freezeThrough) + 1 : 0
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 2 }],
  })
  const titles = chineseTitles(fields)
  const names = fields.map((f) => f.name)
  headerRow(ws.addRow(titles), true)
  headerRow(ws.addRow(names), false)
  const widths = fields.map((_, i) => Math.max(textWidth(titles[i]!), textWidth(names[i]!)))
  for (const row of resource.rows) {
    const added = ws.addRow([])
    row.forEach((cell, i) => {
      if (cell === null) return
      const target = added.getCell(i + 1)
      const { value, numFmt, shown } = cellOf(fields[i]!, cell)
      target.value = value
      target.numFmt = numFmt
      widths[i] = Math.max(widths[i]!, textWidth(shown))
    })
  }
  widths.forEach((width, i) => {
    const w = Math.min(MAX_WIDTH, Math.max(6, width + 2))
    // exceljs takes a width of exactly 9 for its default and leaves the column unsized.
    ws.getColumn(i + 1).width = w === 9 ? 9.5 : w
  })
  ws.autoFilter = {
    from: { row: 2, column: 1 },
    to: { row: 2 + resource.rows.length, column: fields.length },
  }
}

function headerRow(row: ExcelJS.Row, chinese: boolean): void {
  row.eachCell((cell) => {
    cell.numFmt = '@'
    cell.font = chinese ? { bold: true } : { italic: true, color: { argb: 'FF595959' } }
    cell.fill = HEADER_FILL
    cell.alignment = { vertical: 'middle' }
  })
}

/**
 * A cell as the spreadsheet should hold it: decimals (exact strings in the CSV) become numbers
 * only here, shown with two decimals or as many as printed; integers stay integers; every other
 * value is text, so a code or a table number keeps its leading zeros.
 */
function cellOf(
  field: Field,
  cell: Exclude<Cell, null>,
): { value: string | number; numFmt: string; shown: string } {
  if (field.type === 'number' && typeof cell === 'string') {
    const value = Number(cell)
    if (!Number.isFinite(value))
      throw new TypeError(`workbook: ${field.name} ${JSON.stringify(cell)} is not a decimal`)
    const places = Math.max(2, cell.split('.')[1]?.length ?? 0)
    return {
      value,
      numFmt: `#,##0.${'0'.repeat(places)}`,
      shown: value.toFixed(places).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
    }
  }
  if (typeof cell === 'number') return { value: cell, numFmt: '0', shown: String(cell) }
  return { value: cell, numFmt: '@', shown: cell }
}

/** Columns a text takes in a fixed-width view: East Asian wide characters count two. */
function textWidth(text: string): number {
  let width = 0
  for (const line of text.split('\n')) {
    let w = 0
    for (const ch of line)
      w +=
        /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
          ch,
        )
          ? 2
          : 1
    width = Math.max(width, w)
  }
  return width
}

/** The 说明 sheet: item, Chinese, English. */
function aboutSheet(wb: ExcelJS.Workbook, input: WorkbookInput): void {
  const { metadata: m, release } = input
  const ws = wb.addWorksheet(SHEET_NAMES.about, { views: [{ state: 'frozen', ySplit: 1 }] })
  const license =
    m.license.status === 'not-stated'
      ? [m.license.statement.zh, m.license.statement.en]
      : [
          `${m.license.title}（${m.license.id}）${m.license.url}`,
          `${m.license.title} (${m.license.id}) ${m.license.url}`,
        ]
  const name = workbookName(m.id, release.version)
  const rows: Array<[string, string, string]> = [
    ['数据集 (dataset)', m.id, m.id],
    ['标题 (title)', m.title.zh, m.title.en],
    ['发布单位 (publisher)', m.publisher.name.zh, m.publisher.name.en],
    ['内容 (description)', m.description.zh, m.description.en],
    ['年度 (fiscal year)', String(m.fiscalYear), String(m.fiscalYear)],
    ['金额单位 (unit)', m.unit, m.unit === '万元' ? '10,000 yuan (CNY)' : 'yuan (CNY)'],
    ['版本 (version)', release.version, release.version],
    ['发布日期 (released)', release.date, release.date],
    ['版本说明 (notes)', release.notes.zh, release.notes.en],
    ['原报告 (source report)', m.source.file, m.source.file],
    ['原报告 SHA-256 (source SHA-256)', input.sourceSha256, input.sourceSha256],
    ['原报告网址 (source URL)', m.source.url ?? '未注明', m.source.url ?? 'not stated'],
    ['许可 (licence)', license[0]!, license[1]!],
    [
      '如何核验 (how to verify)',
      `本工作簿（${name}）、原报告及本版本其他每个文件的 SHA-256 都记录在同一版本的 ${CHECKSUMS_FILE} 和 ${MANIFEST_FILE} 中。把这些文件下载到同一文件夹，运行 sha256sum -c ${CHECKSUMS_FILE}，每个文件都应显示 OK。原报告的 SHA-256 还记录在 dataset.json 和 datapackage.json 中。`,
      `The SHA-256 of this workbook (${name}), of the source report and of every other file of this version is in the version's ${CHECKSUMS_FILE} and ${MANIFEST_FILE}. Download them into one folder and run sha256sum -c ${CHECKSUMS_FILE}: every file should say OK. The source report's SHA-256 is also in dataset.json and datapackage.json.`,
    ],
    [
      '表头 (headers)',
      '每个数据表第1行为中文栏目名，第2行为英文字段名（与同名 CSV 文件的表头相同）。',
      'In every data sheet row 1 holds the Chinese column titles and row 2 the English field names (the header of the CSV of the same name).',
    ],
    [
      '数字 (figures)',
      '金额为数值，显示两位小数（原文多于两位的按原文位数）；精确的原文数字见 CSV 文件。科目编码、表号和行次为文本，保留前导零。空白单元格即原文空白，不是 0。行号为该数字在原报告中的行。',
      'Amounts are numbers shown with two decimals (more where the report prints more); the exact printed figures are in the CSV files. Codes, table numbers and 行次 are text and keep their leading zeros. A blank cell is blank in the report, not 0. line is the line of the source report a figure was read from.',
    ],
    [
      '汇总层级 (rollup)',
      '明细表的 rollup 列说明每行是 leaf（明细，可直接相加）、subtotal（类、款、小计等小计行）、total（合计、总计）还是 part（其中项）。同一表、同一收支方、同一栏目中 leaf 行之和等于印出的合计，除非校验结果指出原报告本身不一致。',
      'The rollup column of the line items says whether a row is a leaf (add these), a subtotal (a 类 or 款 with rows below it, a 小计), a total (合计, 总计) or a part (其中). The leaf rows of one table, side and measure add up to the printed total, unless the findings report the report itself as inconsistent.',
    ],
    ...input.tables.map(({ def }): [string, string, string] => [
      `工作表 ${SHEET_NAMES.table(def)} (sheet)`,
      def.zh,
      def.en,
    ]),
    [
      `工作表 ${SHEET_NAMES.lineItems} (sheet)`,
      '公开01–09表的每个金额一行（line-items.csv）',
      'Every amount of tables 01–09 as one row (line-items.csv)',
    ],
    [
      `工作表 ${SHEET_NAMES.findings} (sheet)`,
      '逐项校验结果（validation-findings.csv）',
      'Every validation finding (validation-findings.csv)',
    ],
  ]
  headerRow(ws.addRow(['项目 (item)', '中文', 'English']), true)
  for (const row of rows) {
    const added = ws.addRow(row)
    added.eachCell((cell) => {
      cell.numFmt = '@'
      cell.alignment = { wrapText: true, vertical: 'top' }
    })
  }
  ws.getColumn(1).width = 34
  ws.getColumn(2).width = 70
  ws.getColumn(3).width = 70
}
