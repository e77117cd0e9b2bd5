import { env, exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { r2Store } from '../../src/storage/r2.ts'
import {
  sha256Hex,
  TEST_CATALOG,
  writeCatalog,
  type WrittenRelease,
} from '../http/support/release.ts'

/** The Worker itself (src/http/worker.ts) inside workerd, over the real R2 binding. */
const fetchWorker = (path: string, init: RequestInit = {}) =>
  exports.default.fetch(new Request(`https://gongkai.test${path}`, init))
let releases: Map<string, WrittenRelease>

beforeAll(async () => {
  releases = await writeCatalog(r2Store({ bucket: env.RELEASES }), TEST_CATALOG)
})

const base64 = (hex: string) =>
  btoa(String.fromCharCode(...hex.match(/../g)!.map((h) => parseInt(h, 16))))

describe('the Worker over R2', () => {
  it('lists the catalog and a dataset from their index objects', async () => {
    const catalog = await (
      await fetchWorker('/api/datasets')
    ).json<{ datasets: { id: string }[] }>()
    expect(catalog.datasets.map((d) => d.id)).toEqual(Object.keys(TEST_CATALOG).sort())
    const dataset = await (
      await fetchWorker('/api/datasets/test-office-2020')
    ).json<{ versions: { version: string }[] }>()
    expect(dataset.versions.map((v) => v.version)).toEqual(['1.1.0', '1.0.0'])
  })

  it('streams a file byte for byte with its manifest SHA-256 as ETag and Repr-Digest', async () => {
    const bytes = releases.get('test-office-2020@1.1.0')!.files['report.json']!
    const res = await fetchWorker('/datasets/test-office-2020/1.1.0/report.json')
    expect(res.status).toBe(200)
    const body = new Uint8Array(await res.arrayBuffer())
    expect(body).toEqual(bytes)
    const sha = await sha256Hex(body)
    expect(res.headers.get('ETag')).toBe(`"${sha}"`)
    expect(res.headers.get('Repr-Digest')).toBe(`sha-256=:${base64(sha)}:`)
    expect(res.headers.get('Content-Length')).toBe(String(bytes.length))
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
  })

  it('serves ranges with R2 ranged reads', async () => {
    const bytes = releases.get('test-office-2020@1.1.0')!.files['report.json']!
    const res = await fetchWorker('/datasets/test-office-2020/1.1.0/report.json', {
      headers: { Range: 'bytes=100-199' },
    })
    expect(res.status).toBe(206)
    expect(res.headers.get('Content-Range')).toBe(`bytes 100-199/${bytes.length}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes.slice(100, 200))
    const suffix = await fetchWorker('/datasets/test-office-2020/1.1.0/report.json', {
      headers: { Range: 'bytes=-10' },
    })
    expect(new Uint8Array(await suffix.arrayBuffer())).toEqual(bytes.slice(-10))
    const bad = await fetchWorker('/datasets/test-office-2020/1.1.0/report.json', {
      headers: { Range: `bytes=${bytes.length}-` },
    })
    expect(bad.status).toBe(416)
    expect(bad.headers.get('Content-Range')).toBe(`bytes */${bytes.length}`)
  })

  it('answers HEAD and If-None-Match without a body', async () => {
    const path = '/datasets/test-office-2020/1.0.0/03-expenditure.csv'
    const head = await fetchWorker(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('Content-Length')).toBe(
      String(releases.get('test-office-2020@1.0.0')!.files['03-expenditure.csv']!.length),
    )
    expect(await head.text()).toBe('')
    const notModified = await fetchWorker(path, {
      headers: { 'If-None-Match': head.headers.get('ETag')! },
    })
    expect(notModified.status).toBe(304)
  })

  it('redirects latest and serves a table as JSON', async () => {
    const latest = await fetchWorker('/datasets/test-office-2020/latest/report.json', {
      redirect: 'manual',
    })
    expect(latest.status).toBe(302)
    expect(latest.headers.get('Location')).toBe(
      'https://gongkai.test/datasets/test-office-2020/1.1.0/report.json',
    )
    const table = await (
      await fetchWorker(
        '/api/datasets/test-office-2020/versions/1.1.0/tables/expenditure?level=item',
      )
    ).json<{ rows: { code: string }[] }>()
    expect(table.rows.map((r) => r.code)).toEqual(['2010301', '2010302', '2080505'])
  })

  it('answers errors as problem+json with CORS, never 500', async () => {
    for (const [path, status] of [
      ['/api/datasets/nope', 404],
      ['/datasets/test-office-2020/1.0.0/..%2f..%2fcatalog.json', 400],
      ['/datasets/test-office-2020/1.0.0/%5c..%5cindex.json', 400],
      ['/datasets/test-office-2020/1.0.0/nothing.csv', 404],
      ['/api/datasets/test-office-2020/versions/1.0.0/tables/99', 400],
    ] as const) {
      const res = await fetchWorker(path, { headers: { Origin: 'https://example.org' } })
      expect(res.status, path).toBe(status)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    }
    const post = await fetchWorker('/api/datasets', { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
  })

  it('answers 406 to an Accept that excludes an R2 file, and serves curl and browsers', async () => {
    const path = '/datasets/test-office-2020/1.1.0/03-expenditure.csv'
    const refused = await fetchWorker(path, {
      headers: { Accept: 'application/json', Origin: 'https://example.org' },
    })
    expect(refused.status).toBe(406)
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json')
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect((await refused.json<{ detail: string }>()).detail).toContain('text/csv')
    for (const accept of ['*/*', 'text/html,application/xhtml+xml,*/*;q=0.8', 'text/csv']) {
      const res = await fetchWorker(path, { headers: { Accept: accept } })
      expect(res.status, accept).toBe(200)
      expect(await res.text()).toContain(',')
    }
  })

  it('serves its description and documentation page', async () => {
    const yaml = await (await fetchWorker('/openapi.yaml')).text()
    expect(yaml).toMatch(/^openapi: 3\.1\.0/)
    const json = await (await fetchWorker('/openapi.json')).json<{ openapi: string }>()
    expect(json.openapi).toBe('3.1.0')
    expect(await (await fetchWorker('/docs')).text()).toContain('<title>gongkai API</title>')
    expect(await (await fetchWorker('/healthz')).json()).toEqual({ status: 'ok' })
  })
})
