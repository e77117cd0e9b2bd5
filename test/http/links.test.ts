import { request } from 'node:http'
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.ts'
import { serveNode, type NodeServer } from '../../src/http/node.ts'
import { publicBase } from '../../src/http/urls.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import { TEST_CATALOG, writeCatalog } from './support/release.ts'

/**
 * Links (JSON urls, Link, Location) come from the configured public base URL, never from the
 * request's Host: `Host: evil.example` must not reach a response a cache may share.
 */
const BASE = 'https://data.example.gov.cn/gongkai'
const store = memoryStore()
const app = createApp(() => store, `${BASE}/`)

beforeAll(async () => {
  await writeCatalog(store, TEST_CATALOG)
})

const PATHS = [
  '/api/datasets?limit=1',
  '/api/datasets/test-office-2020',
  '/api/datasets/test-office-2020/versions/1.1.0',
  '/api/datasets/test-office-2020/versions/1.1.0/tables/03?limit=1',
  '/datasets/test-office-2020/1.1.0/03-expenditure.csv',
  '/datasets/test-office-2020/latest/03-expenditure.csv',
]

/** Every absolute URL in a response's Location, Link and JSON body. */
async function linksOf(res: Response): Promise<string[]> {
  const text = res.headers.get('Content-Type')?.includes('json') ? await res.text() : ''
  return [
    res.headers.get('Location') ?? '',
    res.headers.get('Link') ?? '',
    ...[...text.matchAll(/"(https?:\/\/[^"]*)"/g)].map((m) => m[1]!),
  ].flatMap((s) => [...s.matchAll(/https?:\/\/[^\s<>",;]+/g)].map((m) => m[0]))
}

describe('links', () => {
  it.each(PATHS)('of %s start with the configured base URL, whatever the Host', async (path) => {
    const res = await app.request(`http://evil.example${path}`, {
      headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' },
    })
    expect(res.status).toBeLessThan(400)
    const links = await linksOf(res)
    expect(links.length).toBeGreaterThan(0)
    expect(links.filter((l) => !l.startsWith(`${BASE}/`))).toEqual([])
  })

  it('a Worker without a usable PUBLIC_BASE_URL answers 500, never links from the Host', async () => {
    for (const configured of [
      undefined,
      '',
      '/relative',
      'ftp://x.example',
      'https://x.example/?q=1',
    ]) {
      const broken = createApp(
        () => store,
        () => configured,
      )
      const res = await broken.request('http://evil.example/api/datasets')
      expect(res.status, String(configured)).toBe(500)
      const text = await res.text()
      expect(text).toContain('PUBLIC_BASE_URL')
      expect(text).not.toContain('evil.example/')
    }
  })

  it('publicBase takes an absolute http(s) URL, drops a trailing slash, refuses the rest', () => {
    expect(publicBase('https://data.example.gov.cn/')).toEqual({
      base: 'https://data.example.gov.cn',
    })
    expect(publicBase('http://127.0.0.1:8787')).toEqual({ base: 'http://127.0.0.1:8787' })
    expect(publicBase('https://x.example/a/b//')).toEqual({ base: 'https://x.example/a/b' })
    for (const bad of [
      undefined,
      ' ',
      'x.example',
      'javascript:alert(1)',
      'https://u:p@x.example',
      'https://x.example#f',
    ])
      expect(publicBase(bad), String(bad)).toHaveProperty('why')
  })
})

describe('gongkai serve', () => {
  let server: NodeServer
  let behindProxy: NodeServer
  beforeAll(async () => {
    server = await serveNode({ store, port: 0 })
    behindProxy = await serveNode({ store, port: 0, baseUrl: BASE })
  })
  afterAll(async () => {
    await server?.close()
    await behindProxy?.close()
  })

  /** A raw request with a Host header of the client's choosing (fetch would not send it). */
  const withHost = (url: string, host: string) =>
    new Promise<{ location: string | undefined; body: string }>((resolve, reject) => {
      const req = request(url, { headers: { Host: host } }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ location: res.headers.location, body }))
      })
      req.on('error', reject)
      req.end()
    })

  it('links under its own URL by default, under --base-url when given, never the Host', async () => {
    const own = await withHost(
      `${server.url}/datasets/test-office-2020/latest/03-expenditure.csv`,
      'evil.example',
    )
    expect(own.location).toBe(`${server.url}/datasets/test-office-2020/1.1.0/03-expenditure.csv`)
    const proxied = await withHost(`${behindProxy.url}/api/datasets`, 'evil.example')
    expect(proxied.body).toContain(`"${BASE}/api/datasets/test-office-2020"`)
    expect(proxied.body).not.toContain('evil.example')
  })

  it('refuses a --base-url that is not an absolute http(s) URL (exit 2, one paragraph)', () => {
    const bin = new URL('../../bin/gongkai.js', import.meta.url).pathname
    const run = spawnSync(process.execPath, [bin, 'serve', '--base-url', 'data.example.gov.cn'], {
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--base-url must be the absolute http(s) URL')
    expect(run.stderr).toContain('"data.example.gov.cn" is not an absolute URL')
  })
})
