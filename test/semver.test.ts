import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApp } from '../src/http/app.ts'
import { acceptsParam } from '../src/http/params.ts'
import { SemVer } from '../src/model/dataset.ts'
import { compareSemVer, isSemVer, newestFirst } from '../src/model/semver.ts'
import { publishRelease } from '../src/publish/publish.ts'
import { loadDataset } from '../src/release/dataset-folder.ts'
import { memoryStore } from '../src/storage/memory.ts'
import { syntheticRelease } from './support/release.ts'
import { SEED_DIR } from './support/seed.ts'

/** One SemVer definition (src/model/semver.ts) for the changelog, publishing and the routes. */
const SAMPLES = [
  '0.0.0',
  '1.0.0',
  '1.10.0',
  '999999999.0.0',
  '1234567890.0.0',
  '9007199254740991.9007199254740991.9007199254740991',
  '9007199254740992.0.0',
  '99999999999999999999.0.0',
  '1.0.99999999999999999999',
  '01.0.0',
  '1.0',
  '1.0.0-rc.1',
  '',
]

describe('versions', () => {
  it('are accepted alike by the changelog model and the API routes', () => {
    for (const v of SAMPLES) expect(acceptsParam('version', v), v).toBe(SemVer.safeParse(v).success)
    expect(SAMPLES.filter(isSemVer)).toEqual(SAMPLES.slice(0, 6))
  })

  it('compare as SemVer, digit for digit, never through Number()', () => {
    const sorted = [
      '1.10.0',
      '1.9.0',
      '9007199254740991.0.0',
      '9007199254740990.9.9',
      '0.0.1',
      '1.9.10',
    ].sort(newestFirst)
    expect(sorted).toEqual([
      '9007199254740991.0.0',
      '9007199254740990.9.9',
      '1.10.0',
      '1.9.10',
      '1.9.0',
      '0.0.1',
    ])
    expect(compareSemVer('2.0.0', '2.0.0')).toBe(0)
  })

  it('beyond Number.MAX_SAFE_INTEGER are refused at the changelog, naming the file and the field', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gongkai-semver-')), 'dataset')
    cpSync(SEED_DIR, dir, { recursive: true })
    const path = join(dir, 'changelog.json')
    const changelog = JSON.parse(readFileSync(path, 'utf8')) as Array<{ version: string }>
    changelog[0]!.version = '99999999999999999999.0.0'
    writeFileSync(path, JSON.stringify(changelog))
    const refusal = await loadDataset(dir).then(
      () => null,
      (e: unknown) => e as Error,
    )
    expect(refusal?.name).toBe('DatasetRefused')
    expect(refusal?.message).toContain(`${path} is not valid: field 0.version:`)
    expect(refusal?.message).toContain('99999999999999999999')
    expect(refusal?.message).toContain('Number.MAX_SAFE_INTEGER')
  })

  it('that publish are served: a 10-digit major once answered 400 for ever', async () => {
    const store = memoryStore()
    const app = createApp(() => store, 'http://api.test')
    const id = 'zhuzhou-shifeng-gov-office-2020'
    for (const version of ['999999999.0.0', '1234567890.0.0'])
      await publishRelease(store, syntheticRelease({ id, version }))
    const dataset = await (
      await app.request(`http://api.test/api/datasets/${id}`)
    ).json<{
      latestVersion: string
      versions: Array<{ version: string }>
    }>()
    expect(dataset.latestVersion).toBe('1234567890.0.0')
    expect(dataset.versions.map((v) => v.version)).toEqual(['1234567890.0.0', '999999999.0.0'])
    const version = await app.request(`http://api.test/api/datasets/${id}/versions/1234567890.0.0`)
    expect(version.status).toBe(200)
    const file = await app.request(`http://api.test/datasets/${id}/1234567890.0.0/manifest.json`)
    expect(file.status).toBe(200)
    const absurd = await app.request(
      `http://api.test/api/datasets/${id}/versions/99999999999999999999.0.0`,
    )
    expect(absurd.status).toBe(400)
  })
})
