import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { OPENAPI_PATH } from '../../scripts/openapi-module.ts'
import { createApp } from '../../src/http/app.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import type { ObjectStore } from '../../src/storage/types.ts'
import { writeCatalog } from './support/release.ts'

/**
 * Walks every operation of openapi.yaml against the app and checks each response — status,
 * media type, body, headers — against the document. The requests come from the document's own
 * examples, served from the seed's real release; every response the document lists must be
 * produced at least once.
 */
interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  example?: unknown
  schema?: { enum?: string[] }
}
interface Header {
  required?: boolean
  schema: object
}
interface Response {
  description: string
  headers?: Record<string, Header | { $ref: string }>
  content?: Record<string, { schema: object }>
}
interface Operation {
  operationId: string
  parameters?: (Parameter | { $ref: string })[]
  responses: Record<string, Response | { $ref: string }>
}

const document = parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
  paths: Record<string, { get: Operation }>
}
const pointer = (ref: string) =>
  ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
const resolve = <T>(value: T | { $ref: string }): T =>
  value && typeof value === 'object' && '$ref' in value
    ? (pointer(value.$ref).reduce(
        (node: unknown, key) => (node as Record<string, unknown>)[key],
        document,
      ) as T)
    : value

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(document, 'openapi')
const validator = (ref: string) =>
  ajv.getSchema(`openapi${ref}`) ?? ajv.compile({ $ref: `openapi${ref}` })

type App = ReturnType<typeof createApp>
const seen = new Map<string, Set<string>>()

/** Sends a request and checks the response against the operation; returns the response. */
async function check(
  app: App,
  path: string,
  operation: Operation,
  url: string,
  init: RequestInit = {},
) {
  const res = await app.request(`http://api.test${url}`, init)
  const status = String(res.status)
  const where = `${init.method ?? 'GET'} ${url} → ${status}`
  expect(Object.keys(operation.responses), `${where}: status not in the document`).toContain(status)
  const spec = resolve(operation.responses[status]!)
  const pointerBase = `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/get/responses/${status}`

  for (const [name, header] of Object.entries(spec.headers ?? {})) {
    const h = resolve(header)
    const value = res.headers.get(name)
    if (value === null) {
      expect(h.required ?? false, `${where}: required header ${name} missing`).toBe(false)
      continue
    }
    const validate = ajv.compile(h.schema)
    expect(
      validate(value),
      `${where}: header ${name}: ${value} ${ajv.errorsText(validate.errors)}`,
    ).toBe(true)
  }

  const text = await res.text()
  if (!spec.content) {
    expect(text, `${where}: body where the document has none`).toBe('')
    return res
  }
  if (init.method === 'HEAD') {
    expect(text).toBe('')
    return res
  }
  const type = (res.headers.get('Content-Type') ?? '').split(';')[0]!.trim()
  const mediaType = type in spec.content ? type : '*/*'
  expect(Object.keys(spec.content), `${where}: Content-Type ${type}`).toContain(mediaType)
  if (mediaType.endsWith('json')) {
    const ref = spec.content[mediaType]!.schema
    const validate = '$ref' in ref ? validator(ref.$ref as string) : ajv.compile(ref)
    const ok = validate(JSON.parse(text))
    expect(ok, `${where}: body ${ajv.errorsText(validate.errors)} (${pointerBase})`).toBe(true)
  }
  return res
}

function urlOf(
  path: string,
  operation: Operation,
  override: Record<string, string> = {},
  query = '',
) {
  let url = path
  for (const p of (operation.parameters ?? []).map(resolve)) {
    if (p.in !== 'path') continue
    url = url.replace(`{${p.name}}`, encodeURIComponent(override[p.name] ?? String(p.example)))
  }
  return url + query
}

/** Well-formed values that name nothing, and malformed ones, per path parameter. */
const UNKNOWN: Record<string, string> = {
  id: 'no-such-dataset',
  version: '9.9.9',
  file: 'no-such-file.csv',
}
const MALFORMED: Record<string, string> = {
  id: 'Not_An_Id',
  version: 'v1',
  file: '..\\x',
  table: '10',
}

