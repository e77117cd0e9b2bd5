import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import type { ObjectStore } from '../../src/storage/types.ts'
import { TEST_CATALOG, writeCatalog } from './support/release.ts'

/** A real store that also records every key a request reads. */
const inner = memoryStore()
const keysRead: string[] = []
const store: ObjectStore = {
  ...inner,
  get: (key, options) => (keysRead.push(key), inner.get(key, options)),
  head: (key) => (keysRead.push(key), inner.head(key)),
}
const app = createApp(() => store, 'http://api.test')
const request = (path: string, init: RequestInit = {}) =>
  app.request(`http://api.test${path}`, init)

/** The only keys the API may read: the catalog, an index, a file of one release. */
const ALLOWED_KEY =
  /^(catalog\.json|datasets\/[a-z0-9]+(-[a-z0-9]+)*\/(index\.json|\d+\.\d+\.\d+\/[A-Za-z0-9][A-Za-z0-9._-]*))$/

beforeAll(async () => {
  await writeCatalog(store, TEST_CATALOG)
  await inner.put('secret.txt', SECRET)
  await inner.put('datasets/test-office-2020/secret.txt', SECRET)
  await inner.put('datasets/test-office-2020/1.0.0/unlisted.txt', SECRET)
})

const SECRET = 'CLASSIFIED-BYTES'
const long = 'a'.repeat(10_000)
const release = '/datasets/test-office-2020/1.0.0'

describe('hostile paths', () => {
  const cases: [path: string, status: number][] = [
    [`${release}/..%2f..%2fsecret.txt`, 400],
    [`${release}/..%2F..%2F..%2Fsecret.txt`, 400],
    [`${release}/%2e%2e%2fsecret.txt`, 400],
    [`${release}/..%5csecret.txt`, 400],
    [`${release}/%5c..%5c..%5csecret.txt`, 400],
    [`${release}/unlisted.txt`, 404],
    [`${release}/report.json%00`, 400],
    [`${release}/report.json%0a`, 400],
    [`${release}/.hidden`, 400],
    [`${release}/%E4%B8%AD.csv`, 400],
    [`${release}/${long}`, 400],
    ['/datasets/test-office-2020/..%2f1.0.0/report.json', 400],
    ['/datasets/test-office-2020/1.0.0%2f..%2f/report.json', 400],
    ['/datasets/test-office-2020/01.0.0/report.json', 400],
    ['/datasets/test-office-2020/1.0/report.json', 400],
    ['/datasets/Test-Office/1.0.0/report.json', 400],
    ['/datasets/..%2fsecret/1.0.0/report.json', 400],
    [`/datasets/${long}/1.0.0/report.json`, 400],
    ['/datasets/test-office-2020/latest/..%2fsecret.txt', 400],
    ['/api/datasets/%ZZ', 400],
    ['/api/datasets/test-office-2020%2f..%2f..', 400],
    [`/api/datasets/${long}`, 400],
    ['/api/datasets/test-office-2020/versions/1.0.0.0', 400],
    ['/api/datasets/test-office-2020/versions/99999999999999999999.0.0', 400],
    // A version the changelog accepts is a well-formed request: it is simply not published.
    ['/api/datasets/test-office-2020/versions/99999999999.0.0', 404],
    ['/api/datasets/test-office-2020/versions/1.0.0/tables/..%2f..%2f', 400],
    ['/api/datasets/test-office-2020/versions/1.0.0/tables/__proto__', 400],
    ['/api/datasets/test-office-2020/versions/1.0.0/tables/constructor', 400],
    ['/api/datasets?limit=1e3', 400],
    ['/api/datasets?limit=99999999999999999999', 400],
    [`/api/datasets?cursor=${long}`, 400],
    ['/api/datasets?cursor=%00', 400],
    ['/api/datasets?__proto__=1', 400],
    ['/api/datasets/no-such-dataset', 404],
    ['/datasets//1.0.0/report.json', 404],
    [`${release}/`, 404],
    [`/${long}`, 404],
  ]

  it.each(cases)('%s → %i', async (path, status) => {
    keysRead.length = 0
    const res = await request(path)
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    const text = await res.text()
    const problem = JSON.parse(text) as { status: number; detail: string }
    expect(problem.status).toBe(status)
    expect(text).not.toMatch(/CLASSIFIED|at .*\.ts:\d+/)
    for (const key of keysRead) expect(key).toMatch(ALLOWED_KEY)
  })

  it('resolves dot segments before routing, so they cannot climb out', async () => {
    for (const path of [
      `${release}/../../../secret.txt`,
      `${release}/%2e%2e/%2e%2e/secret.txt`,
      `${release}/..\\..\\secret.txt`,
    ]) {
      keysRead.length = 0
      const res = await request(path)
      expect(res.status, path).toBeGreaterThanOrEqual(400)
      expect(res.status, path).toBeLessThan(500)
      expect(await res.text()).not.toContain(SECRET)
      for (const key of keysRead) expect(key).toMatch(ALLOWED_KEY)
    }
  })
})

