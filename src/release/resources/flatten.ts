import { z } from 'zod'
import { DecimalString } from '../../model/decimal.ts'
import type { Field } from '../table-schema.ts'

/**
 * Turns a zod object schema into CSV columns, read from its JSON Schema (`z.toJSONSchema`) so a
 * field added to the model shows up in the CSV without code here. Nested objects flatten with
 * a prefix (`total.score` → `total_score`); arrays of objects become child tables; arrays of
 * plain values stay in report.json only.
 */
export interface JsonSchema {
  type?: string | string[]
  anyOf?: JsonSchema[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  pattern?: string
  minimum?: number
  exclusiveMinimum?: number
}

export interface Column {
  path: string[]
  field: Field
}

export interface ChildArray {
  path: string[]
  items: JsonSchema
}

export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'output' }) as JsonSchema

const DECIMAL_PATTERN = jsonSchemaOf(DecimalString).pattern

export const snake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

/** A nullable schema's non-null branch, and whether null was allowed. */
export function unwrapNull(s: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (s.anyOf) {
    const rest = s.anyOf.filter((b) => b.type !== 'null')
    if (rest.length === 1 && rest.length < s.anyOf.length)
      return { schema: rest[0]!, nullable: true }
  }
  if (Array.isArray(s.type) && s.type.includes('null')) {
    const types = s.type.filter((t) => t !== 'null')
    return { schema: { ...s, type: types.length === 1 ? types[0] : types }, nullable: true }
  }
  return { schema: s, nullable: false }
}

export function flattenObject(
  object: JsonSchema,
  prefix: string[] = [],
  optional = false,
): { columns: Column[]; children: ChildArray[] } {
  const columns: Column[] = []
  const children: ChildArray[] = []
  for (const [key, raw] of Object.entries(object.properties ?? {})) {
    const { schema, nullable } = unwrapNull(raw)
    const path = [...prefix, key]
    const required = !optional && !nullable && (object.required ?? []).includes(key)
    if (schema.type === 'object') {
      const nested = flattenObject(schema, path, optional || nullable)
      columns.push(...nested.columns)
      children.push(...nested.children)
    } else if (schema.type === 'array') {
      const items = unwrapNull(schema.items ?? {}).schema
      if (items.type === 'object') children.push({ path, items })
    } else {
      columns.push({ path, field: fieldOf(path.map(snake).join('_'), schema, required) })
    }
  }
  return { columns, children }
}

function fieldOf(name: string, s: JsonSchema, required: boolean): Field {
  if (s.type === 'integer') {
    const minimum = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : s.minimum
    return {
      name,
      type: 'integer',
      constraints: { ...(required && { required }), ...(minimum !== undefined && { minimum }) },
    }
  }
  if (s.type === 'number')
    return { name, type: 'number', constraints: required ? { required } : {} }
  if (s.type === 'boolean')
    return { name, type: 'boolean', constraints: required ? { required } : {} }
  if (s.type === 'string' && s.pattern === DECIMAL_PATTERN) {
    return { name, type: 'number', decimalChar: '.', constraints: required ? { required } : {} }
  }
  if (s.enum) {
    const values = s.enum.filter((v): v is string => typeof v === 'string')
    return {
      name,
      type: 'string',
      constraints: { ...(required && !values.includes('') && { required }), enum: values },
    }
  }
  // Text may be empty, and an empty CSV field reads as null: text is never declared required.
  return { name, type: 'string' }
}

/** The cell of a model value: strings and integers as they are, booleans spelled out. */
export function cellOf(value: unknown): string | number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  throw new TypeError(`release: cannot put a ${typeof value} in a CSV cell`)
}

export function valueAt(object: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v === null || v === undefined ? null : (v as Record<string, unknown>)[k]),
    object,
  )
}
