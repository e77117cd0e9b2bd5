import { Hono } from 'hono'
import type { Tables } from '../../model/tables.ts'
import type { ObjectStore } from '../../storage/types.ts'
import type { AppEnv } from '../env.ts'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import { CACHE } from '../headers.ts'
import { sendJson } from '../json.ts'
import { REPORT_FILE, releaseFileKey } from '../../model/layout.ts'
import { TABLE_SLUGS, type TableId as TableNumber } from '../../model/table-defs.ts'
import {
  enumParam,
  integerParam,
  pathParam,
  patternParam,
  queryParams,
  tableParam,
} from '../params.ts'
import { badRequest, notFound } from '../problem.ts'
import { readDocument, readRelease, type Release } from '../releases.ts'
import { ROUTES, urlsFor, type Urls } from '../urls.ts'

type Table = Tables[TableNumber]
type Row = Table['rows'][number]

/**
 * One of the nine tables as JSON rows, filtered and paged. Compute once: the per-table JSON the
 * release builder writes (`03-expenditure.json`: the table as in report.json, plus its definition)
 * is read as is; a release without one falls back to report.json. Either is parsed once per isolate.
 */
export const tables = new Hono<AppEnv>()

const TABLE_PAGE = { default: 100, max: 1000 } as const
const FILTERS = ['code', 'code_prefix', 'level', 'side'] as const

tables.get(ROUTES.table, async (c) => {
  const query = queryParams(c, [...FILTERS, 'limit', 'offset', 'cursor'])
  const id = pathParam(c, 'id')
  const version = pathParam(c, 'version')
  const table = tableParam(c)
  const code = patternParam(
    'code',
    query.code,
    /^\d{1,12}$/,
    'a classification code of digits, e.g. "2010301"',
  )
  const codePrefix = patternParam(
    'code_prefix',
    query.code_prefix,
    /^\d{1,12}$/,
    'leading digits of a code, e.g. "201"',
  )
  const level = enumParam('level', query.level, ['class', 'section', 'item'])
  const side = enumParam('side', query.side, ['income', 'expenditure'])
  const limit =
    integerParam('limit', query.limit, { min: 1, max: TABLE_PAGE.max }) ?? TABLE_PAGE.default
  if (query.offset !== undefined && query.cursor !== undefined) {
    throw badRequest('cursor', 'Give either offset or cursor, not both.')
  }
  const offset =
    query.cursor !== undefined
      ? Number(decodeCursor(query.cursor, /^o\d{1,9}$/).slice(1))
      : (integerParam('offset', query.offset, { min: 0, max: 1_000_000 }) ?? 0)

  const urls = urlsFor(c.get('base'))
  const release = await readRelease(c.var.store, id, version, urls)
  const data = await readTable(c.var.store, release, table, urls)
  const rows = data.rows.filter(
    (r: Row) =>
      (code === undefined || r.code === code) &&
      (codePrefix === undefined || (r.code ?? '').startsWith(codePrefix)) &&
      (level === undefined || r.level === level) &&
      (side === undefined || r.side === side),
  )
  const page = rows.slice(offset, offset + limit)
  const filters = { code, code_prefix: codePrefix, level, side }
  const next =
    offset + limit < rows.length
      ? urls.table(id, version, table, {
          ...filters,
          limit: query.limit,
          cursor: encodeCursor(`o${offset + limit}`),
        })
      : null
  const body = {
    dataset: { id, url: urls.dataset(id) },
    version,
    versionUrl: urls.version(id, version),
    table: {
      id: table,
      slug: TABLE_SLUGS[table],
      title: data.title,
      unit: data.unit,
      department: data.department,
      notes: data.notes,
      name: data.definition ? { zh: data.definition.zh, en: data.definition.en } : null,
      columns: data.definition?.columns.map(({ key, zh, en }) => ({ key, zh, en })) ?? null,
    },
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    total: rows.length,
    offset,
    limit,
    next,
    rows: page,
  }
  return sendJson(c, body, {
    cacheControl: CACHE.versioned,
    links: [
      [urls.table(id, version, table), 'canonical'],
      [urls.version(id, version), 'up'],
      next ? [next, 'next'] : null,
    ],
  })
})

/** What the release builder adds to a per-table JSON: the table's definition in src/model/table-defs.ts. */
interface Definition {
  zh: string
  en: string
  columns: { key: string; zh: string; en: string }[]
}
type StoredTable = Table & { definition?: Definition }

/**
 * Parsed tables by the SHA-256 of the file they came from: releases are immutable, so a table
 * parsed once serves every later request this isolate answers. Small and bounded.
 */
const parsed = new Map<string, StoredTable>()
const PARSED_MAX = 64

async function readTable(
  store: ObjectStore,
  release: Release,
  table: TableNumber,
  urls: Urls,
): Promise<StoredTable> {
  const { dataset, version, files } = release.manifest
  const own = `${table}-${TABLE_SLUGS[table]}.json`
  const file = files.find((f) => f.name === own) ?? files.find((f) => f.name === REPORT_FILE)
  if (!file) {
    throw notFound(
      `The release ${dataset.id} ${version} carries no tables (no ${own} or ${REPORT_FILE}); its files are listed at ${urls.version(dataset.id, version)}.`,
    )
  }
  const cacheKey = `${file.sha256}:${table}`
  const cached = parsed.get(cacheKey)
  if (cached) return cached
  const document = await readDocument(store, releaseFileKey(dataset.id, version, file.name))
  if (!document)
    throw new Error(
      `storage has no object ${file.name} of ${dataset.id} ${version} although its manifest lists it`,
    )
  const value = document.value as StoredTable | { tables: Record<string, StoredTable> }
  const data =
    file.name === own
      ? (value as StoredTable)
      : (value as { tables: Record<string, StoredTable> }).tables?.[table]
  if (!data || !Array.isArray(data.rows))
    throw new Error(`${file.name} of ${dataset.id} ${version} holds no table ${table}`)
  if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value!)
  parsed.set(cacheKey, data)
  return data
}
