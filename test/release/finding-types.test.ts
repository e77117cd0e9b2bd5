import { beforeAll, describe, expect, it } from 'vitest'
import { FINDING_TYPES } from '../../src/model/finding-types.ts'
import type { ReleaseFile } from '../../src/release/formats.ts'
import type { TableSchema } from '../../src/release/table-schema.ts'
import { validate } from '../../src/validate/index.ts'
import { buildSeed, fileNamed, jsonOf, readCsv, seedParts, textOf } from './support.ts'

interface Resource {
  name: string
  path: string
  schema?: TableSchema
}

const schemaIn = (files: readonly ReleaseFile[], name: string) =>
  jsonOf<{ resources: Resource[] }>(fileNamed(files, 'datapackage.json')).resources.find(
    (r) => r.name === name,
  )?.schema

let files: ReleaseFile[]

beforeAll(async () => {
  const { report, findings } = await seedParts()
  files = await buildSeed({ findings: [...findings, ...validate(report)] })
})

describe('finding-types.csv in a release', () => {
  it('is the whole catalogue, keyed by type, with an Excel twin', () => {
    const { header, records } = readCsv(fileNamed(files, 'finding-types.csv'))
    const at = (name: string) => header.indexOf(name)
    expect(records.map((r) => r[at('type')])).toEqual(FINDING_TYPES.map((t) => t.type))
    const first = FINDING_TYPES[0]!
    expect(records[0]![at('severities')]).toBe(first.severities.join(' '))
    expect(records[0]![at('description_en')]).toBe(first.description.en)
    expect(schemaIn(files, 'finding-types')!.primaryKey).toEqual(['type'])
    // The twin (its byte-order mark dropped by textOf): the Chinese titles, then the same records.
    const twin = textOf(fileNamed(files, 'finding-types-excel.csv'))
    const plain = textOf(fileNamed(files, 'finding-types.csv'))
    expect(
      twin.startsWith(
        '类型,严重程度,表,来源,名称（中文）,名称（英文）,说明（中文）,说明（英文）\r\n',
      ),
    ).toBe(true)
    expect(twin.slice(twin.indexOf('\r\n'))).toBe(plain.slice(plain.indexOf('\r\n')))
  })

  it('is what the rule of every validation finding refers to', () => {
    expect(schemaIn(files, 'validation-findings')!.foreignKeys).toEqual([
      { fields: ['rule'], reference: { resource: 'finding-types', fields: ['type'] } },
    ])
    const { header, records } = readCsv(fileNamed(files, 'validation-findings.csv'))
    expect(records.length).toBeGreaterThan(0)
    const types = new Set(FINDING_TYPES.map((t) => t.type))
    expect(records.map((r) => r[header.indexOf('rule')]).filter((id) => !types.has(id!))).toEqual(
      [],
    )
  })

  it('is not claimed as the reference of a finding whose rule it does not list', async () => {
    const { report, findings } = await seedParts()
    const odd = { ...findings[0]!, rule: 'not-a-catalogued-type' }
    const other = await buildSeed({ findings: [...findings, ...validate(report), odd] })
    expect(schemaIn(other, 'validation-findings')!.foreignKeys).toBeUndefined()
  })
})
