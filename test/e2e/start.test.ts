import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  childEnv,
  freePort,
  pythonWithPandas,
  REPO,
  SEED_ID,
  sha256Hex,
  startGongkai,
  systemTool,
  type Running,
} from './support.ts'

/**
 * What a new user does after `npm install`: `npm start` (= `gongkai start`), which builds the seed
 * release, loads it into wrangler dev's local R2 and serves the Worker; then a client downloads a
 * file and checks it against the manifest, and pandas reads the CSVs.
 *
 * `start` rebuilds `.wrangler/state` under its working directory, so it runs in its own copy of
 * the project (node_modules linked): test files run in parallel and must not share that state.
 */
const PANDAS = pythonWithPandas()
const hasPandas = systemTool(
  'a python3 with pandas',
  PANDAS !== null,
  'apt-get install python3-pandas',
)

let work: string
let app: Running | undefined
let base: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gongkai-e2e-start-'))
  for (const name of ['package.json', 'wrangler.toml', 'tsconfig.json', 'bin', 'src', 'data'])
    cpSync(join(REPO, name), join(work, name), { recursive: true })
  symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'), 'dir')
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  app = startGongkai(['start'], { cwd: work, env: childEnv({ PORT: String(port) }) })
  await app.ready(`${base}/healthz`, 150_000)
}, 180_000)

afterAll(async () => {
  await app?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
}, 30_000)

interface Release {
  version: string
  files: { name: string; url: string; bytes: number; sha256: string; mediaType: string }[]
  tables: { id: string; slug: string; url: string }[]
}

const getJson = async <T>(url: string): Promise<T> => {
  const res = await fetch(url)
  expect(res.status, url).toBe(200)
  return await res.json<T>()
}

/** The seed's latest release, as a client finds it: catalogue → dataset → version. */
async function latestRelease(): Promise<Release> {
  const catalog = await getJson<{ datasets: { id: string; latestVersionUrl: string }[] }>(
    `${base}/api/datasets`,
  )
  const seed = catalog.datasets.find((d) => d.id === SEED_ID)
  expect(seed, `${SEED_ID} in the catalogue`).toBeDefined()
  return getJson<Release>(seed!.latestVersionUrl)
}

const CSV = '03-expenditure.csv'

