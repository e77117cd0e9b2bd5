import type { CatalogIndex, DatasetIndex, Manifest } from '../../../src/model/release.ts'
import type { ObjectStore } from '../../../src/storage/types.ts'
import { datasetMetadata } from '../../support/dataset.ts'

/**
 * Synthetic releases for the API's tests, written into any ObjectStore as the publisher lays
 * them out (files, then manifest.json, then index.json and catalog.json). WebCrypto only, so the
 * same helper runs on Node and inside workerd.
 */
export interface WrittenRelease {
  id: string
  version: string
  manifest: Manifest
  /** Every file by name, manifest.json included. */
  files: Record<string, Uint8Array>
}

const utf8 = (text: string) => new TextEncoder().encode(text)

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

type Row = {
  line: number
  side: string | null
  lineNo: string | null
  code: string | null
  level: string | null
  label: string
  amounts: Record<string, string | null>
}

const coded = (
  line: number,
  code: string | null,
  label: string,
  total: string | null,
  basic: string | null,
): Row => ({
  line,
  side: null,
  lineNo: null,
  code,
  level:
    code === null
      ? null
      : ({ 3: 'class', 5: 'section', 7: 'item' } as Record<number, string>)[code.length]!,
  label,
  amounts: { total, basic_expenditure: basic },
})

/** A report.json with a few rows per table: enough to filter and page. */
export function reportOf(version: string) {
  const expenditure = [
    coded(100, null, '合计', '606.71', '500.00'),
    coded(101, '201', '一般公共服务支出', '550.00', '450.00'),
    coded(102, '20103', '政府办公厅（室）及相关机构事务', '550.00', '450.00'),
    coded(103, '2010301', '行政运行', '450.00', '450.00'),
    coded(104, '2010302', '一般行政管理事务', '100.00', null),
    coded(105, '208', '社会保障和就业支出', '56.71', '50.00'),
    coded(106, '20805', '行政事业单位养老支出', '56.71', '50.00'),
    coded(107, '2080505', `机关事业单位基本养老保险缴费支出 ${version}`, '56.71', '50.00'),
  ]
  const summary: Row[] = [
    {
      line: 20,
      side: 'income',
      lineNo: '1',
      code: null,
      level: null,
      label: '一般公共预算财政拨款收入',
      amounts: { amount: '606.71' },
    },
    {
      line: 20,
      side: 'expenditure',
      lineNo: '29',
      code: null,
      level: null,
      label: '一般公共服务支出',
      amounts: { amount: '550.00' },
    },
    {
      line: 21,
      side: 'income',
      lineNo: '2',
      code: null,
      level: null,
      label: '政府性基金预算财政拨款收入',
      amounts: { amount: null },
    },
  ]
  const table = (id: string, rows: Row[]) => ({
    id,
    title: `表${id}`,
    line: Number(id) * 10,
    unit: '万元',
    department: '测试单位',
    rows,
    notes: [] as string[],
  })
  const tables: Record<string, unknown> = {}
  for (const id of ['01', '02', '03', '04', '05', '06', '07', '08', '09']) {
    tables[id] = table(id, id === '01' || id === '04' ? summary : id === '08' ? [] : expenditure)
  }
  return { department: '测试单位', fiscalYear: 2020, tables }
}

function csvOf(rows: Row[]): string {
  const quote = (v: string | number | null) =>
    v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v)
  const lines = rows.map((r) =>
    [r.line, r.code, r.level, r.label, r.amounts.total ?? null, r.amounts.basic_expenditure ?? null]
      .map(quote)
      .join(','),
  )
  return ['line,code,level,name,total,basic_expenditure', ...lines].join('\r\n') + '\r\n'
}

export const EXPENDITURE_DEFINITION = {
  id: '03',
  slug: 'expenditure',
  zh: '支出决算表',
  en: 'Final Accounts of Expenditure',
  columns: [
    { key: 'total', zh: '合计', en: 'total' },
    { key: 'basic_expenditure', zh: '基本支出', en: 'basic expenditure' },
  ],
}

