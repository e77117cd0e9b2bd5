import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { DecimalString, SourceLine } from '../../src/model/decimal.ts'
import { checkTables } from '../../src/release/check.ts'
import { csvRecords } from '../../src/release/csv.ts'
import { declareKeys } from '../../src/release/keys.ts'
import { listsAsResources } from '../../src/release/resources/report-parts.ts'

// A hand-made model shaped like the performance part: lists, lists in lists, nullable objects.
const Indicator = z.strictObject({
  level1: z.string(),
  weight: DecimalString.nullable(),
  line: SourceLine,
})
const Evaluation = z.strictObject({
  kind: z.enum(['department', 'project']),
  fullName: z.string(),
  goals: z.strictObject({ expected: z.string().nullable(), line: SourceLine }).nullable(),
  indicators: z.array(Indicator),
  tags: z.array(z.string()),
  approximate: z.boolean(),
})
const Model = z.strictObject({
  performance: z.strictObject({ evaluations: z.array(Evaluation) }),
  other: z.string(),
})

const value: z.infer<typeof Model> = {
  other: 'not a list',
  performance: {
    evaluations: [
      {
        kind: 'department',
        fullName: '部门整体, "全部"',
        goals: { expected: '目标\n第二段', line: 700 },
        indicators: [
          { level1: '产出指标', weight: '50', line: 710 },
          { level1: '效益指标', weight: null, line: 711 },
        ],
        tags: ['x'],
        approximate: false,
      },
      {
        kind: 'project',
        fullName: '项目',
        goals: null,
        indicators: [{ level1: '满意度指标', weight: '10.5', line: 760 }],
        tags: [],
        approximate: true,
      },
    ],
  },
}

const NAMES = {
  'performance.evaluations': {
    name: 'evaluations',
    key: 'evaluation',
    title: 't',
    description: 'd',
  },
}

describe('lists of the model as tables', () => {
  const resources = declareKeys(listsAsResources(Model, value, ['performance'], NAMES))
  const byName = (n: string) => resources.find((r) => r.name === n)!

  it('makes a table of each list of objects, and a child table of each list inside it', () => {
    expect(resources.map((r) => r.name)).toEqual(['evaluations', 'evaluations-indicators'])
  })

  it('flattens nested objects into snake_case columns and numbers the parents from 1', () => {
    const parent = byName('evaluations')
    expect(parent.schema.fields.map((f) => f.name)).toEqual([
      'evaluation',
      'kind',
      'full_name',
      'goals_expected',
      'goals_line',
      'approximate',
    ])
    expect(csvRecords(parent)).toEqual([
      ['1', 'department', '部门整体, "全部"', '目标\n第二段', '700', 'false'],
      ['2', 'project', '项目', '', '', 'true'],
    ])
    expect(parent.schema.primaryKey).toEqual(['evaluation'])
  })

  it('types columns from the schema: decimals as numbers, enums constrained, a nullable object not required', () => {
    const fields = Object.fromEntries(byName('evaluations').schema.fields.map((f) => [f.name, f]))
    expect(fields.kind!.constraints).toEqual({ required: true, enum: ['department', 'project'] })
    expect(fields.goals_line).toMatchObject({ type: 'integer', constraints: { minimum: 1 } })
    expect(fields.goals_line!.constraints?.required).toBeUndefined()
    const weight = byName('evaluations-indicators').schema.fields.find((f) => f.name === 'weight')!
    expect(weight).toMatchObject({ type: 'number', decimalChar: '.' })
  })

  it('ties each child row to its parent with a foreign key that holds', () => {
    const child = byName('evaluations-indicators')
    expect(csvRecords(child)).toEqual([
      ['1', '产出指标', '50', '710'],
      ['1', '效益指标', '', '711'],
      ['2', '满意度指标', '10.5', '760'],
    ])
    expect(child.schema.foreignKeys).toEqual([
      { fields: ['evaluation'], reference: { resource: 'evaluations', fields: ['evaluation'] } },
    ])
    const tables = resources.map((r) => ({
      name: r.name,
      schema: r.schema,
      header: r.schema.fields.map((f) => f.name),
      records: csvRecords(r),
    }))
    expect(checkTables(tables)).toEqual([])
  })
})
