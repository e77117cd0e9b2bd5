import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { ingest } from '../ingest/index.ts'
import {
  type Changelog,
  DatasetId,
  DatasetMetadata,
  type ChangelogEntry,
} from '../model/dataset.ts'
import { sha256Hex } from '../model/digest.ts'
import { ReleaseFileName } from '../model/release.ts'
import { TABLE_IDS } from '../model/tables.ts'
import { DatasetRefused } from './refusal.ts'
import { readRegularFile, UnreadableFile } from './regular-file.ts'

/** What only the publisher can say, marked so plainly that nobody publishes it unread. */
export const TO_BE_SUPPLIED = '【待发布单位填写 to be supplied by the publisher】'

export interface InitSummary {
  dir: string
  id: string
  source: string
  department: string
  fiscalYear: number
  unit: '万元' | '元'
  /** dataset.json fields holding the TO_BE_SUPPLIED marker: the publisher's to fill. */
  toSupply: string[]
}

/** 万元 unless the tables all say 元: the unit the report states for its tables. */
function unitOf(units: ReadonlyArray<string | null>): '万元' | '元' {
  const stated = units.filter((u): u is string => u !== null).map((u) => u.replace(/\s+/g, ''))
  return stated.length > 0 && stated.every((u) => u === '元') ? '元' : '万元'
}

/** The report's own name where it is a release file name; else `report-<year>.<ext>`. */
function sourceName(path: string, year: number): string {
  const name = basename(path)
  if (ReleaseFileName.safeParse(name).success) return name
  const ext = extname(name).toLowerCase()
  return `report-${year}${/^\.[a-z0-9]+$/.test(ext) ? ext : '.txt'}`
}

async function refuseExisting(dir: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return
    if (code === 'ENOTDIR')
      throw new DatasetRefused(`${dir} is a file, not a folder; name a new folder for the dataset.`)
    throw error
  }
  if (entries.length > 0)
    throw new DatasetRefused(
      `${dir} already exists and is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); ` +
        'init never overwrites a dataset: name a new folder, or edit the one that is there.',
    )
}

/** Every dotted path of an object whose string value holds the marker. */
function marked(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes(TO_BE_SUPPLIED) ? [path] : []
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) => marked(v, path ? `${path}.${k}` : k))
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/**
 * `gongkai init <report> <dataset-dir>`: a dataset folder made from the report itself — the
 * report copied in byte for byte, dataset.json filled from what the report states (department,
 * fiscal year, titles, unit), changelog.json with 1.0.0 — that `build` takes as it is. What only
 * the publisher knows (English titles, the licence, the source's URL) is marked or left unstated.
 */
export async function initDataset(
  reportPath: string,
  dir: string,
  today: string,
): Promise<InitSummary> {
  let bytes: Uint8Array
  try {
    bytes = await readRegularFile(reportPath)
  } catch (error) {
    if (error instanceof UnreadableFile)
      throw new DatasetRefused(`${reportPath} cannot be read: ${error.reason}`)
    throw error
  }
  const id = basename(dir.replace(/[/\\]+$/, ''))
  const parsedId = DatasetId.safeParse(id)
  if (!parsedId.success)
    throw new DatasetRefused(
      `the folder name "${id}" is the dataset's id, which must be ${parsedId.error.issues[0]!.message}; ` +
        'name the folder e.g. data/shanghai-putuo-finance-bureau-2024.',
    )
  await refuseExisting(dir)
  const { report } = await ingest(bytes, basename(reportPath))
  const { department, fiscalYear: year } = report
  const file = sourceName(reportPath, year)
  const pdf = report.source.pdf !== undefined
  const unit = unitOf(TABLE_IDS.map((t) => report.tables[t].unit))
  const metadata: DatasetMetadata = {
    id,
    title: {
      zh: `${department}${year}年度部门决算`,
      en: `Final Accounts ${year} of ${department} ${TO_BE_SUPPLIED}`,
    },
    description: {
      zh: `${department}公开的${year}年度部门决算：部门概况、公开01表至09表、情况说明中的数字及绩效信息。每个数字按原文精确保留，并注明其在原报告中的位置；附逐项校验结果。`,
      en: `The ${year} departmental final accounts (部门决算) disclosed by ${department}: the nine standard tables 01–09, the figures stated in the narrative and the performance information, each kept exactly as printed with its place in the source report, and checked. ${TO_BE_SUPPLIED}`,
    },
    publisher: { name: { zh: department, en: `${department} ${TO_BE_SUPPLIED}` }, url: null },
    fiscalYear: year,
    unit,
    currency: 'CNY',
    language: ['zh'],
    keywords: {
      zh: ['部门决算', '财政', '政府信息公开', department],
      en: ['final accounts', 'departmental accounts', 'public finance'],
    },
    temporalCoverage: { start: `${year}-01-01`, end: `${year}-12-31` },
    source: {
      file,
      sha256: await sha256Hex(bytes),
      description: {
        zh: `${department}${year}年度部门决算公开报告${pdf ? '（PDF）' : '全文（文本）'}，原样保存。`,
        en: `The ${year} final accounts report of ${department} as published (${pdf ? 'PDF' : 'text'}), kept byte-identical.`,
      },
      url: null,
    },
    license: {
      status: 'not-stated',
      statement: {
        zh: '发布单位未声明本报告及其数据的许可协议；gongkai 不代为指定任何许可。',
        en: 'The publisher has not stated a licence for this report or its data; gongkai does not assign one.',
      },
    },
  }
  const checked = DatasetMetadata.parse(metadata)
  const entry: ChangelogEntry = {
    version: '1.0.0',
    date: today,
    notes: {
      zh: '首次发布：原报告、公开01–09表、逐项明细、情况说明中的数字，附校验结果与 SHA-256 校验和。',
      en: 'First release: the source report, tables 01–09, line items and the figures stated in the narrative, with the validation findings and SHA-256 checksums.',
    },
  }
  const changelog: Changelog = [entry]
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, file), bytes, { flag: 'wx' })
  await writeFile(join(dir, 'dataset.json'), json(checked), { flag: 'wx' })
  await writeFile(join(dir, 'changelog.json'), json(changelog), { flag: 'wx' })
  return { dir, id, source: file, department, fiscalYear: year, unit, toSupply: marked(checked) }
}
