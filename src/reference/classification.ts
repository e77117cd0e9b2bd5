import type { ClassificationScheme } from '../model/classification.ts'
import { CLASSIFICATION_2020_TSV } from './classification-2020.tsv.ts'

/** A code of 支出功能分类 or 部门预算支出经济分类, with how sure the reference is of it. */
export interface ClassificationEntry {
  scheme: ClassificationScheme
  code: string
  name: string
  parent: string | null
  /** verified-2020 | verified-2024 | verified-undated | inferred … */
  status: string
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
  return entries
}

const ENTRIES = load()

export function lookupCode(
  scheme: ClassificationScheme,
  code: string,
): ClassificationEntry | undefined {
  return ENTRIES.get(`${scheme}:${code}`)
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
