import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CatalogIndex, DatasetIndex, type Manifest } from '../../src/model/release.ts'
import { PublishError, publishRelease } from '../../src/publish/publish.ts'
import { s3Store, type S3StoreOptions } from '../../src/storage/s3.ts'
import type { ObjectStore } from '../../src/storage/types.ts'
import { storedReleaseProblems, syntheticRelease, writeRelease } from '../support/release.ts'
import { S3_MISSING, s3TestServer, testRetry } from '../support/s3.ts'

const server = s3TestServer()
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const read = async (store: ObjectStore, key: string) => {
  const object = await store.get(key)
  return object ? new Uint8Array(await new Response(object.body).arrayBuffer()) : null
}
const readJson = async (store: ObjectStore, key: string) =>
  JSON.parse(new TextDecoder().decode((await read(store, key))!)) as unknown

/** Every key under a prefix with its ETag: equal before and after means nothing was written. */
async function snapshot(store: ObjectStore, prefix: string) {
  const { keys } = await store.list(prefix)
  return Promise.all(keys.map(async (key) => [key, (await store.head(key))!.etag]))
}

describe.skipIf(!server)('publishing to a real S3 server (Ceph RGW)', () => {
  let options: S3StoreOptions
  let store: ObjectStore
  const dirs: string[] = []
  beforeAll(async () => {
    options = { ...(await server!.bucket('publish')), maxAttempts: 1 }
    store = s3Store(options)
  })
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

  it('uploads every file, then the manifest, then lists the version; each reads back exactly', async () => {
    const id = 'full-publish'
    const files = syntheticRelease({ id })
    const dir = await writeRelease(await mkdtemp(join(tmpdir(), 'gongkai-release-')), files)
    dirs.push(dir)
    const lines: string[] = []
    const summary = await publishRelease(store, dir, {
      log: (l) => lines.push(l),
      retry: testRetry(1),
    })

    const names = ['binary.bin', 'dataset.json', 'table-01.csv', 'table-01.json', 'manifest.json']
    expect(summary.files.map((f) => [f.key, f.status])).toEqual(
      names.map((n) => [`datasets/${id}/1.0.0/${n}`, 'uploaded']),
    )
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest
    for (const name of names) {
      const key = `datasets/${id}/1.0.0/${name}`
      expect(await read(store, key)).toEqual(files[name])
      const head = (await store.head(key))!
      expect(head.metadata.sha256).toBe(sha256(files[name]!))
      const listed = manifest.files.find((f) => f.name === name)
      expect(head.contentType).toBe(listed ? listed.mediaType : 'application/json')
    }
    expect(await storedReleaseProblems(store, id, '1.0.0')).toEqual([])

    const index = DatasetIndex.parse(await readJson(store, `datasets/${id}/index.json`))
    expect(index.latestVersion).toBe('1.0.0')
    expect(index.versions).toEqual([
      {
        version: '1.0.0',
        released: '2021-09-30',
        notes: manifest.notes,
        manifestSha256: sha256(files['manifest.json']!),
      },
    ])
    const catalog = CatalogIndex.parse(await readJson(store, 'catalog.json'))
    expect(catalog.datasets.find((d) => d.id === id)).toEqual({
      id,
      title: manifest.dataset.title,
      latestVersion: '1.0.0',
      released: '2021-09-30',
    })

    expect(lines.filter((l) => l.startsWith('uploaded '))).toHaveLength(5)
    expect(lines.at(-1)).toBe(
      `published ${id} 1.0.0: 5 files uploaded (${summary.files.reduce((n, f) => n + f.bytes, 0)} bytes), 0 already present; index updated; catalog updated`,
    )
  })

  it('publishing the same bytes again changes nothing', async () => {
    const id = 'republish'
    const files = syntheticRelease({ id })
    await publishRelease(store, files, { retry: testRetry(2) })
    const before = await snapshot(store, `datasets/${id}/`)
    const again = await publishRelease(store, files, { retry: testRetry(3) })
    expect(again.files.every((f) => f.status === 'present')).toBe(true)
    expect([again.index, again.catalog]).toEqual(['unchanged', 'unchanged'])
    expect(await snapshot(store, `datasets/${id}/`)).toEqual(before)
  })

  it('refuses other bytes for a published version and keeps the original', async () => {
    const id = 'refuse-other-bytes'
    const original = syntheticRelease({ id })
    await publishRelease(store, original, { retry: testRetry(4) })
    const before = await snapshot(store, `datasets/${id}/`)
    const changed = syntheticRelease({
      id,
      files: { 'table-01.csv': 'code,name,amount\n201,一般公共服务支出,9999.99\n' },
    })
    const error = await publishRelease(store, changed, { retry: testRetry(5) }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(PublishError)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^datasets/${id}/1\\.0\\.0/manifest\\.json already exists with different bytes .*nothing was overwritten`,
      ),
    )
    expect(await snapshot(store, `datasets/${id}/`)).toEqual(before)
    expect(await read(store, `datasets/${id}/1.0.0/table-01.csv`)).toEqual(original['table-01.csv'])
  })

  it('refuses a leftover file with other bytes in a version never made visible, and keeps it', async () => {
    const id = 'refuse-leftover'
    const leftover = `datasets/${id}/1.0.0/table-01.csv`
    await store.put(leftover, 'an earlier build\n')
    const error = await publishRelease(store, syntheticRelease({ id }), {
      retry: testRetry(6),
    }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(
      new RegExp(`^${leftover} already exists with different bytes`),
    )
    expect(new TextDecoder().decode((await read(store, leftover))!)).toBe('an earlier build\n')
    expect(await storedReleaseProblems(store, id, '1.0.0')).toBe('not visible')
    expect(await store.head(`datasets/${id}/index.json`)).toBeNull()
  })

  it('dry run reports what would be uploaded and writes nothing', async () => {
    const id = 'dry-run'
    const before = await snapshot(store, '')
    const lines: string[] = []
    const plan = await publishRelease(store, syntheticRelease({ id }), {
      dryRun: true,
      log: (l) => lines.push(l),
    })
    expect(plan.files.every((f) => f.status === 'would-upload')).toBe(true)
    expect([plan.index, plan.catalog]).toEqual(['would-update', 'would-update'])
    expect(lines.at(-1)).toMatch(/^dry run: dry-run 1\.0\.0: 5 files would be uploaded/)
    expect(await snapshot(store, '')).toEqual(before)

    await publishRelease(store, syntheticRelease({ id }))
    const after = await publishRelease(store, syntheticRelease({ id }), { dryRun: true })
    expect(after.files.every((f) => f.status === 'present')).toBe(true)
    expect([after.index, after.catalog]).toEqual(['unchanged', 'unchanged'])
  })

  it('lists every version and dataset when publishes run at the same time', async () => {
    const id = 'concurrent'
    const releases = [
      syntheticRelease({ id, version: '1.0.0' }),
      syntheticRelease({ id, version: '1.1.0', released: '2022-01-15' }),
      syntheticRelease({ id, version: '1.2.0', released: '2022-06-01' }),
      syntheticRelease({ id: 'concurrent-other', version: '3.0.0' }),
    ]
    // One client each, as separate publishing machines would have. Injected interleaving: the
    // three publishers of one dataset first read its index together, so all but one must retry.
    const together = barrier(3)
    const lines: string[] = []
    const publisher = (files: Record<string, Uint8Array>, i: number) => {
      const client = s3Store(options)
      let waited = i === 3
      const store: ObjectStore = {
        ...client,
        async get(key, o) {
          if (key === `datasets/${id}/index.json` && !waited) {
            waited = true
            await together()
          }
          return client.get(key, o)
        },
      }
      return publishRelease(store, files, { retry: testRetry(10 + i), log: (l) => lines.push(l) })
    }
    await Promise.all(releases.map(publisher))
    expect(
      lines.filter((l) => l.startsWith(`conflict datasets/${id}/index.json`)).length,
    ).toBeGreaterThanOrEqual(2)

    const index = DatasetIndex.parse(await readJson(store, `datasets/${id}/index.json`))
    expect(index.versions.map((v) => v.version)).toEqual(['1.2.0', '1.1.0', '1.0.0'])
    expect(index.latestVersion).toBe('1.2.0')
    const catalog = CatalogIndex.parse(await readJson(store, 'catalog.json'))
    const listed = Object.fromEntries(catalog.datasets.map((d) => [d.id, d.latestVersion]))
    expect(listed).toMatchObject({ concurrent: '1.2.0', 'concurrent-other': '3.0.0' })
    expect(catalog.datasets.map((d) => d.id)).toEqual(catalog.datasets.map((d) => d.id).sort())
  })
})

/** Resolves for everyone once `n` callers are waiting. */
function barrier(n: number) {
  let waiting = 0
  let release = () => {}
  const all = new Promise<void>((resolve) => (release = resolve))
  return async () => {
    if (++waiting === n) release()
    await all
  }
}

if (!server) it.skip(`publishing to S3: ${S3_MISSING}`)
