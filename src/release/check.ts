import type { Field, ForeignKey, TableSchema } from './table-schema.ts'

/**
 * Checks a table's cells, as read from its CSV, against its Table Schema: header, types,
 * constraints, primary and unique keys, foreign keys. Stricter than Table Schema where a release
 * promises more (numbers are plain decimals: no exponent, NaN, INF or group separator).
 * Returns one message per problem; none means the data matches.
 */
export interface CheckedTable {
  name: string
  schema: TableSchema
  header: readonly string[]
  records: readonly (readonly string[])[]
}

const INTEGER = /^[+-]?\d+$/
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const BOOLEAN = /^(true|false)$/

export function checkTables(tables: readonly CheckedTable[]): string[] {
  const byName = new Map(tables.map((t) => [t.name, t]))
  return tables.flatMap((t) => checkTable(t, byName))
}

function checkTable(t: CheckedTable, byName: ReadonlyMap<string, CheckedTable>): string[] {
  const errors: string[] = []
  const names = t.schema.fields.map((f) => f.name)
  if (t.header.join(',') !== names.join(','))
    errors.push(`${t.name}: header is [${t.header.join(', ')}], schema has [${names.join(', ')}]`)
  t.records.forEach((record, i) => {
    const at = `${t.name} row ${i + 2}`
    if (record.length !== names.length)
      errors.push(`${at}: ${record.length} cells, expected ${names.length}`)
    t.schema.fields.forEach((f, j) => {
      const problem = checkCell(f, record[j] ?? '', t.schema.missingValues)
      if (problem) errors.push(`${at} field ${f.name}: ${problem}`)
    })
  })
  for (const f of t.schema.fields.filter((f) => f.constraints?.unique))
    errors.push(...checkUnique(t, [f.name], false))
  if (t.schema.primaryKey) errors.push(...checkUnique(t, t.schema.primaryKey, true))
  for (const key of t.schema.uniqueKeys ?? []) errors.push(...checkUnique(t, key, false))
  for (const fk of t.schema.foreignKeys ?? []) errors.push(...checkForeignKey(t, fk, byName))
  return errors
}

function checkCell(f: Field, text: string, missing: readonly string[]): string | null {
  const c = f.constraints ?? {}
  if (missing.includes(text)) return c.required ? 'is empty but required' : null
  if (f.type === 'integer' && !INTEGER.test(text)) return `"${text}" is not an integer`
  if (f.type === 'number' && !DECIMAL.test(text)) return `"${text}" is not a plain decimal`
  if (f.type === 'boolean' && !BOOLEAN.test(text)) return `"${text}" is not true or false`
  if (c.enum && !c.enum.includes(text)) return `"${text}" is not one of ${c.enum.join(', ')}`
  if (c.minimum !== undefined && Number(text) < c.minimum)
    return `${text} is below the minimum ${c.minimum}`
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(text))
    return `"${text}" does not match ${c.pattern}`
  return null
}

/** Tuples of `fields` per row; null marks a row with an empty cell in the key. */
function tuples(t: CheckedTable, fields: readonly string[]): (string | null)[] {
  const idx = fields.map((f) => t.schema.fields.findIndex((x) => x.name === f))
  return t.records.map((r) => {
    const cells = idx.map((i) => (i < 0 ? '' : (r[i] ?? '')))
    return cells.some((c) => t.schema.missingValues.includes(c)) ? null : JSON.stringify(cells)
  })
}

function missingFields(t: CheckedTable, fields: readonly string[]): string[] {
  return fields.filter((f) => !t.schema.fields.some((x) => x.name === f))
}

/** Unique as whole tuples (an empty cell counts as a value): stricter than SQL's null rule. */
export function checkUnique(
  t: CheckedTable,
  fields: readonly string[],
  primary: boolean,
): string[] {
  const absent = missingFields(t, fields)
  if (absent.length)
    return [`${t.name}: key (${fields.join(', ')}) names absent fields ${absent.join(', ')}`]
  const idx = fields.map((f) => t.schema.fields.findIndex((x) => x.name === f))
  const seen = new Map<string, number>()
  const errors: string[] = []
  t.records.forEach((r, i) => {
    const cells = idx.map((j) => r[j] ?? '')
    if (primary && cells.some((c) => t.schema.missingValues.includes(c)))
      errors.push(`${t.name} row ${i + 2}: primary key (${fields.join(', ')}) has an empty cell`)
    const k = JSON.stringify(cells)
    const first = seen.get(k)
    if (first !== undefined)
      errors.push(`${t.name} row ${i + 2}: (${fields.join(', ')}) = ${k} repeats row ${first}`)
    else seen.set(k, i + 2)
  })
  return errors
}

export function checkForeignKey(
  t: CheckedTable,
  fk: ForeignKey,
  byName: ReadonlyMap<string, CheckedTable>,
): string[] {
  const target = fk.reference.resource ? byName.get(fk.reference.resource) : t
  if (!target)
    return [`${t.name}: foreign key refers to an absent resource ${fk.reference.resource}`]
  const absent = [...missingFields(t, fk.fields), ...missingFields(target, fk.reference.fields)]
  if (absent.length) return [`${t.name}: foreign key names absent fields ${absent.join(', ')}`]
  const known = new Set(tuples(target, fk.reference.fields).filter((k) => k !== null))
  const errors: string[] = []
  tuples(t, fk.fields).forEach((k, i) => {
    if (k !== null && !known.has(k))
      errors.push(
        `${t.name} row ${i + 2}: (${fk.fields.join(', ')}) = ${k} is not in ${target.name} (${fk.reference.fields.join(', ')})`,
      )
  })
  return errors
}
