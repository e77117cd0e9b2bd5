import { describe, expect, it } from 'vitest'
import { ReleaseRefused } from '../../src/release/refusal.ts'
import { parse } from 'csv-parse/sync'
import type { ReleaseFile } from '../../src/release/formats.ts'
import { buildSeed, fileNamed, seedParts, textOf } from './support.ts'

/** validation-findings.csv as objects. */
const findingsOf = (files: readonly ReleaseFile[]): Array<Record<string, string>> =>
  parse(textOf(fileNamed(files, 'validation-findings.csv')), { columns: true })

describe('dataset.json against the report it names', () => {
  it('refuses a fiscal year the cover contradicts, naming the field and both years', async () => {
    const { dataset } = await seedParts()
    const metadata = { ...dataset.metadata, fiscalYear: 2021 }
    const refusal = await buildSeed({ metadata }).catch((e: unknown) => e)
    expect(refusal).toBeInstanceOf(ReleaseRefused)
    expect((refusal as Error).message).toMatch(/fiscalYear 2021.*2020年度/)
  })

  it('refuses a department the cover contradicts, naming publisher.name.zh', async () => {
    const { dataset } = await seedParts()
    const publisher = {
      ...dataset.metadata.publisher,
      name: { zh: '上海市普陀区财政局', en: 'Finance Bureau of Putuo District' },
    }
    const refusal = await buildSeed({ metadata: { ...dataset.metadata, publisher } }).catch(
      (e: unknown) => e,
    )
    expect(refusal).toBeInstanceOf(ReleaseRefused)
    expect((refusal as Error).message).toMatch(
      /上海市普陀区财政局.*publisher\.name\.zh.*株洲市石峰区人民政府办公室/,
    )
  })

  it("reports each table printed in another unit than the dataset's, as an error of its table", async () => {
    const { dataset, report } = await seedParts()
    // The seed prints 单位：万元 over its tables; a dataset that says 元 would misstate them all.
    const printed = Object.values(report.tables).filter((t) => t.unit !== null)
    expect(printed.length).toBeGreaterThanOrEqual(8)
    const files = await buildSeed({ metadata: { ...dataset.metadata, unit: '元' } })
    const mismatches = findingsOf(files).filter((f) => f.rule === 'table-unit-mismatch')
    expect(mismatches.every((f) => f.severity === 'error')).toBe(true)
    expect(mismatches.map((f) => f.table).sort()).toEqual(
      printed.map((t) => t.id).sort((a, b) => a.localeCompare(b)),
    )
    // And none where the units agree, as the seed's own dataset.json says.
    expect(findingsOf(await buildSeed()).filter((f) => f.rule === 'table-unit-mismatch')).toEqual(
      [],
    )
  })
})
