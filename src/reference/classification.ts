import type { ClassificationScheme } from '../model/classification.ts'
import { CLASSIFICATION_2020_TSV } from './classification-2020.tsv.ts'
import { FUNCTION_CODES_SINCE } from './classification-supplement.ts'

/** A code of 支出功能分类 or 部门预算支出经济分类, with how sure the reference is of it. */
export interface ClassificationEntry {
  scheme: ClassificationScheme
  code: string
  name: string
  parent: string | null
  /** verified-2020 | verified-2024 | verified-undated | inferred … */
  status: string
  /** The first fiscal year the code exists in, where it is newer than the 2020 list. */
  since?: number
}

const SCHEME_BY_COLUMN: Record<string, ClassificationScheme> = {
  func: 'function',
  econ_dept: 'economic',
}

function load(): Map<string, ClassificationEntry> {
  const entries = new Map<string, ClassificationEntry>()
  for (const line of CLASSIFICATION_2020_TSV.split('\n').slice(1)) {
    const [scheme, code, name, parent, , status] = line.split('\t')
    const s = scheme && SCHEME_BY_COLUMN[scheme]
    if (!s || !code || !name) continue
    entries.set(`${s}:${code}`, {
      scheme: s,
      code,
      name,
      parent: parent || null,
      status: status ?? '',
    })
  }
  for (const { code, name, since, source } of FUNCTION_CODES_SINCE) {
    const parent = code.length > 3 ? code.slice(0, code.length - 2) : null
    entries.set(`function:${code}`, {
      scheme: 'function',
      code,
      name,
      parent,
      status: `verified-${since} (${source})`,
      since,
    })
  }
  return entries
}

const ENTRIES = load()

/**
 * The reference entry of a code, for a report of `fiscalYear`: the classification changes from
 * year to year, so a code that came later than the report's year is not one of its codes.
 */
export function lookupCode(
  scheme: ClassificationScheme,
  code: string,
  fiscalYear?: number,
): ClassificationEntry | undefined {
  const entry = ENTRIES.get(`${scheme}:${code}`)
  if (entry?.since !== undefined && fiscalYear !== undefined && fiscalYear < entry.since)
    return undefined
  return entry
}

export function entriesOf(scheme: ClassificationScheme): ClassificationEntry[] {
  return [...ENTRIES.values()].filter((e) => e.scheme === scheme)
}

/** Names compare without spaces and with full-width brackets, as reports print them both ways. */
export function normalizeName(name: string): string {
  return name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')
}

/** The codes whose name is `name`, optionally only those under a code prefix. */
export function codesByName(
  scheme: ClassificationScheme,
  name: string,
  prefix = '',
): ClassificationEntry[] {
  const wanted = normalizeName(name)
  return entriesOf(scheme).filter(
    (e) => e.code.startsWith(prefix) && normalizeName(e.name) === wanted,
  )
}