const EXAMPLE_ID = resolve<Parameter>(document.paths['/api/datasets/{id}']!.get.parameters![0]!)
  .example as string

/**
 * Two fixtures: synthetic releases under the example id (the API alone), and the seed report's
 * real release, built and published (real metadata and tables against the schemas). The seed is
 * imported lazily so that a stage in progress upstream fails only its own fixture.
 */
const FIXTURES: [name: string, setup: (store: ObjectStore) => Promise<unknown>][] = [
  [
    'synthetic releases',
    (store) =>
      writeCatalog(store, { [EXAMPLE_ID]: ['0.9.0', '1.0.0'], 'other-dataset-2021': ['1.0.0'] }),
  ],
  [
    'the seed release',
    async (store) => {
      await writeCatalog(store, { 'other-dataset-2021': ['1.0.0'] })
      await (await import('./support/seed.ts')).publishSeed(store)
    },
  ],
]

describe.each(FIXTURES)('every operation of openapi.yaml, over %s', (fixture, setup) => {
  const store = memoryStore()
  const app = createApp(() => store, 'http://api.test')
  beforeAll(() => setup(store), 60_000)

  for (const [path, item] of Object.entries(document.paths)) {
    const operation = item.get
    const key = `${fixture}:${operation.operationId}`
    const send = (url: string, init: RequestInit = {}) =>
      check(app, path, operation, url, init).then(
        (res) => (seen.get(key)!.add(String(res.status)), res),
      )
    it(`${operation.operationId}: GET ${path}`, async () => {
      seen.set(key, new Set())
      const url = urlOf(path, operation)
      const ok = await send(url)
      expect(ok.status).toBeLessThan(400)
      await send(url, { method: 'HEAD' })

      const etag = ok.headers.get('ETag')
      if (etag) expect((await send(url, { headers: { 'If-None-Match': etag } })).status).toBe(304)
      if ('406' in operation.responses) {
        const type = ok.headers.get('Content-Type')!.split(';')[0]!
        expect((await send(url, { headers: { Accept: 'application/x-not-offered' } })).status).toBe(
          406,
        )
        expect((await send(url, { headers: { Accept: `${type}, */*;q=0` } })).status).toBe(200)
        if (etag) {
          const conditional = { 'If-None-Match': etag, Accept: type }
          expect((await send(url, { headers: conditional })).status).toBe(304)
        }
      }
      if ('206' in operation.responses) {
        expect((await send(url, { headers: { Range: 'bytes=0-9' } })).status).toBe(206)
        expect((await send(url, { headers: { Range: 'bytes=0-1,4-5' } })).status).toBe(416)
      }
      if (path === '/api/datasets') {
        expect((await send(`${url}?limit=1`)).headers.get('Link')).toMatch(/rel="next"$/)
        expect((await send(`${url}?limit=0`)).status).toBe(400)
      }
      const params = (operation.parameters ?? []).map(resolve).filter((p) => p.in === 'path')
      for (const p of params) {
        expect(
          (await send(urlOf(path, operation, { [p.name]: MALFORMED[p.name]! }))).status,
          p.name,
        ).toBe(400)
        if (UNKNOWN[p.name])
          expect(
            (await send(urlOf(path, operation, { [p.name]: UNKNOWN[p.name]! }))).status,
            p.name,
          ).toBe(404)
      }
      for (const p of (operation.parameters ?? [])
        .map(resolve)
        .filter((p) => p.in === 'query' && p.example !== undefined)) {
        expect(
          (await send(`${url}?${p.name}=${encodeURIComponent(String(p.example))}`)).status,
          p.name,
        ).toBeLessThan(400)
      }
      if (path.includes('{table}')) {
        for (const table of (params.find((p) => p.name === 'table')!.schema as { enum: string[] })
          .enum) {
          await send(urlOf(path, operation, { table }, '?limit=2'))
        }
      }

      expect([...seen.get(key)!].sort(), 'every documented response is produced').toEqual(
        Object.keys(operation.responses).sort(),
      )
    })
  }
})
