import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import { sha256Hex, TEST_CATALOG, writeCatalog, type WrittenRelease } from './support/release.ts'

const store = memoryStore()
const app = createApp(() => store, 'http://api.test')
let releases: Map<string, WrittenRelease>
const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  app.request(`http://api.test${path}`, { method, headers })

beforeAll(async () => {
  releases = await writeCatalog(store, TEST_CATALOG)
})

const base64 = (hex: string) =>
  btoa(String.fromCharCode(...hex.match(/../g)!.map((h) => parseInt(h, 16))))

describe('catalog', () => {
  it('lists datasets by id with links to each', async () => {
    const res = await get('/api/datasets')
    expect(res.status).toBe(200)
    const body = await res.json<{
      datasets: { id: string; url: string; latestVersion: string }[]
      next: string | null
      total: number
    }>()
    expect(body.datasets.map((d) => d.id)).toEqual(['another-office-2020', 'test-office-2020'])
    expect(body.datasets[1]).toMatchObject({
      latestVersion: '1.1.0',
      url: 'http://api.test/api/datasets/test-office-2020',
    })
    expect(body).toMatchObject({ total: 2, next: null })
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60')
  })

  it('pages with an opaque cursor and Link rel=next', async () => {
    const first = await get('/api/datasets?limit=1')
    const page1 = await first.json<{ datasets: { id: string }[]; next: string }>()
    expect(page1.datasets.map((d) => d.id)).toEqual(['another-office-2020'])
    expect(first.headers.get('Link')).toBe(`<${page1.next}>; rel="next"`)
    const next = new URL(page1.next)
    const second = await get(next.pathname + next.search)
    const page2 = await second.json<{ datasets: { id: string }[]; next: string | null }>()
    expect(page2.datasets.map((d) => d.id)).toEqual(['test-office-2020'])
    expect(page2.next).toBeNull()
    expect(second.headers.get('Link')).toBeNull()
  })
})

describe('dataset and version documents', () => {
  it('gives a dataset with its versions newest first', async () => {
    const res = await get('/api/datasets/test-office-2020')
    const body = await res.json<{
      id: string
      latestVersion: string
      versions: { version: string; url: string; manifestSha256: string }[]
    }>()
    expect(body.latestVersion).toBe('1.1.0')
    expect(body.versions.map((v) => v.version)).toEqual(['1.1.0', '1.0.0'])
    expect(body.versions[1]!.url).toBe(
      'http://api.test/api/datasets/test-office-2020/versions/1.0.0',
    )
    expect(body.versions[1]!.manifestSha256).toBe(
      await sha256Hex(releases.get('test-office-2020@1.0.0')!.files['manifest.json']!),
    )
    expect(res.headers.get('Link')).toContain(
      '<http://api.test/api/datasets/test-office-2020/versions/1.1.0>; rel="latest-version"',
    )
  })

  it('gives a release: manifest fields and a URL per file', async () => {
    const res = await get('/api/datasets/test-office-2020/versions/1.1.0')
    expect(res.status).toBe(200)
    const body = await res.json<{
      predecessor: string
      files: { name: string; url: string; sha256: string; bytes: number }[]
      tables: { url: string }[]
    }>()
    const release = releases.get('test-office-2020@1.1.0')!
    expect(body.predecessor).toBe('1.0.0')
    expect(body.files.map((f) => f.name)).toEqual(release.manifest.files.map((f) => f.name))
    const csv = body.files.find((f) => f.name === '03-expenditure.csv')!
    expect(csv.url).toBe('http://api.test/datasets/test-office-2020/1.1.0/03-expenditure.csv')
    expect(csv.sha256).toBe(await sha256Hex(release.files['03-expenditure.csv']!))
    expect(body.tables).toHaveLength(9)
    const link = res.headers.get('Link')!
    expect(link).toContain(
      '<http://api.test/datasets/test-office-2020/1.1.0/datapackage.json>; rel="describedby"',
    )
    expect(link).toContain(
      '<http://api.test/api/datasets/test-office-2020/versions/1.0.0>; rel="predecessor-version"',
    )
    expect(link).toContain('<http://api.test/api/datasets/test-office-2020>; rel="version-history"')
  })

  it('says which part is unknown', async () => {
    const dataset = await get('/api/datasets/no-such-office')
    expect(dataset.status).toBe(404)
    expect(dataset.headers.get('Content-Type')).toBe('application/problem+json')
    expect((await dataset.json<{ detail: string }>()).detail).toContain(
      'no dataset "no-such-office"',
    )
    const version = await get('/api/datasets/test-office-2020/versions/9.9.9')
    expect(version.status).toBe(404)
    expect((await version.json<{ detail: string }>()).detail).toContain(
      'its versions are 1.1.0, 1.0.0',
    )
  })
})