describe('hostile headers', () => {
  const file = `${release}/report.json`

  it('ignores an If-None-Match it cannot parse', async () => {
    for (const field of [
      'garbage',
      '"unterminated',
      'W/',
      ',,,',
      `"${long}`,
      '"a" junk',
      '\u00ff',
    ]) {
      const res = await request(file, { headers: { 'If-None-Match': field } })
      expect(res.status, field).toBe(200)
    }
  })

  it('answers absurd ranges with 416, never 500', async () => {
    for (const range of [
      'bytes=99999999999999999999-',
      `bytes=${'9'.repeat(400)}-1`,
      'bytes=--1',
      'bytes=0-1,',
      `bytes=${'0-1,'.repeat(1000)}0-1`,
    ]) {
      const res = await request(file, { headers: { Range: range } })
      expect(res.status, range.slice(0, 40)).toBe(416)
    }
  })

  it('serves a huge last-byte-pos range up to the end', async () => {
    for (const range of ['bytes=1-99999999999999', `bytes=1-${'9'.repeat(400)}`]) {
      const res = await request(file, { headers: { Range: range } })
      expect(res.status).toBe(206)
      expect(res.headers.get('Content-Range')).toMatch(/^bytes 1-\d+\/\d+$/)
    }
  })

  /** What real clients send: a browser, curl, pandas/urllib (no Accept at all), fetch. */
  const CLIENTS: Record<string, string | undefined> = {
    browser: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8',
    curl: '*/*',
    'pandas/urllib': undefined,
    fetch: '*/*',
  }

  it('serves what browsers, curl and pandas ask for', async () => {
    for (const [client, accept] of Object.entries(CLIENTS)) {
      const headers: Record<string, string> = accept === undefined ? {} : { Accept: accept }
      for (const path of ['/api/datasets', file, `${release}/03-expenditure.csv`]) {
        const res = await request(path, { headers })
        expect(res.status, `${client} ${path}`).toBeLessThan(300)
        await res.body?.cancel()
      }
    }
  })

  it('answers an Accept that excludes the one representation with 406', async () => {
    const excluding: [path: string, accept: string, available: string][] = [
      ['/api/datasets', 'application/xml', 'application/json'],
      ['/api/datasets', 'image/png', 'application/json'],
      ['/api/datasets', 'application/json;q=0', 'application/json'],
      ['/api/datasets', 'APPLICATION/JSON;Q=0, */*', 'application/json'],
      ['/api/datasets', 'text/*, application/xml', 'application/json'],
      [file, 'text/csv', 'application/json'],
      [`${release}/03-expenditure.csv`, 'application/json', 'text/csv'],
      [`${release}/03-expenditure.csv`, 'text/*;q=0, */*;q=1', 'text/csv'],
      ['/openapi.yaml', 'application/json', 'application/yaml'],
    ]
    for (const [path, accept, available] of excluding) {
      for (const method of ['GET', 'HEAD']) {
        const res = await request(path, { method, headers: { Accept: accept } })
        const where = `${method} ${path} Accept: ${accept}`
        expect(res.status, where).toBe(406)
        expect(res.headers.get('Content-Type'), where).toBe('application/problem+json')
        expect(res.headers.get('ETag'), where).toBeNull()
        expect(res.headers.get('Content-Disposition'), where).toBeNull()
        expect(res.headers.get('Access-Control-Allow-Origin'), where).toBe('*')
        if (method === 'HEAD') continue
        const problem = await res.json<{ status: number; detail: string }>()
        expect(problem.status).toBe(406)
        expect(problem.detail).toContain(
          `only available as ${available}; send Accept: ${available}`,
        )
      }
    }
  })

  it('serves an Accept that admits the representation, whatever its case or parameters', async () => {
    const csv = `${release}/03-expenditure.csv`
    for (const [path, accept] of [
      ['/api/datasets', 'application/json'],
      ['/api/datasets', 'Application/JSON; charset=utf-8'],
      ['/api/datasets', 'application/*;q=0.1'],
      ['/api/datasets', 'application/xml, */*;q=0.001'],
      ['/api/datasets', 'application/json;q=0.5, application/json;q=0'],
      [csv, 'text/csv; header=present'],
      [csv, 'text/*'],
      [csv, 'text/csv;q=1.000, application/json;q=0'],
    ] as const) {
      const res = await request(path, { headers: { Accept: accept } })
      expect(res.status, `${path} Accept: ${accept}`).toBe(200)
      await res.body?.cancel()
    }
  })

  it('ignores an Accept it cannot parse, and never answers 406 instead of an error', async () => {
    for (const accept of [
      '',
      ' , ,',
      '*/*;q=abc',
      '*/json',
      'application/json;q=2',
      'application',
      'text/csv; x="unterminated',
      long,
      `application/xml${' '.repeat(10_000)}x`,
      '\u00ff/\u00ff',
    ]) {
      const res = await request('/api/datasets', { headers: { Accept: accept } })
      expect(res.status, accept.slice(0, 40)).toBe(200)
    }
    for (const [path, status] of [
      ['/api/datasets/no-such-dataset', 404],
      ['/api/datasets?limit=0', 400],
      ['/datasets/test-office-2020/latest/report.json', 302],
    ] as const) {
      const res = await request(path, { headers: { Accept: 'application/xml' } })
      expect(res.status, path).toBe(status)
    }
    const res = await request(file, { method: 'PUT', headers: { Accept: 'application/xml' } })
    expect(res.status).toBe(405)
  })

  it('cancels the file stream it replaces with 406, reading none of it', async () => {
    // highWaterMark 0: the stream pulls only when someone reads.
    let pulled = 0
    let cancelled = false
    const watched: ObjectStore = {
      ...store,
      get: async (key, options) => {
        const object = await store.get(key, options)
        if (!object || !key.endsWith('/report.json')) return object
        const reader = object.body.getReader()
        const body = new ReadableStream<Uint8Array>(
          {
            pull: async (controller) => {
              pulled++
              const { done, value } = await reader.read()
              if (done) controller.close()
              else controller.enqueue(value)
            },
            cancel: (reason) => ((cancelled = true), reader.cancel(reason)),
          },
          { highWaterMark: 0 },
        )
        return { ...object, body }
      },
    }
    const res = await createApp(() => watched, 'http://api.test').request(
      `http://api.test${file}`,
      {
        headers: { Accept: 'text/csv' },
      },
    )
    expect(res.status).toBe(406)
    expect(cancelled).toBe(true)
    expect(pulled).toBe(0)
  })

  it('answers 304 to a conditional request that accepts the type, 406 to one that does not', async () => {
    const etag = (await request(file)).headers.get('ETag')!
    const ok = await request(file, {
      headers: { 'If-None-Match': etag, Accept: 'application/json' },
    })
    expect(ok.status).toBe(304)
    const no = await request(file, {
      headers: { 'If-None-Match': 'W/"other"', Accept: 'text/csv' },
    })
    expect(no.status).toBe(406)
  })

  it('answers unknown methods with 405 on a resource, 404 elsewhere', async () => {
    for (const method of ['PROPFIND', 'MKCOL', 'FOO', 'POST']) {
      const res = await request(file, { method })
      expect(res.status, method).toBe(405)
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
      expect((await request('/nowhere', { method })).status).toBe(404)
    }
  })
})
