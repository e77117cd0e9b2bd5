import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import { CACHE } from '../headers.ts'
import { sendJson } from '../json.ts'
import { DATAPACKAGE_FILE, MANIFEST_FILE, REPORT_FILE } from '../../model/layout.ts'
import { TABLE_SLUGS } from '../../model/table-defs.ts'
import { integerParam, pathParam, queryParams } from '../params.ts'
import { manifestFile, readCatalog, readDatasetIndex, readRelease } from '../releases.ts'
import { ROUTES, urlsFor } from '../urls.ts'

/** The catalog, a dataset and its versions, one release: small JSON documents read from indexes. */
export const datasets = new Hono<AppEnv>()

const CATALOG_PAGE = { default: 50, max: 200 } as const

datasets.get(ROUTES.catalog, async (c) => {
  const query = queryParams(c, ['cursor', 'limit'])
  const limit =
    integerParam('limit', query.limit, { min: 1, max: CATALOG_PAGE.max }) ?? CATALOG_PAGE.default
  const after =
    query.cursor === undefined ? null : decodeCursor(query.cursor, /^a[a-z0-9-]{1,80}$/).slice(1)
  const urls = urlsFor(c.get('base'))
  const catalog = await readCatalog(c.var.store)
  const rest = after === null ? catalog.datasets : catalog.datasets.filter((d) => d.id > after)
  const page = rest.slice(0, limit)
  const last = page.at(-1)
  const next =
    rest.length > limit && last
      ? urls.catalog({ cursor: encodeCursor(`a${last.id}`), limit: query.limit })
      : null
  const body = {
    datasets: page.map((d) => ({
      id: d.id,
      title: d.title,
      latestVersion: d.latestVersion,
      released: d.released,
      url: urls.dataset(d.id),
      latestVersionUrl: urls.version(d.id, d.latestVersion),
    })),
    total: catalog.datasets.length,
    next,
  }
  return sendJson(c, body, { cacheControl: CACHE.short, links: [next ? [next, 'next'] : null] })
})

datasets.get(ROUTES.dataset, async (c) => {
  queryParams(c, [])
  const id = pathParam(c, 'id')
  const urls = urlsFor(c.get('base'))
  const index = await readDatasetIndex(c.var.store, id, urls)
  const body = {
    ...index.metadata,
    url: urls.dataset(id),
    latestVersion: index.latestVersion,
    latestVersionUrl: urls.version(id, index.latestVersion),
    versions: index.versions.map((v) => ({
      version: v.version,
      released: v.released,
      notes: v.notes,
      url: urls.version(id, v.version),
      manifestSha256: v.manifestSha256,
    })),
  }
  return sendJson(c, body, {
    cacheControl: CACHE.short,
    links: [
      [urls.dataset(id), 'canonical'],
      [urls.version(id, index.latestVersion), 'latest-version'],
    ],
  })
})

datasets.get(ROUTES.version, async (c) => {
  queryParams(c, [])
  const id = pathParam(c, 'id')
  const version = pathParam(c, 'version')
  const urls = urlsFor(c.get('base'))
  const release = await readRelease(c.var.store, id, version, urls)
  const { manifest } = release
  const hasReport = manifest.files.some((f) => f.name === REPORT_FILE)
  const body = {
    dataset: { ...manifest.dataset, url: urls.dataset(id) },
    version: manifest.version,
    url: urls.version(id, version),
    released: manifest.released,
    notes: manifest.notes,
    predecessor: manifest.predecessor,
    predecessorUrl: manifest.predecessor ? urls.version(id, manifest.predecessor) : null,
    source: manifest.source,
    builder: manifest.builder,
    manifest: {
      url: urls.file(id, version, MANIFEST_FILE),
      bytes: release.manifestBody.byteLength,
      sha256: (await manifestFile(release)).sha256,
    },
    files: manifest.files.map((f) => ({
      name: f.name,
      url: urls.file(id, version, f.name),
      bytes: f.bytes,
      sha256: f.sha256,
      mediaType: f.mediaType,
    })),
    tables: hasReport
      ? Object.entries(TABLE_SLUGS).map(([n, slug]) => ({
          id: n,
          slug,
          url: urls.table(id, version, n),
        }))
      : [],
  }
  const describedBy = manifest.files.some((f) => f.name === DATAPACKAGE_FILE)
  return sendJson(c, body, {
    cacheControl: CACHE.versioned,
    links: [
      [urls.version(id, version), 'canonical'],
      describedBy ? [urls.file(id, version, DATAPACKAGE_FILE), 'describedby'] : null,
      manifest.predecessor ? [urls.version(id, manifest.predecessor), 'predecessor-version'] : null,
      [urls.dataset(id), 'version-history'],
    ],
  })
})
