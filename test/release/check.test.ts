import { describe, expect, it } from 'vitest'
import { checkTables, type CheckedTable } from '../../src/release/check.ts'
import { declareKeys } from '../../src/release/keys.ts'
import {
  decimalField,
  schemaOf,
  SOURCE_LINE_FIELD,
  type TabularResource,
} from '../../src/release/table-schema.ts'

const parent: CheckedTable = {
  name: 'parent',
  schema: {
    ...schemaOf([
      SOURCE_LINE_FIELD,
      { name: 'code', type: 'string' },
      { name: 'side', type: 'string', constraints: { enum: ['income', 'expenditure'] } },
      decimalField('amount', 'a', 'a'),
    ]),
    primaryKey: ['line'],
  },
  header: ['line', 'code', 'side', 'amount'],
  records: [
    ['10', '201', 'income', '606.71'],
    ['11', '20103', '', ''],
  ],
}

const child = (records: string[][]): CheckedTable => ({
  name: 'child',
  schema: {
    ...schemaOf([SOURCE_LINE_FIELD, { name: 'code', type: 'string' }]),
    foreignKeys: [{ fields: ['code'], reference: { resource: 'parent', fields: ['code'] } }],
  },
  header: ['line', 'code'],
  records,
})

describe('checkTables', () => {
  it('passes data that matches its schema; an empty foreign key cell refers to nothing', () => {
    expect(
      checkTables([
        parent,
        child([
          ['1', '201'],
          ['2', ''],
        ]),
      ]),
    ).toEqual([])
  })

  it('names the table, row (header = 1) and field of each problem', () => {
    const bad: CheckedTable = {
      ...parent,
      records: [
        ['10', '201', 'income', '6.0E2'],
        ['x', '201', 'left', '1,000'],
        ['', '201', 'income', ''],
        ['0', '201', 'income', ''],
      ],
    }
    expect(checkTables([bad])).toEqual([
      'parent row 2 field amount: "6.0E2" is not a plain decimal',
      'parent row 3 field line: "x" is not an integer',
      'parent row 3 field side: "left" is not one of income, expenditure',
      'parent row 3 field amount: "1,000" is not a plain decimal',
      'parent row 4 field line: is empty but required',
      'parent row 5 field line: 0 is below the minimum 1',
      'parent row 4: primary key (line) has an empty cell',
    ])
  })

  it('finds a repeated primary key and a foreign key that refers to nothing', () => {
    expect(
      checkTables([{ ...parent, records: [...parent.records, ['10', '202', '', '']] }]),
    ).toEqual(['parent row 4: (line) = ["10"] repeats row 2'])
    expect(checkTables([parent, child([['1', '229']])])).toEqual([
      'child row 2: (code) = ["229"] is not in parent (code)',
    ])
  })

  it('finds a header that is not the schema', () => {
    expect(checkTables([{ ...parent, header: ['line', 'side', 'code', 'amount'] }])[0]).toMatch(
      /header is \[line, side, code, amount\]/,
    )
  })
})

describe('declareKeys', () => {
  const table = (rows: (string | number | null)[][]): TabularResource => ({
    name: 't',
    title: 't',
    description: 't',
    schema: schemaOf([
      SOURCE_LINE_FIELD,
      { name: 'side', type: 'string' },
      { name: 'name', type: 'string' },
    ]),
    rows,
    candidateKeys: [['line'], ['line', 'side'], ['line', 'name']],
    candidateForeignKeys: [
      { fields: ['name'], reference: { resource: 'names', fields: ['name'] } },
    ],
  })
  const names: TabularResource = {
    ...table([
      [1, null, 'a'],
      [2, null, 'b'],
    ]),
    name: 'names',
    candidateKeys: [],
    candidateForeignKeys: [],
  }

  it('declares the first candidate that holds, as primary key when no cell of it is empty', () => {
    const [t] = declareKeys([
      table([
        [1, 'income', 'a'],
        [1, 'expenditure', 'b'],
      ]),
      names,
    ])
    expect(t!.schema.primaryKey).toEqual(['line', 'side'])
    expect(t!.schema.foreignKeys).toEqual([
      { fields: ['name'], reference: { resource: 'names', fields: ['name'] } },
    ])
  })

  it('declares a key with empty cells as a unique key, and no foreign key that the data breaks', () => {
    const [t] = declareKeys([
      table([
        [1, null, 'zzz'],
        [1, 'income', 'a'],
      ]),
      names,
    ])
    expect(t!.schema.primaryKey).toBeUndefined()
    expect(t!.schema.uniqueKeys).toEqual([['line', 'side']])
    expect(t!.schema.foreignKeys).toBeUndefined()
  })

  it('declares nothing when no candidate holds', () => {
    const [t] = declareKeys([
      table([
        [1, null, 'a'],
        [1, null, 'a'],
      ]),
      names,
    ])
    expect(t!.schema.primaryKey ?? t!.schema.uniqueKeys).toBeUndefined()
  })
})
