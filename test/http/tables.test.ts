import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import { EXPENDITURE_DEFINITION, reportOf, TEST_CATALOG, writeCatalog } from './support/release.ts'

const store = memoryStore()
const app = createApp(() => store, 'http://api.test')
const base = '/api/datasets/test-office-2020/versions/1.0.0/tables'
type Page = {
  total: number
  offset: number
  limit: number
  next: string | null
  rows: { code: string | null; level: string | null; side: string | null }[]
  table: { id: string; slug: string; name: unknown; columns: unknown }
}
const page = async (query: string) => {
  const res = await app.request(`http://api.test${base}/${query}`)
  expect(res.status, query).toBe(200)
  return await res.json<Page>()
}
const expenditure = reportOf('1.0.0').tables['03'] as { rows: Page['rows'] }

beforeAll(async () => {
  await writeCatalog(store, TEST_CATALOG)
})

describe('a table as JSON rows', () => {
  it('names a table by number or slug, with the same rows', async () => {
    const byNumber = await page('03')
    const bySlug = await page('expenditure')
    expect(byNumber.rows).toEqual(expenditure.rows)
    expect(bySlug.rows).toEqual(byNumber.rows)
    expect(byNumber.table).toMatchObject({ id: '03', slug: 'expenditure' })
    expect(byNumber).toMatchObject({
      total: expenditure.rows.length,
      offset: 0,
      limit: 100,
      next: null,
    })
  })

  it('reads a per-table JSON with its definition, or falls back to report.json', async () => {
    const own = await page('03')
    expect(own.table.name).toEqual({ zh: EXPENDITURE_DEFINITION.zh, en: EXPENDITURE_DEFINITION.en })
    expect(own.table.columns).toEqual(EXPENDITURE_DEFINITION.columns)
    const fromReport = await page('05')
    expect(fromReport.rows).toEqual((reportOf('1.0.0').tables['05'] as { rows: unknown[] }).rows)
    expect(fromReport.table).toMatchObject({
      id: '05',
      slug: 'general-budget-expenditure',
      name: null,
      columns: null,
    })
  })

  it('filters by code, code prefix, level and side', async () => {
    expect((await page('03?code=2010301')).rows.map((r) => r.code)).toEqual(['2010301'])
    expect((await page('03?code_prefix=201')).rows.map((r) => r.code)).toEqual([
      '201',
      '20103',
      '2010301',
      '2010302',
    ])
    expect((await page('03?level=item')).rows.map((r) => r.code)).toEqual([
      '2010301',
      '2010302',
      '2080505',
    ])
    expect((await page('03?level=class&code_prefix=208')).rows.map((r) => r.code)).toEqual(['208'])
    expect((await page('01?side=income')).rows.every((r) => r.side === 'income')).toBe(true)
    expect((await page('03?code=999')).rows).toEqual([])
  })

  it('pages with limit and offset, or with the cursor of next', async () => {
    const first = await page('03?level=item&limit=2')
    expect(first.rows.map((r) => r.code)).toEqual(['2010301', '2010302'])
    const next = new URL(first.next!)
    expect(next.searchParams.get('level')).toBe('item')
    const res = await app.request(next.href)
    const second = await res.json<Page>()
    expect(second.rows.map((r) => r.code)).toEqual(['2080505'])
    expect(second.offset).toBe(2)
    expect(second.next).toBeNull()
    expect((await page('03?level=item&limit=2&offset=2')).rows).toEqual(second.rows)
  })

  it('serves an empty table as no rows', async () => {
    expect(await page('08')).toMatchObject({ total: 0, rows: [] })
  })

  it('refuses malformed parameters with 400 naming the parameter', async () => {
    for (const [query, parameter] of [
      ['10', 'table'],
      ['03?level=leaf', 'level'],
      ['03?code=20a', 'code'],
      ['03?limit=0', 'limit'],
      ['03?limit=1001', 'limit'],
      ['03?offset=-1', 'offset'],
      ['03?cursor=bm9wZQ', 'cursor'],
      ['03?offset=1&cursor=bzE', 'cursor'],
      ['03?levle=item', 'levle'],
      ['03?level=item&level=class', 'level'],
    ]) {
      const res = await app.request(`http://api.test${base}/${query}`)
      expect(res.status, query).toBe(400)
      const problem = await res.json<{ parameter: string; detail: string }>()
      expect(problem.parameter, query).toBe(parameter)
      expect(problem.detail.length).toBeGreaterThan(20)
    }
  })
})
