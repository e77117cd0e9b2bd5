import { COLUMN_TITLES } from './resources/part-names.ts'
import type { Field } from './table-schema.ts'

const HAS_CHINESE = /\p{Script=Han}/u
const LANGUAGE: Record<string, string> = { zh: '中文', en: '英文' }

/** `级次 (level)` → `级次`; null where the title has no Chinese. */
function chinesePart(title: string | undefined): string | null {
  const zh = title?.split(' (')[0]?.trim()
  return zh && HAS_CHINESE.test(zh) ? zh : null
}

/**
 * The Chinese column titles of a table, for the people who read it in a spreadsheet: each
 * field's title up to its English gloss (`级次 (level)` → `级次`), else the one the report's
 * columns share (COLUMN_TITLES), else the field's name. Where two columns would read the same,
 * a `_zh`/`_en` pair says （中文）/（英文） and any other pair keeps its whole title. The canonical
 * CSVs keep the English names.
 */
export function chineseTitles(fields: readonly Field[]): string[] {
  const short = fields.map(
    (f) => chinesePart(f.title) ?? chinesePart(COLUMN_TITLES[f.name]) ?? f.name,
  )
  return short.map((title, i) => {
    if (short.indexOf(title) === short.lastIndexOf(title)) return title
    const field = fields[i]!
    const language = LANGUAGE[field.name.split('_').at(-1)!]
    return language ? `${title}（${language}）` : (field.title ?? title)
  })
}
