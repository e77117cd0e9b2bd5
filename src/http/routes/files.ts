import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { ifNoneMatchHits, ifRangeHolds } from '../conditional.ts'
import {
  CACHE,
  contentDisposition,
  contentType,
  downloadName,
  linkHeader,
  reprDigest,
} from '../headers.ts'
import { DATAPACKAGE_FILE, releaseFileKey } from '../../model/layout.ts'
import { pathParam } from '../params.ts'
import { Problem } from '../problem.ts'
import { parseRange } from '../range.ts'
import { readDatasetIndex, readRelease, releaseFile } from '../releases.ts'
import { ROUTES, urlsFor } from '../urls.ts'

/**
 * The released bytes, streamed from storage. The manifest (one small read) names the file, its
 * size and SHA-256; conditional and range requests are decided from it before the file is opened.
 */
export const files = new Hono<AppEnv>()

files.get(ROUTES.latestFile, async (c) => {
  const id = pathParam(c, 'id')
  const name = pathParam(c, 'file')
  const urls = urlsFor(c.get('base'))
  const index = await readDatasetIndex(c.var.store, id, urls)
  await releaseFile(await readRelease(c.var.store, id, index.latestVersion, urls), name, urls)
  c.header('Cache-Control', CACHE.short)
  return c.redirect(urls.file(id, index.latestVersion, name), 302)
})

files.get(ROUTES.file, async (c) => {
  const id = pathParam(c, 'id')
  const version = pathParam(c, 'version')
  const name = pathParam(c, 'file')
  const urls = urlsFor(c.get('base'))
  const store = c.var.store
  const release = await readRelease(store, id, version, urls)
  const file = await releaseFile(release, name, urls)
  const predecessor = release.manifest.predecessor
  const describedBy = release.manifest.files.some((f) => f.name === DATAPACKAGE_FILE)

  const etag = `"${file.sha256}"`
  const headers = new Headers({ ETag: etag, 'Cache-Control': CACHE.immutable })
  if (ifNoneMatchHits(c.req.header('If-None-Match'), etag))
    return new Response(null, { status: 304, headers })
  headers.set('Content-Type', contentType(file.mediaType))
  headers.set('Content-Disposition', contentDisposition(downloadName(id, version, name)))
  headers.set('Accept-Ranges', 'bytes')
  headers.set('Repr-Digest', reprDigest(file.sha256))
  headers.set(
    'Link',
    linkHeader([
      [urls.file(id, version, name), 'canonical'],
      describedBy ? [urls.file(id, version, DATAPACKAGE_FILE), 'describedby'] : null,
      [urls.latestFile(id, name), 'latest-version'],
      predecessor ? [urls.file(id, predecessor, name), 'predecessor-version'] : null,
      [urls.dataset(id), 'version-history'],
    ])!,
  )

  const key = releaseFileKey(id, version, name)
  if (c.req.method === 'HEAD') {
    const info = await store.head(key)
    if (!info) throw missingObject(key)
    headers.set('Content-Length', String(file.bytes))
    return new Response(null, { status: 200, headers })
  }

  const range = ifRangeHolds(c.req.header('If-Range'), etag)
    ? parseRange(c.req.header('Range'), file.bytes)
    : { kind: 'full' as const }
  if (range.kind === 'unsatisfiable') {
    const within = file.bytes
      ? `one range of bytes within 0-${file.bytes - 1}, e.g. "bytes=0-1023"`
      : 'no range: the file is empty'
    throw new Problem(
      416,
      `The Range ${JSON.stringify(c.req.header('Range')?.slice(0, 60))} cannot be served: ask for ${within}.`,
      {
        headers: { 'Content-Range': `bytes */${file.bytes}` },
      },
    )
  }
  const object = await store.get(
    key,
    range.kind === 'partial' ? { range: { offset: range.offset, length: range.length } } : {},
  )
  if (!object) throw missingObject(key)
  if (object.size !== file.bytes) {
    await object.body.cancel()
    throw new Error(
      `storage object ${key} is ${object.size} bytes; its manifest says ${file.bytes}`,
    )
  }
  if (range.kind === 'full') {
    headers.set('Content-Length', String(file.bytes))
    return new Response(object.body, { status: 200, headers })
  }
  const served = object.range ?? range
  headers.set('Content-Length', String(served.length))
  headers.set(
    'Content-Range',
    `bytes ${served.offset}-${served.offset + served.length - 1}/${file.bytes}`,
  )
  return new Response(object.body, { status: 206, headers })
})

/** The manifest lists a file storage does not hold: the release is damaged, not the request. */
const missingObject = (key: string) =>
  new Error(`storage has no object ${key} although its manifest lists it`)
