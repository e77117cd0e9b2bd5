import { env, exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { r2Store } from '../../src/storage/r2.ts'
import { sha256Hex } from '../http/support/release.ts'
import { publishSeed, SEED_ID } from '../http/support/seed.ts'

/** The seed report built, published to the real R2 binding and served by the Worker, all in workerd. */
const fetchWorker = (path: string, init: RequestInit = {}) =>
  exports.default.fetch(new Request(`https://gongkai.test${path}`, init))
let files: Record<string, Uint8Array>
let manifest: { version: string; files: { name: string; sha256: string; bytes: number }[] }

beforeAll(async () => {
  files = await publishSeed(r2Store({ bucket: env.RELEASES }))
  manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as typeof manifest
}, 60_000)

describe('the seed release, served from R2', () => {
  it('lists the seed in the catalog, latest version first', async () => {
    const catalog = await (
      await fetchWorker('/api/datasets')
    ).json<{ datasets: { id: string; latestVersion: string }[] }>()
    expect(catalog.datasets).toContainEqual(
      expect.objectContaining({ id: SEED_ID, latestVersion: manifest.version }),
    )
  })

  it('serves every file of the manifest byte-identical, tagged with its SHA-256', async () => {
    expect(manifest.files.length).toBeGreaterThan(20)
    for (const entry of manifest.files) {
      const res = await fetchWorker(`/datasets/${SEED_ID}/${manifest.version}/${entry.name}`)
      expect(res.status, entry.name).toBe(200)
      const body = new Uint8Array(await res.arrayBuffer())
      expect(await sha256Hex(body), entry.name).toBe(entry.sha256)
      expect(res.headers.get('ETag')).toBe(`"${entry.sha256}"`)
      expect(res.headers.get('Content-Length')).toBe(String(entry.bytes))
    }
  })

  it('serves the workbook as a spreadsheet, and every file under a name carrying dataset and version', async () => {
    const name = `${SEED_ID}-${manifest.version}.xlsx`
    const res = await fetchWorker(`/datasets/${SEED_ID}/${manifest.version}/${name}`)
    await res.arrayBuffer()
    expect(res.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers.get('Content-Disposition')).toBe(
      `attachment; filename="${name}"; filename*=UTF-8''${name}`,
    )
    const csv = await fetchWorker(`/datasets/${SEED_ID}/${manifest.version}/03-expenditure.csv`)
    await csv.arrayBuffer()
    expect(csv.headers.get('Content-Disposition')).toContain(
      `filename="${SEED_ID}-${manifest.version}-03-expenditure.csv"`,
    )
  })

  it('serves each of the nine tables with the rows of report.json', async () => {
    const report = JSON.parse(new TextDecoder().decode(files['report.json'])) as {
      tables: Record<string, { rows: unknown[] }>
    }
    for (const id of ['01', '02', '03', '04', '05', '06', '07', '08', '09']) {
      const res = await fetchWorker(
        `/api/datasets/${SEED_ID}/versions/${manifest.version}/tables/${id}?limit=1000`,
      )
      expect(res.status, id).toBe(200)
      const page = await res.json<{ rows: unknown[]; table: { columns: unknown[] } }>()
      expect(page.rows, id).toEqual(report.tables[id]!.rows)
      expect(page.table.columns.length, id).toBeGreaterThan(0)
    }
  })

  it('filters a table by classification', async () => {
    const res = await fetchWorker(
      `/api/datasets/${SEED_ID}/versions/${manifest.version}/tables/expenditure?code_prefix=201&level=item`,
    )
    const page = await res.json<{ rows: { code: string; level: string }[] }>()
    expect(page.rows.length).toBeGreaterThan(0)
    for (const row of page.rows) {
      expect(row.code.startsWith('201')).toBe(true)
      expect(row.level).toBe('item')
    }
  })
})