describe('npm start', () => {
  it('publishes the seed into local R2 under its own folder and serves it on PORT', async () => {
    expect(app!.output()).toMatch(new RegExp(`${SEED_ID} \\S+ published locally`))
    expect(existsSync(join(work, '.wrangler/state'))).toBe(true)
    const catalog = await getJson<{ datasets: { id: string; title: { zh: string } }[] }>(
      `${base}/api/datasets`,
    )
    expect(catalog.datasets.map((d) => d.id)).toContain(SEED_ID)
    const docs = await fetch(`${base}/docs`)
    expect(docs.status).toBe(200)
    expect(docs.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(await docs.text()).toContain("fetch('/openapi.json')")
  })

  it('redirects latest to the versioned URL, whose bytes are the manifest’s', async () => {
    const release = await latestRelease()
    const entry = release.files.find((f) => f.name === CSV)!
    const latest = await fetch(`${base}/datasets/${SEED_ID}/latest/${CSV}`, { redirect: 'manual' })
    expect(latest.status).toBe(302)
    const location = new URL(latest.headers.get('Location')!, base).href
    expect(location).toBe(`${base}/datasets/${SEED_ID}/${release.version}/${CSV}`)
    expect(location).toBe(entry.url)

    const res = await fetch(location)
    expect(res.status).toBe(200)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(bytes.length).toBe(entry.bytes)
    expect(sha256Hex(bytes)).toBe(entry.sha256)
  })

  it('sends the headers a client needs with the versioned CSV', async () => {
    const release = await latestRelease()
    const entry = release.files.find((f) => f.name === CSV)!
    const res = await fetch(entry.url, { headers: { Origin: 'https://example.org' } })
    await res.arrayBuffer()
    const h = res.headers
    expect(h.get('ETag')).toBe(`"${entry.sha256}"`)
    expect(h.get('Cache-Control')).toMatch(/(^|, )max-age=31536000(,|$)/)
    expect(h.get('Cache-Control')).toMatch(/(^|, )immutable(,|$)/)
    expect(h.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present')
    const saved = `${SEED_ID}-${release.version}-${CSV}`
    expect(h.get('Content-Disposition')).toBe(
      `attachment; filename="${saved}"; filename*=UTF-8''${saved}`,
    )
    expect(h.get('Content-Length')).toBe(String(entry.bytes))
    expect(h.get('Accept-Ranges')).toBe('bytes')
    expect(h.get('Repr-Digest')).toBe(
      `sha-256=:${Buffer.from(entry.sha256, 'hex').toString('base64')}:`,
    )

    const links = new Map(
      h
        .get('Link')!
        .split(/,\s*(?=<)/)
        .map((link) => {
          const [, url, rel] = /^<([^>]+)>;\s*rel="([^"]+)"$/.exec(link.trim())!
          return [rel!, url!] as const
        }),
    )
    expect(Object.fromEntries(links)).toEqual({
      canonical: entry.url,
      describedby: release.files.find((f) => f.name === 'datapackage.json')!.url,
      'latest-version': `${base}/datasets/${SEED_ID}/latest/${CSV}`,
      'version-history': `${base}/api/datasets/${SEED_ID}`,
    })

    expect(h.get('Access-Control-Allow-Origin')).toBe('*')
    const exposed = h
      .get('Access-Control-Expose-Headers')!
      .split(',')
      .map((name) => name.trim().toLowerCase())
    for (const name of [
      'etag',
      'link',
      'content-range',
      'content-length',
      'repr-digest',
      'content-disposition',
    ])
      expect(exposed, name).toContain(name)
  })

  it('answers If-None-Match with 304, a Range with 206 and a range past the end with 416', async () => {
    const release = await latestRelease()
    const entry = release.files.find((f) => f.name === CSV)!
    const whole = new Uint8Array(await (await fetch(entry.url)).arrayBuffer())

    const cached = await fetch(entry.url, { headers: { 'If-None-Match': `"${entry.sha256}"` } })
    expect(cached.status).toBe(304)
    expect(cached.headers.get('ETag')).toBe(`"${entry.sha256}"`)
    expect((await cached.arrayBuffer()).byteLength).toBe(0)

    const part = await fetch(entry.url, { headers: { Range: 'bytes=10-109' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('Content-Range')).toBe(`bytes 10-109/${entry.bytes}`)
    expect(part.headers.get('Content-Length')).toBe('100')
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(whole.slice(10, 110))

    const past = await fetch(entry.url, { headers: { Range: `bytes=${entry.bytes}-` } })
    expect(past.status).toBe(416)
    expect(past.headers.get('Content-Range')).toBe(`bytes */${entry.bytes}`)
    expect(past.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect((await past.json<{ detail: string }>()).detail).toContain('Range')
  })

  it.skipIf(!hasPandas)(
    'pandas.read_csv reads each of the nine tables into the values of the JSON API',
    async () => {
      const release = await latestRelease()
      expect(release.tables.map((t) => t.id)).toEqual([
        '01',
        '02',
        '03',
        '04',
        '05',
        '06',
        '07',
        '08',
        '09',
      ])
      const csvUrls = release.tables.map(
        (t) => release.files.find((f) => f.name === `${t.id}-${t.slug}.csv`)!.url,
      )
      const { stdout } = await promisify(execFile)(PANDAS!, ['-c', READ_WITH_PANDAS, ...csvUrls], {
        timeout: 60_000,
        maxBuffer: 16 << 20,
      })
      const frames = JSON.parse(stdout) as {
        columns: string[]
        rows: Record<string, string | null>[]
      }[]

      let rows = 0
      for (const [i, table] of release.tables.entries()) {
        const api = await getJson<{
          total: number
          table: { columns: { key: string }[] }
          rows: {
            line: number
            side: string | null
            lineNo: string | null
            code: string | null
            level: string | null
            label: string
            amounts: Record<string, string | null>
          }[]
        }>(`${table.url}?limit=1000`)
        expect(api.rows.length, table.id).toBe(api.total)
        const twoSided = api.rows.some((r) => r.side !== null)
        const keys = api.table.columns.map((c) => c.key)
        expect(frames[i]!.columns, table.id).toEqual([
          'line',
          ...(twoSided ? ['side', 'line_no'] : []),
          'code',
          'level',
          'name',
          ...keys,
        ])
        const expected = api.rows.map((r) => ({
          line: String(r.line),
          ...(twoSided ? { side: r.side, line_no: r.lineNo } : {}),
          code: r.code,
          level: r.level,
          name: r.label,
          ...Object.fromEntries(keys.map((k) => [k, r.amounts[k]])),
        }))
        expect(frames[i]!.rows, table.id).toEqual(expected)
        rows += expected.length
      }
      expect(rows).toBeGreaterThan(50)
    },
  )
})

/** What a data user types: read_csv on the URL; every column as text so decimals stay exact. */
const READ_WITH_PANDAS = `
import json, sys
import pandas as pd
frames = []
for url in sys.argv[1:]:
    frame = pd.read_csv(url, dtype=str)
    rows = [{k: (None if pd.isna(v) else v) for k, v in r.items()} for r in frame.to_dict('records')]
    frames.append({'columns': list(frame.columns), 'rows': rows})
print(json.dumps(frames, ensure_ascii=False))
`
