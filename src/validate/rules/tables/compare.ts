import type { Amount } from '../../../model/decimal.ts'
import { finding } from '../../../model/finding-builder.ts'
import type { FindingType } from '../../../model/finding-types.ts'
import type { Finding, FindingTable, Severity } from '../../../model/finding.ts'
import type { Side, TableId } from '../../../model/tables.ts'
import { agreement, Dec, dec, plain, roundingTolerance } from '../../arithmetic.ts'
import type { Figure, Text } from './rows.ts'

/** A term of a sum; `minus` subtracts it (年末 = 年初 + 收入 − 支出). */
export interface Term extends Figure {
  minus?: boolean
}

/** Where a finding points: its table, row, column and source line. */
export interface Place {
  table: FindingTable
  row: string
  column: string | null
  line: number | null
  /** Names the place in messages, e.g. "02表 201 一般公共服务支出"; omitted when the figures say it. */
  where?: Text
}

export interface SumCheck extends Place {
  /** Rule id when the printed figure disagrees with the sum. */
  rule: FindingType
  /** The printed figure that should equal the sum. */
  total: Figure
  terms: readonly Term[]
  /** What the sum is, e.g. "各项收入之和" / "the sum of the six sources". */
  termsName: Text
  /**
   * A tendency rather than an identity (08 年末 ≈ 年初 + 收入 − 支出): findings one severity
   * lower.
   */
  soft?: boolean
  /**
   * How a blank `total` over a non-zero sum is reported: `missing` — a total left unprinted
   * (`total-missing`, warning: nothing printed is contradicted, the figure can be recovered);
   * `zero` — as the figure 0 (used across tables, where blank means none).
   */
  blankTotal?: 'missing' | 'zero'
}

/** One severity lower, for a tendency rather than an identity. */
export const SOFTER: Record<Severity, Severity> = {
  error: 'warning',
  warning: 'info',
  info: 'info',
}

/** A figure in a message: as printed, or 空 / blank. */
export const show = (value: Amount, lang: 'zh' | 'en') => value ?? (lang === 'zh' ? '空' : 'blank')

/** The terms as printed: a few are all shown, blanks too; longer lists drop blanks, then only count. */
function termsText(terms: readonly Term[], lang: 'zh' | 'en'): string {
  const printed = terms.length <= 3 ? terms : terms.filter((t) => t.value !== null)
  if (printed.every((t) => t.value === null)) return lang === 'zh' ? '各项均为空' : 'all blank'
  if (printed.length > 6) {
    return lang === 'zh' ? `${printed.length} 项非空` : `${printed.length} figures printed`
  }
  return printed
    .map(
      (t, k) =>
        `${k === 0 ? (t.minus ? '−' : '') : t.minus ? ' − ' : ' + '}${t[lang]} ${show(t.value, lang)}`,
    )
    .join('')
}

const prefix = (where: Text | undefined, lang: 'zh' | 'en') =>
  where ? `${where[lang]}${lang === 'zh' ? '：' : ': '}` : ''

/** "，在尾数误差范围内（容差 0.01）": said of a difference the rounding of the figures allows. */
export function withinText(tolerance: Dec, lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? `，在尾数误差范围内（容差 ${plain(tolerance)}）`
    : `, within rounding (尾数误差, tolerance ${plain(tolerance)})`
}

/** "为 606.71" / "为空", "is 606.71" / "is blank". */
const is = (value: Amount, lang: 'zh' | 'en') =>
  lang === 'zh'
    ? value === null
      ? '为空'
      : `为 ${value}`
    : value === null
      ? 'is blank'
      : `is ${value}`

/** "各类之和为 606.72（201 586.37 + 214 20.35）"; a single figure is just stated. */
function sumText(c: SumCheck, expected: Dec, lang: 'zh' | 'en'): string {
  const [only] = c.terms
  if (c.terms.length === 1 && !only!.minus)
    return `${c.termsName[lang]}${lang === 'zh' ? '' : ' '}${is(only!.value, lang)}`
  const open = lang === 'zh' ? '（' : ' ('
  const close = lang === 'zh' ? '）' : ')'
  return `${c.termsName[lang]}${lang === 'zh' ? '' : ' '}${is(plain(expected), lang)}${open}${termsText(c.terms, lang)}${close}`
}

function signedSum(terms: readonly Term[]): Dec {
  return terms.reduce<Dec>(
    (acc, t) => (t.minus ? acc.minus(dec(t.value)) : acc.plus(dec(t.value))),
    new Dec(0),
  )
}

