import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Changelog, DatasetMetadata } from '../../src/model/dataset.ts'
import { loadDataset } from '../../src/release/dataset-folder.ts'
import { SEED_DIR } from './support.ts'

/** A copy of the seed folder with one file changed by `edit`. */
function folderWith(edit: (dir: string) => void): string {
  const dir = join(
    mkdtempSync(join(tmpdir(), 'gongkai-dataset-')),
    'zhuzhou-shifeng-gov-office-2020',
  )
  cpSync(SEED_DIR, dir, { recursive: true })
  edit(dir)
  return dir
}

const editJson =
  <T>(file: string, change: (value: T) => unknown) =>
  (dir: string) =>
    writeFileSync(
      join(dir, file),
      JSON.stringify(change(JSON.parse(readFileSync(join(dir, file), 'utf8')) as T)),
    )

/** The refusal as one paragraph: a message with no line break and no stack frame in it. */
async function refusal(dir: string): Promise<Error> {
  const error = (await loadDataset(dir).then(
    () => null,
    (e: unknown) => e,
  )) as Error | null
  expect(error, 'expected a refusal').not.toBeNull()
  expect(error!.name).toBe('DatasetRefused')
  expect(error!.message).not.toMatch(/\n|\bat .+:\d+:\d+/)
  return error!
}

describe('loadDataset', () => {
  it('reads the seed folder: metadata, changelog newest first, the report bytes', async () => {
    const d = await loadDataset(SEED_DIR)
    expect(d.metadata.id).toBe('zhuzhou-shifeng-gov-office-2020')
    expect(d.metadata.license.status).toBe('not-stated')
    expect(d.changelog[0]!.version).toBe('1.0.0')
    expect(d.source.length).toBe(readFileSync(join(SEED_DIR, d.metadata.source.file)).length)
  })

  it('refuses a bad field of dataset.json, naming the file and the field', async () => {
    const dir = folderWith(
      editJson<DatasetMetadata>('dataset.json', (m) => ({
        ...m,
        fiscalYear: '2020',
        publisher: { ...m.publisher, name: { zh: '' } },
      })),
    )
    const e = await refusal(dir)
    expect(e.message).toContain(join(dir, 'dataset.json'))
    expect(e.message).toContain('field fiscalYear')
    expect(e.message).toContain('field publisher.name.zh')
    expect(e.message).toContain('field publisher.name.en')
  })

  it('refuses an invented field: the metadata is strict', async () => {
    const e = await refusal(
      folderWith(
        editJson<DatasetMetadata>('dataset.json', (m) => ({ ...m, licence: 'CC-BY-4.0' })),
      ),
    )
    expect(e.message).toMatch(/dataset\.json is not valid: top level: Unrecognized key: "licence"/)
  })

  it('refuses a changelog field by its index path', async () => {
    const e = await refusal(
      folderWith(editJson<Changelog>('changelog.json', (c) => [{ ...c[0], version: 'v1' }])),
    )
    expect(e.message).toContain('changelog.json is not valid: field 0.version')
  })

  it('refuses a date that has the form but is no day of the calendar', async () => {
    for (const date of ['2026-13-45', '2026-02-30']) {
      const e = await refusal(
        folderWith(editJson<Changelog>('changelog.json', (c) => [{ ...c[0]!, date }])),
      )
      expect(e.message).toContain('changelog.json is not valid: field 0.date')
    }
    const leap = await loadDataset(
      folderWith(editJson<Changelog>('changelog.json', (c) => [{ ...c[0]!, date: '2024-02-29' }])),
    )
    expect(leap.changelog[0]!.date).toBe('2024-02-29')
  })

  it('refuses a temporal coverage that ends before it starts', async () => {
    const e = await refusal(
      folderWith(
        editJson<DatasetMetadata>('dataset.json', (m) => ({
          ...m,
          temporalCoverage: { start: '2020-12-31', end: '2020-01-01' },
        })),
      ),
    )
    expect(e.message).toContain('temporalCoverage.end')
  })

  it('refuses a changelog that is not newest first', async () => {
    const e = await refusal(
      folderWith(
        editJson<Changelog>('changelog.json', (c) => [
          ...c,
          { ...c[0], version: '1.1.0', date: '2027-01-01' },
        ]),
      ),
    )
    expect(e.message).toContain('newest first')
    expect(e.message).toContain('1.0.0')
    expect(e.message).toContain('1.1.0')
  })

  it('refuses JSON that does not parse, naming the file', async () => {
    const dir = folderWith((d) =>
      writeFileSync(join(d, 'changelog.json'), '[{"version": "1.0.0",]'),
    )
    expect((await refusal(dir)).message).toContain(
      `${join(dir, 'changelog.json')} is not valid UTF-8 JSON`,
    )
  })

  it('refuses a missing file', async () => {
    const dir = folderWith((d) => rmSync(join(d, 'changelog.json')))
    expect((await refusal(dir)).message).toContain(`${join(dir, 'changelog.json')} does not exist`)
  })

  it('refuses a report whose bytes are not the ones dataset.json names', async () => {
    const dir = folderWith((d) =>
      writeFileSync(
        join(d, '000_66555173f63991a7.txt'),
        readFileSync(join(SEED_DIR, '000_66555173f63991a7.txt'), 'utf8').replace(
          '606.71',
          '606.72',
        ),
      ),
    )
    const e = await refusal(dir)
    expect(e.message).toContain('000_66555173f63991a7.txt has SHA-256')
    expect(e.message).toContain('3fed8b11ad79706fea6496ae5dac8a3a0e52df3b67ee0496ff0ea29fbcfdf78d')
  })
})
