import type { z } from 'zod'
import { Report } from '../../model/report.ts'
import {
  schemaOf,
  SOURCE_LINE_FIELD,
  EXACT_DECIMALS,
  type Field,
  type Row,
  type TabularResource,
} from '../table-schema.ts'
import {
  cellOf,
  flattenObject,
  jsonSchemaOf,
  snake,
  unwrapNull,
  valueAt,
  type JsonSchema,
} from './flatten.ts'
import { COLUMN_TITLES, PART_NAMES } from './part-names.ts'

/**
 * The lists in the narrative (第三部分), the project list and the performance report (附件) as
 * tables. The lists are found in the model's schema, so a list the parser adds later becomes
 * a CSV by itself; the names in part-names.ts only make the known ones read well.
 */
export interface Naming {
  name: string
  title: string
  description: string
  /** For a list whose items hold lists: the column numbering its items, which children refer to. */
  key?: string
}

export const REPORT_PARTS = ['narrative', 'projects', 'performance'] as const

export function reportPartResources(
  report: Report,
  parts: readonly (typeof REPORT_PARTS)[number][] = REPORT_PARTS,
): TabularResource[] {
  return listsAsResources(Report, report, parts, PART_NAMES)
}

/** Every list of objects under `parts` of a value of `schema`, as tables; lists in lists as child tables. */
export function listsAsResources(
  schema: z.ZodType,
  value: unknown,
  parts: readonly string[],
  names: Record<string, Naming>,
): TabularResource[] {
  const root = jsonSchemaOf(schema)
  const resources: TabularResource[] = []
  for (const part of parts) {
    const { children } = flattenObject(unwrapNull(root.properties![part]!).schema)
    for (const child of children) {
      const path = [part, ...child.path]
      listResources(
        path,
        child.items,
        (valueAt(value, path) as unknown[] | null) ?? [],
        null,
        names,
        resources,
      )
    }
  }
  return resources
}

interface Parent {
  resource: string
  key: string
  /** The parent's number for each item of this list, in order. */
  numbers: number[]
}

function listResources(
  path: string[],
  items: JsonSchema,
  values: unknown[],
  parent: Parent | null,
  names: Record<string, Naming>,
  out: TabularResource[],
): void {
  const naming =
    names[path.join('.')] ?? defaultNaming(parent ? [parent.resource, path.at(-1)!] : path)
  const { columns, children } = flattenObject(items)
  const key = children.length ? (naming.key ?? 'item') : null
  const fields: Field[] = [
    ...(parent
      ? [
          {
            name: parent.key,
            type: 'integer' as const,
            title: `${parent.key} (${parent.resource})`,
            description: `The ${parent.key} (in ${parent.resource}) this row belongs to.`,
            constraints: { required: true, minimum: 1 },
          },
        ]
      : []),
    ...(key
      ? [
          {
            name: key,
            type: 'integer' as const,
            title: key,
            description: `The ${key}'s number: its position in the report, from 1.`,
            constraints: { required: true, minimum: 1 },
          },
        ]
      : []),
    ...columns.map((c) => documented(c.field)),
  ]
  const rows: Row[] = values.map((v, i) => [
    ...(parent ? [parent.numbers[i]!] : []),
    ...(key ? [i + 1] : []),
    ...columns.map((c) => cellOf(valueAt(v, c.path))),
  ])
  out.push({
    name: naming.name,
    title: naming.title,
    description: `${naming.description} Text as printed; decimals exact as printed; an empty field is a blank in the source.`,
    schema: schemaOf(fields),
    rows,
    candidateKeys: key ? [[key]] : [],
    candidateForeignKeys: parent
      ? [{ fields: [parent.key], reference: { resource: parent.resource, fields: [parent.key] } }]
      : [],
  })
  for (const child of children) {
    const childValues: unknown[] = []
    const numbers: number[] = []
    values.forEach((v, i) => {
      for (const c of (valueAt(v, child.path) as unknown[] | null) ?? []) {
        childValues.push(c)
        numbers.push(i + 1)
      }
    })
    listResources(
      [...path, ...child.path],
      child.items,
      childValues,
      { resource: naming.name, key: key!, numbers },
      names,
      out,
    )
  }
}

/** `performance.newList` → `performance-new-list`; a list in a list is named after its parent table. */
function defaultNaming(path: string[]): Naming {
  const name = path.map((p) => snake(p).replace(/_/g, '-')).join('-')
  return {
    name,
    title: name,
    description: `Every item of ${path.join('.')} in the report, in source order.`,
  }
}

function documented(field: Field): Field {
  const title = COLUMN_TITLES[field.name]
  const description =
    field.name === 'line' || field.name.endsWith('_line')
      ? SOURCE_LINE_FIELD.description
      : field.type === 'number' && field.decimalChar
        ? EXACT_DECIMALS
        : undefined
  return { ...field, ...(title && { title }), ...(description && { description }) }
}
