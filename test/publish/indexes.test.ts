import { describe, expect, it } from 'vitest'
import type { CatalogIndex, DatasetIndex } from '../../src/model/release.ts'
import { newestFirst, withDataset, withVersion } from '../../src/publish/indexes.ts'
import { publishRelease } from '../../src/publish/publish.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import type { ObjectStore } from '../../src/storage/types.ts'
import { datasetMetadata } from '../support/dataset.ts'
import { syntheticRelease } from '../support/release.ts'

const id = 'zhuzhou-shifeng-gov-office-2020'
const entry = (version: string, manifestSha256 = 'a'.repeat(64)) => ({
  version,
  released: '2021-09-30',
  notes: { zh: '说明', en: 'notes' },
  manifestSha256,
})

describe('the dataset index and the catalog', () => {
  it('orders versions as numbers, newest first', () => {
    expect(['1.9.0', '1.10.0', '0.9.9', '1.10.1', '2.0.0'].sort(newestFirst)).toEqual([
      '2.0.0',
      '1.10.1',
      '1.10.0',
      '1.9.0',
      '0.9.9',
    ])
  })

  it('adds a version once, and refuses one listed with another manifest', () => {
    const first = withVersion(null, datasetMetadata(id), entry('1.9.0'))!
    const both = withVersion(first, datasetMetadata(id), entry('1.10.0'))!
    expect(both.versions.map((v) => v.version)).toEqual(['1.10.0', '1.9.0'])
    expect(both.latestVersion).toBe('1.10.0')
    expect(withVersion(both, datasetMetadata(id), entry('1.9.0'))).toBeNull()
    expect(() => withVersion(both, datasetMetadata(id), entry('1.9.0', 'b'.repeat(64)))).toThrow(
      /lists version 1\.9\.0 with manifest SHA-256 a{64}, but the stored manifest has b{64}/,
    )
  })

  it('keeps the newest release’s metadata when an older version is published later', () => {
    const newer = { ...datasetMetadata(id), title: { zh: '新标题', en: 'New title' } }
    const index = withVersion(null, newer, entry('2.0.0'))!
    expect(withVersion(index, datasetMetadata(id), entry('1.0.0'))!.metadata.title.en).toBe(
      'New title',
    )
  })

  it('never moves a dataset in the catalog back to an older version', () => {
    const index = (version: string): DatasetIndex =>
      withVersion(null, datasetMetadata(id), entry(version))!
    const catalog: CatalogIndex = withDataset(null, index('2.0.0'))!
    expect(withDataset(catalog, index('1.0.0'))).toBeNull()
    expect(withDataset(catalog, index('2.0.0'))).toBeNull()
    expect(withDataset(catalog, index('2.1.0'))!.datasets).toEqual([
      { id, title: datasetMetadata(id).title, latestVersion: '2.1.0', released: '2021-09-30' },
    ])
    const two = withDataset(
      catalog,
      withVersion(null, datasetMetadata('a-first'), entry('1.0.0'))!,
    )!
    expect(two.datasets.map((d) => d.id)).toEqual(['a-first', id])
  })
})

it('re-reads and reapplies when another publisher writes the index in between', async () => {
  const inner = memoryStore()
  let interleaved = false
  // Injected fault: just before this publisher's first index write, another one publishes 1.1.0.
  const store: ObjectStore = {
    ...inner,
    async put(key, body, options) {
      if (key.endsWith('index.json') && !interleaved) {
        interleaved = true
        await publishRelease(inner, syntheticRelease({ version: '1.1.0' }))
      }
      return inner.put(key, body, options)
    },
  }
  const lines: string[] = []
  await publishRelease(store, syntheticRelease({ version: '1.0.0' }), { log: (l) => lines.push(l) })
  expect(
    lines.some((l) => l.startsWith('conflict datasets/zhuzhou-shifeng-gov-office-2020/index.json')),
  ).toBe(true)

  const index = JSON.parse(
    await new Response((await inner.get(`datasets/${id}/index.json`))!.body).text(),
  ) as DatasetIndex
  expect(index.versions.map((v) => v.version)).toEqual(['1.1.0', '1.0.0'])
  const catalog = JSON.parse(
    await new Response((await inner.get('catalog.json'))!.body).text(),
  ) as CatalogIndex
  expect(catalog.datasets).toEqual([
    { id, title: datasetMetadata(id).title, latestVersion: '1.1.0', released: '2021-09-30' },
  ])
})
