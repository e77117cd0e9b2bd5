import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Changelog } from '../../src/model/dataset.ts'
import { Manifest } from '../../src/model/release.ts'
import { writeRelease } from '../../src/release/write.ts'
import { buildSeed, fileNamed, jsonOf, seedParts } from './support.ts'

const CHANGELOG: Changelog = [
  { version: '1.1.0', date: '2027-03-01', notes: { zh: '更正', en: 'Corrections' } },
  { version: '1.0.1', date: '2026-12-05', notes: { zh: '修订', en: 'Fixes' } },
  { version: '1.0.0', date: '2026-11-27', notes: { zh: '首次发布', en: 'First release' } },
]

describe('versions', () => {
  it('builds the newest changelog entry by default, the next older one its predecessor', async () => {
    const files = await buildSeed({ changelog: CHANGELOG })
    const manifest = Manifest.parse(jsonOf(fileNamed(files, 'manifest.json')))
    expect([manifest.version, manifest.released, manifest.predecessor]).toEqual([
      '1.1.0',
      '2027-03-01',
      '1.0.1',
    ])
    expect(manifest.notes).toEqual(CHANGELOG[0]!.notes)
    expect(jsonOf(fileNamed(files, 'datapackage.json'))).toMatchObject({
      version: '1.1.0',
      created: '2027-03-01T00:00:00Z',
    })
  })

  it('builds the version asked for, dated from its entry', async () => {
    const files = await buildSeed({ changelog: CHANGELOG, version: '1.0.1' })
    const manifest = Manifest.parse(jsonOf(fileNamed(files, 'manifest.json')))
    expect([manifest.version, manifest.released, manifest.predecessor]).toEqual([
      '1.0.1',
      '2026-12-05',
      '1.0.0',
    ])
    const first = Manifest.parse(
      jsonOf(
        fileNamed(await buildSeed({ changelog: CHANGELOG, version: '1.0.0' }), 'manifest.json'),
      ),
    )
    expect(first.predecessor).toBeNull()
  })

  it('refuses a version the changelog does not list, naming the versions it does', async () => {
    const error = (await buildSeed({ changelog: CHANGELOG, version: '2.0.0' }).catch(
      (e: unknown) => e,
    )) as Error
    expect(error.name).toBe('ReleaseRefused')
    expect(error.message).toBe(
      'changelog.json of dataset zhuzhou-shifeng-gov-office-2020 has no version 2.0.0; it lists 1.1.0, 1.0.1, 1.0.0. Add an entry for the version (newest first) or build one that is listed.',
    )
  })

  it('refuses source bytes other than the ones the metadata names', async () => {
    const { dataset } = await seedParts()
    const changed = new Uint8Array(dataset.source)
    const i = changed.length - 2
    changed[i] = changed[i]! ^ 1
    const error = (await buildSeed({ source: changed }).catch((e: unknown) => e)) as Error
    expect(error.name).toBe('ReleaseRefused')
    expect(error.message).toContain(`but dataset.json says ${dataset.metadata.source.sha256}`)
  })
})

describe('writeRelease', () => {
  it('refuses a folder holding files of something else, naming them', async () => {
    const files = await buildSeed()
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-out-'))
    writeFileSync(join(dir, 'stale.csv'), 'old')
    const error = (await writeRelease(files, dir).catch((e: unknown) => e)) as Error
    expect(error.name).toBe('ReleaseRefused')
    expect(error.message).toContain('(stale.csv)')
  })

  it('writes into a folder holding the same release again', async () => {
    const files = await buildSeed()
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-out-'))
    await writeRelease(files, dir)
    await expect(writeRelease(files, dir)).resolves.toBeUndefined()
  })
})
