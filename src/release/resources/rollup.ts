import type { Tables, TableId } from '../../model/tables.ts'

type AnyRow = Tables[TableId]['rows'][number]

/**
 * What a printed row is in its table's arithmetic, so that a plain sum of the `leaf` rows of one
 * table, side and measure gives the printed total instead of counting figures twice:
 *
 * - `total`: the grand total of the table or side: 总计, else 合计 (a table whose only row is its
 *   合计, like 公开07表, has nothing under it: that row is a leaf);
 * - `subtotal`: a 合计 under a 总计 (本年收入合计), a 小计, a 类 or 款 with rows of its code below
 *   it, and a 结转和结余 line followed by its split by fund (一般公共预算财政拨款 …);
 * - `part`: a 其中 line, a part of the line above it and counted there;
 * - `leaf`: every other row.
 */
export const ROLLUPS = ['leaf', 'subtotal', 'total', 'part'] as const
export type Rollup = (typeof ROLLUPS)[number]

/** The split of a balance line by fund in 公开04表: rows that add up to the line above them. */
const FUND_SPLIT = new Set([
  '一般公共预算财政拨款',
  '政府性基金预算财政拨款',
  '国有资本经营预算财政拨款',
])

const bare = (label: string) => label.replace(/\s+/g, '')

/** The rollup of each row of one table, in the rows' order. */
export function rollups(rows: readonly AnyRow[]): Rollup[] {
  const out: Rollup[] = rows.map(() => 'leaf')
  const sides = new Map<string, number[]>()
  rows.forEach((r, i) => {
    const key = r.side ?? ''
    sides.set(key, [...(sides.get(key) ?? []), i])
  })
  for (const indexes of sides.values()) {
    const hasGrandTotal = indexes.some((i) => bare(rows[i]!.label) === '总计')
    for (const [n, i] of indexes.entries()) {
      const r = rows[i]!
      const label = bare(r.label)
      if (r.code === null && label === '总计') out[i] = 'total'
      else if (r.code === null && label.includes('合计'))
        out[i] = hasGrandTotal ? 'subtotal' : indexes.length > 1 ? 'total' : 'leaf'
      else if (r.code === null && label.includes('小计')) out[i] = 'subtotal'
      else if (label.startsWith('其中')) out[i] = 'part'
      else if (r.code !== null && (r.level === 'class' || r.level === 'section')) {
        const code = r.code
        const below = (j: number) => {
          const c = rows[j]!.code
          return c !== null && c.length > code.length && c.startsWith(code)
        }
        if (indexes.some(below)) out[i] = 'subtotal'
      } else if (label.endsWith('结转和结余')) {
        const next = indexes[n + 1]
        if (next !== undefined && FUND_SPLIT.has(bare(rows[next]!.label))) out[i] = 'subtotal'
      }
    }
  }
  return out
}