/** total = Σ terms: nothing when equal, warning within rounding (尾数误差), error beyond. */
export function checkSum(c: SumCheck): Finding[] {
  const expected = signedSum(c.terms)
  const figures = [c.total.value, ...c.terms.map((t) => t.value)]
  const base = { table: c.table, row: c.row, column: c.column, line: c.line, expected }
  if (c.total.value === null && (c.blankTotal ?? 'missing') === 'missing') {
    if (expected.isZero()) return []
    return [
      finding({
        ...base,
        rule: 'total-missing',
        severity: c.soft ? 'info' : 'warning',
        actual: null,
        zh: `${prefix(c.where, 'zh')}${c.total.zh}为空，但${sumText(c, expected, 'zh')}。`,
        en: `${prefix(c.where, 'en')}${c.total.en} is blank, but ${sumText(c, expected, 'en')}.`,
      }),
    ]
  }
  const actual = dec(c.total.value)
  const verdict = agreement(expected, actual, figures)
  if (verdict === 'equal') return []
  const severity: Severity = verdict === 'within-rounding' ? 'warning' : 'error'
  const diff = plain(actual.minus(expected))
  const tolerance = roundingTolerance(figures)
  const within = (lang: 'zh' | 'en') =>
    verdict === 'within-rounding' ? withinText(tolerance, lang) : ''
  return [
    finding({
      ...base,
      rule: c.rule,
      severity: c.soft ? SOFTER[severity] : severity,
      actual: c.total.value,
      zh: `${prefix(c.where, 'zh')}${c.total.zh}${is(c.total.value, 'zh')}，而${sumText(c, expected, 'zh')}，相差 ${diff}${within('zh')}。`,
      en: `${prefix(c.where, 'en')}${c.total.en} ${is(c.total.value, 'en')} but ${sumText(c, expected, 'en')}, a difference of ${diff}${within('en')}.`,
    }),
  ]
}

/** a = b across tables, blank counting as zero: one figure against one. */
export function checkEqual(
  place: Place & { rule: FindingType; value: Figure; other: Figure; soft?: boolean },
): Finding[] {
  return checkSum({
    ...place,
    total: place.value,
    terms: [place.other],
    termsName: { zh: place.other.zh, en: place.other.en },
    blankTotal: 'zero',
  })
}

export interface BoundCheck extends Place {
  rule: FindingType
  /** The figure that must not exceed `bound`. */
  value: Figure
  bound: Figure
  soft?: boolean
}

/** value ≤ bound (blank counts as zero): an excess within rounding is a warning, beyond it an error. */
export function checkAtMost(c: BoundCheck): Finding[] {
  const excess = dec(c.value.value).minus(dec(c.bound.value))
  if (excess.lte(0)) return []
  const figures = [c.value.value, c.bound.value]
  const tolerance = roundingTolerance(figures)
  const within = excess.lte(tolerance)
  const severity: Severity = within ? 'warning' : 'error'
  const note = (lang: 'zh' | 'en') => (within ? withinText(tolerance, lang) : '')
  return [
    finding({
      rule: c.rule,
      severity: c.soft ? SOFTER[severity] : severity,
      table: c.table,
      row: c.row,
      column: c.column,
      line: c.line,
      expected: c.bound.value,
      actual: c.value.value,
      zh: `${prefix(c.where, 'zh')}${c.value.zh} ${show(c.value.value, 'zh')} 超过${c.bound.zh} ${show(c.bound.value, 'zh')}，多出 ${plain(excess)}${note('zh')}。`,
      en: `${prefix(c.where, 'en')}${c.value.en} ${show(c.value.value, 'en')} exceeds ${c.bound.en} ${show(c.bound.value, 'en')} by ${plain(excess)}${note('en')}.`,
    }),
  ]
}

/** A summary line that an identity needs is not in the table (e.g. 本年收入合计). */
export function lineMissing(table: TableId, side: Side | null, name: string): Finding[] {
  const sideZh = side === 'income' ? '收入方' : side === 'expenditure' ? '支出方' : ''
  const sideEn = side ? ` on the ${side} side` : ''
  return [
    finding({
      rule: 'summary-line-missing',
      severity: 'warning',
      table,
      row: name,
      zh: `${table}表${sideZh}没有“${name}”一行，相关的勾稽关系无法核对。`,
      en: `Table ${table} has no line "${name}"${sideEn}; the identities that use it cannot be checked.`,
    }),
  ]
}