describe('files', () => {
  const path = '/datasets/test-office-2020/1.0.0/03-expenditure.csv'

  it('streams the bytes with the headers of an immutable file', async () => {
    const res = await get(path)
    const bytes = releases.get('test-office-2020@1.0.0')!.files['03-expenditure.csv']!
    const sha = await sha256Hex(bytes)
    expect(res.status).toBe(200)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes)
    expect(res.headers.get('ETag')).toBe(`"${sha}"`)
    expect(res.headers.get('Repr-Digest')).toBe(`sha-256=:${base64(sha)}:`)
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers.get('Content-Length')).toBe(String(bytes.length))
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    // Saved under the dataset and version, so two departments' tables do not overwrite each other.
    const saved = 'test-office-2020-1.0.0-03-expenditure.csv'
    expect(res.headers.get('Content-Disposition')).toBe(
      `attachment; filename="${saved}"; filename*=UTF-8''${saved}`,
    )
    expect(res.headers.get('Accept-Ranges')).toBe('bytes')
    const link = res.headers.get('Link')!
    expect(link).toContain(`<http://api.test${path}>; rel="canonical"`)
    expect(link).toContain(
      '<http://api.test/datasets/test-office-2020/latest/03-expenditure.csv>; rel="latest-version"',
    )
    expect(link).not.toContain('predecessor-version')
  })

  it('links a later version to its predecessor', async () => {
    const res = await get('/datasets/test-office-2020/1.1.0/03-expenditure.csv')
    expect(res.headers.get('Link')).toContain(
      '<http://api.test/datasets/test-office-2020/1.0.0/03-expenditure.csv>; rel="predecessor-version"',
    )
  })

  it('serves manifest.json itself, tagged with its own SHA-256', async () => {
    const res = await get('/datasets/test-office-2020/1.0.0/manifest.json')
    const bytes = releases.get('test-office-2020@1.0.0')!.files['manifest.json']!
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes)
    expect(res.headers.get('ETag')).toBe(`"${await sha256Hex(bytes)}"`)
  })

  it('answers HEAD with the headers and no body', async () => {
    const res = await get(path, {}, 'HEAD')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Length')).toBe(
      String(releases.get('test-office-2020@1.0.0')!.files['03-expenditure.csv']!.length),
    )
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]{64}"$/)
    expect((await res.arrayBuffer()).byteLength).toBe(0)
  })

  it('answers If-None-Match with 304, weak comparison, lists and *', async () => {
    const etag = (await get(path)).headers.get('ETag')!
    for (const field of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get(path, { 'If-None-Match': field })
      expect(res.status, field).toBe(304)
      expect(res.headers.get('ETag')).toBe(etag)
      expect(await res.text()).toBe('')
    }
    expect((await get(path, { 'If-None-Match': '"other"' })).status).toBe(200)
  })

  it('serves one byte range as 206', async () => {
    const bytes = releases.get('test-office-2020@1.0.0')!.files['03-expenditure.csv']!
    const size = bytes.length
    for (const [range, start, end] of [
      ['bytes=0-9', 0, 9],
      ['bytes=10-', 10, size - 1],
      ['bytes=-5', size - 5, size - 1],
      ['bytes=5-100000', 5, size - 1],
    ] as const) {
      const res = await get(path, { Range: range })
      expect(res.status, range).toBe(206)
      expect(res.headers.get('Content-Range')).toBe(`bytes ${start}-${end}/${size}`)
      expect(res.headers.get('Content-Length')).toBe(String(end - start + 1))
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes.slice(start, end + 1))
    }
  })

  it('refuses several, malformed or unsatisfiable ranges with 416', async () => {
    const size = releases.get('test-office-2020@1.0.0')!.files['03-expenditure.csv']!.length
    for (const range of [
      'bytes=0-1,5-6',
      `bytes=${size}-`,
      'bytes=-0',
      'bytes=9-3',
      'bytes=abc',
      'bytes=',
      'garbage',
    ]) {
      const res = await get(path, { Range: range })
      expect(res.status, range).toBe(416)
      expect(res.headers.get('Content-Range')).toBe(`bytes */${size}`)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    }
  })

  it('ignores a range of another unit, and a Range whose If-Range no longer matches', async () => {
    expect((await get(path, { Range: 'items=0-1' })).status).toBe(200)
    const etag = (await get(path)).headers.get('ETag')!
    expect((await get(path, { Range: 'bytes=0-1', 'If-Range': etag })).status).toBe(206)
    expect((await get(path, { Range: 'bytes=0-1', 'If-Range': '"stale"' })).status).toBe(200)
    expect((await get(path, { Range: 'bytes=0-1', 'If-Range': `W/${etag}` })).status).toBe(200)
    expect(
      (await get(path, { Range: 'bytes=0-1', 'If-Range': 'Tue, 01 Jan 2030 00:00:00 GMT' })).status,
    ).toBe(200)
  })

  it('redirects latest to the pinned version, briefly cached', async () => {
    const res = await get('/datasets/test-office-2020/latest/03-expenditure.csv')
    expect(res.status).toBe(302)
    expect(res.headers.get('Location')).toBe(
      'http://api.test/datasets/test-office-2020/1.1.0/03-expenditure.csv',
    )
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60')
    expect((await get('/datasets/test-office-2020/latest/nothing.csv')).status).toBe(404)
  })

  it('serves an empty file, and refuses any range of it', async () => {
    const path = '/datasets/test-office-2020/1.0.0/empty.bin'
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Length')).toBe('0')
    expect((await get(path, { Range: 'bytes=0-' })).status).toBe(416)
  })

  it('refuses a file the manifest does not list', async () => {
    const res = await get('/datasets/test-office-2020/1.0.0/index.json')
    expect(res.status).toBe(404)
    expect((await res.json<{ detail: string }>()).detail).toContain('has no file "index.json"')
  })
})