/** Writes one release; `predecessor` is the version before it, if any. */
export async function writeRelease(
  store: ObjectStore,
  id: string,
  version: string,
  predecessor: string | null = null,
): Promise<WrittenRelease> {
  const report = reportOf(version)
  const source = utf8(`2020年度\n测试单位\n部门决算 ${version}\n`)
  const data: Record<string, { bytes: Uint8Array; mediaType: string }> = {
    '03-expenditure.csv': {
      bytes: utf8(csvOf((report.tables['03'] as { rows: Row[] }).rows)),
      mediaType: 'text/csv',
    },
    // Table 03 also as the release builder writes each table: as in report.json, plus its definition.
    '03-expenditure.json': {
      bytes: utf8(
        JSON.stringify({ definition: EXPENDITURE_DEFINITION, ...(report.tables['03'] as object) }),
      ),
      mediaType: 'application/json',
    },
    'dataset.json': {
      bytes: utf8(JSON.stringify(datasetMetadata(id), null, 2)),
      mediaType: 'application/json',
    },
    'datapackage.json': {
      bytes: utf8(JSON.stringify({ name: id, version, resources: [] })),
      mediaType: 'application/vnd.datapackage+json',
    },
    'report.json': { bytes: utf8(JSON.stringify(report, null, 2)), mediaType: 'application/json' },
    'source.txt': { bytes: source, mediaType: 'text/plain; charset=utf-8' },
    'empty.bin': { bytes: new Uint8Array(0), mediaType: 'application/octet-stream' },
  }
  const entries = await Promise.all(
    Object.entries(data).map(async ([name, f]) => ({
      name,
      bytes: f.bytes.length,
      sha256: await sha256Hex(f.bytes),
      mediaType: f.mediaType,
    })),
  )
  const sums = utf8(entries.map((e) => `${e.sha256}  ${e.name}\n`).join(''))
  entries.push({
    name: 'SHA256SUMS',
    bytes: sums.length,
    sha256: await sha256Hex(sums),
    mediaType: 'text/plain; charset=utf-8',
  })
  data.SHA256SUMS = { bytes: sums, mediaType: 'text/plain; charset=utf-8' }
  const manifest: Manifest = {
    dataset: { id, title: datasetMetadata(id).title },
    version,
    released: '2021-09-30',
    notes: { zh: `版本 ${version}`, en: `Version ${version}` },
    predecessor,
    source: { file: 'source.txt', bytes: source.length, sha256: await sha256Hex(source) },
    builder: { name: 'gongkai', version: '0.1.0' },
    files: entries.sort((a, b) => (a.name < b.name ? -1 : 1)),
  }
  const files: Record<string, Uint8Array> = {}
  for (const entry of manifest.files) {
    const file = data[entry.name]!
    files[entry.name] = file.bytes
    await store.put(`datasets/${id}/${version}/${entry.name}`, file.bytes, {
      contentType: file.mediaType,
      sha256: entry.sha256,
    })
  }
  files['manifest.json'] = utf8(JSON.stringify(manifest, null, 2))
  await store.put(`datasets/${id}/${version}/manifest.json`, files['manifest.json'], {
    contentType: 'application/json',
  })
  return { id, version, manifest, files }
}

/**
 * Publishes datasets with their versions (oldest first) and writes index.json and catalog.json.
 * Returns every release by `id@version`.
 */
export async function writeCatalog(
  store: ObjectStore,
  datasets: Record<string, readonly string[]>,
): Promise<Map<string, WrittenRelease>> {
  const written = new Map<string, WrittenRelease>()
  const catalog: CatalogIndex = { datasets: [] }
  for (const id of Object.keys(datasets).sort()) {
    const versions = datasets[id]!
    let predecessor: string | null = null
    for (const version of versions) {
      written.set(`${id}@${version}`, await writeRelease(store, id, version, predecessor))
      predecessor = version
    }
    const newest = [...versions].reverse()
    const index: DatasetIndex = {
      metadata: datasetMetadata(id),
      latestVersion: newest[0]!,
      versions: await Promise.all(
        newest.map(async (version) => ({
          version,
          released: '2021-09-30',
          notes: { zh: `版本 ${version}`, en: `Version ${version}` },
          manifestSha256: await sha256Hex(written.get(`${id}@${version}`)!.files['manifest.json']!),
        })),
      ),
    }
    await store.put(`datasets/${id}/index.json`, JSON.stringify(index), {
      contentType: 'application/json',
    })
    catalog.datasets.push({
      id,
      title: datasetMetadata(id).title,
      latestVersion: newest[0]!,
      released: '2021-09-30',
    })
  }
  await store.put('catalog.json', JSON.stringify(catalog), { contentType: 'application/json' })
  return written
}

/** The catalog the API tests use: one dataset with two versions, a second with one. */
export const TEST_CATALOG = {
  'test-office-2020': ['1.0.0', '1.1.0'],
  'another-office-2020': ['2.0.0'],
} as const
