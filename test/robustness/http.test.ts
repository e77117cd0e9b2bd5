import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import { publishSeed, SEED_ID } from '../http/support/seed.ts'
import { seededRandom } from '../support/random.ts'

/**
 * Random requests — paths, queries, methods and headers, mostly wrong — against the API serving
 * the seed's real release. None may be answered with a 5xx, and every error is a problem document.
 * Each request is a pure function of its seed, which the failure message names.
 */
const COUNT = 400
const FIRST_SEED = 7000

const store = memoryStore()
const app = createApp(() => store, 'http://api.test')
let fileNames: string[] = []
let cursor = ''

beforeAll(async () => {
  fileNames = Object.keys(await publishSeed(store))
  const page = await app.request(
    `http://api.test/api/datasets/${SEED_ID}/versions/1.0.0/tables/03?limit=1`,
  )
  const { next } = await page.json<{ next: string }>()
  cursor = new URL(next).searchParams.get('cursor')!
})

const GARBAGE = [
  '..',
  '%2e%2e',
  '..%2f..%2fcatalog.json',
  '%00',
  '%ZZ',
  '%E4%B8%AD',
  '__proto__',
  'constructor',
  'toString',
  '１',
  'a'.repeat(300),
  '',
  ' ',
  '%20',
  'latest',
  '01.0.0',
  '999999999999.0.0',
  'NaN',
  '-1',
  '%F0%9F%92%A9',
  'x.csv%0a',
]
const QUERY_NAMES = ['limit', 'offset', 'cursor', 'code', 'code_prefix', 'level', 'side', 'x']
const QUERY_VALUES = [
  '0',
  '1',
  '-1',
  '1e3',
  '1000',
  '1001',
  '99999999999999999999',
  '',
  'abc',
  '%00',
  'item',
  'class',
  'income',
  '201',
  '2010301',
  '0'.repeat(20),
  'AAAA',
  '__proto__',
]
const HEADERS: Record<string, string[]> = {
  Range: [
    'bytes=0-10',
    'bytes=-5',
    'bytes=5-1',
    'bytes=0-0,2-3',
    'bytes=abc',
    'items=0-1',
    'bytes=99999999999999999999-',
    'bytes=-0',
    'bytes=0-',
  ],
  'If-None-Match': ['*', '"abc"', 'W/"x"', 'garbage', '"', ''],
  'If-Range': ['"abc"', 'Wed, 21 Oct 2015 07:28:00 GMT', 'garbage'],
  'If-Modified-Since': ['garbage', 'Wed, 21 Oct 2015 07:28:00 GMT'],
  Accept: ['application/json', '*/*', 'text/html;q=0', 'x/y;;;'],
  'Accept-Encoding': ['gzip', 'br;q=abc', 'identity;q=0'],
  Origin: ['https://example.org', 'null'],
}
const METHODS = [
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'HEAD',
  'OPTIONS',
  'POST',
  'DELETE',
]

function requestOf(seed: number): { url: string; init: RequestInit } {
  const next = seededRandom(seed)
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!
  const good = {
    id: SEED_ID,
    version: pick(['1.0.0', 'latest']),
    table: pick(['01', '03', '09', 'expenditure', 'revenue']),
    file: pick(fileNames),
  }
  // Each path parameter is right half the time, garbage otherwise.
  const value = (name: keyof typeof good) => (next() < 0.5 ? good[name] : pick(GARBAGE))
  const path = pick([
    () => '/api/datasets',
    () => `/api/datasets/${value('id')}`,
    () => `/api/datasets/${value('id')}/versions/${value('version')}`,
    () => `/api/datasets/${value('id')}/versions/${value('version')}/tables/${value('table')}`,
    () => `/datasets/${value('id')}/${value('version')}/${value('file')}`,
    () => `/datasets/${value('id')}/latest/${value('file')}`,
    () => pick(['/openapi.yaml', '/openapi.json', '/docs', '/healthz', '/', '//', '/api']),
    () => `/${pick(GARBAGE)}/${pick(GARBAGE)}`,
  ])()
  const query = Array.from({ length: int(4) }, () => {
    const name = pick(QUERY_NAMES)
    const v = name === 'cursor' && next() < 0.5 ? mangle(cursor, int) : pick(QUERY_VALUES)
    return `${name}=${v}`
  })
  const headers: Record<string, string> = {}
  for (const [name, values] of Object.entries(HEADERS))
    if (next() < 0.2) headers[name] = pick(values)
  return {
    url: `http://api.test${path}${query.length ? `?${query.join('&')}` : ''}`,
    init: { method: pick(METHODS), headers },
  }
}

/** A real cursor with one character changed, dropped or doubled. */
function mangle(cursor: string, int: (n: number) => number): string {
  const at = int(cursor.length + 1)
  const edit = int(3)
  const ch = 'AZaz09-_'[int(8)]!
  if (edit === 0) return cursor.slice(0, at) + ch + cursor.slice(at + 1)
  if (edit === 1) return cursor.slice(0, at) + cursor.slice(at + 1)
  return cursor.slice(0, at) + cursor.slice(at - 1)
}

describe('random requests: never a 5xx, every error a problem document', () => {
  it('the seed release is served, with a cursor to mangle', () => {
    expect(fileNames).toContain('manifest.json')
    expect(cursor).not.toBe('')
  })

  it(`${COUNT} requests`, async () => {
    const statuses = new Map<number, number>()
    for (let seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
      const { url, init } = requestOf(seed)
      const at = `seed ${seed}: ${init.method} ${url.slice(0, 200)} ${JSON.stringify(init.headers)}`
      const res = await app.request(url, init)
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      expect(res.status, at).toBeLessThan(500)
      if (res.status < 400) continue
      expect(res.headers.get('Content-Type'), at).toBe('application/problem+json')
      if (init.method === 'HEAD') continue
      const problem = JSON.parse(await res.text()) as { status: number; detail: string }
      expect(problem.status, at).toBe(res.status)
      expect(problem.detail, at).toMatch(/\S/)
    }
    // Both good and bad requests were made: a sweep of only 404s would test little.
    const count = (test: (s: number) => boolean) =>
      [...statuses].filter(([s]) => test(s)).reduce((n, [, k]) => n + k, 0)
    expect(count((s) => s < 300)).toBeGreaterThan(COUNT / 20)
    expect(count((s) => s === 400)).toBeGreaterThan(COUNT / 10)
    expect(count((s) => s === 404)).toBeGreaterThan(COUNT / 20)
  })
})