describe('JSON documents', () => {
  it('carry a strong ETag of their bytes, and 304 on a match', async () => {
    const res = await get('/api/datasets/test-office-2020')
    const text = await res.text()
    const sha = await sha256Hex(new TextEncoder().encode(text))
    expect(res.headers.get('ETag')).toBe(`"${sha}"`)
    expect(res.headers.get('Repr-Digest')).toBe(`sha-256=:${base64(sha)}:`)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const again = await get('/api/datasets/test-office-2020', {
      'If-None-Match': `"x", W/"${sha}"`,
    })
    expect(again.status).toBe(304)
  })

  it('answer HEAD without a body', async () => {
    const res = await get('/api/datasets', {}, 'HEAD')
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]{64}"$/)
    expect(await res.text()).toBe('')
  })
})

describe('CORS and methods', () => {
  it('lets any origin read, and exposes the headers a client needs', async () => {
    const res = await get('/api/datasets', { Origin: 'https://example.org' })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    for (const name of ['ETag', 'Link', 'Content-Range', 'Repr-Digest', 'Content-Disposition']) {
      expect(res.headers.get('Access-Control-Expose-Headers')).toContain(name)
    }
    const preflight = await get(
      '/datasets/test-office-2020/1.0.0/report.json',
      {
        Origin: 'https://example.org',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'range',
      },
      'OPTIONS',
    )
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,OPTIONS')
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toBe('range')
  })

  it('keeps CORS headers on errors and 304s', async () => {
    const missing = await get('/api/datasets/nope', { Origin: 'https://example.org' })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('answers other methods with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await get('/api/datasets', {}, method)
      expect(res.status, method).toBe(405)
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    }
  })
})

describe('service routes', () => {
  it('serves the same OpenAPI document as YAML and JSON', async () => {
    const { parse } = await import('yaml')
    const yaml = await (await get('/openapi.yaml')).text()
    const json = await (await get('/openapi.json')).json()
    expect(parse(yaml)).toEqual(json)
  })

  it('serves a documentation page that loads nothing from elsewhere', async () => {
    const res = await get('/docs')
    const html = await res.text()
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(html).toContain("fetch('/openapi.json')")
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    expect(res.headers.get('Content-Security-Policy')).toContain("connect-src 'self'")
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiles the page's script to check its syntax
    expect(() => new Function(script)).not.toThrow()
    expect(script).not.toContain('innerHTML')
  })

  it('answers the health check', async () => {
    const res = await get('/healthz')
    expect(await res.json()).toEqual({ status: 'ok' })
    expect(res.headers.get('Cache-Control')).toBe('no-store')
  })
})
