import { checkForeignKey, checkUnique, type CheckedTable } from './check.ts'
import { csvRecords } from './csv.ts'
import type { TabularResource } from './table-schema.ts'

/**
 * Declares the keys that hold on this release's data: a key or foreign key that the data broke
 * would make the package invalid, so candidates are tried and only the true ones are written.
 */
export function declareKeys(resources: readonly TabularResource[]): TabularResource[] {
  const tables = new Map<string, CheckedTable>(
    resources.map((r) => [
      r.name,
      {
        name: r.name,
        schema: r.schema,
        header: r.schema.fields.map((f) => f.name),
        records: csvRecords(r),
      },
    ]),
  )
  return resources.map((r) => {
    const t = tables.get(r.name)!
    const schema = { ...r.schema }
    const key = (r.candidateKeys ?? []).find((k) => checkUnique(t, k, false).length === 0)
    if (key) {
      if (checkUnique(t, key, true).length === 0) schema.primaryKey = key
      else schema.uniqueKeys = [key]
    }
    const foreignKeys = (r.candidateForeignKeys ?? []).filter(
      (fk) => checkForeignKey(t, fk, tables).length === 0,
    )
    if (foreignKeys.length) schema.foreignKeys = foreignKeys
    return { ...r, schema }
  })
}
