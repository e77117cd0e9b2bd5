import type { Amount } from '../../model/decimal.ts'
import { finding } from '../../model/finding-builder.ts'
import type { FindingType } from '../../model/finding-types.ts'
import type { Finding, FindingTable, Severity } from '../../model/finding.ts'
import type { NarrativeFigure, NarrativeMeasure } from '../../model/narrative.ts'
import { agreement, Dec, dec, percentAgreement, plain, roundingTolerance } from '../arithmetic.ts'
import { SOFTER, withinText } from './tables/compare.ts'
import type { Text } from './tables/rows.ts'

/** How a finding names a stated figure: its section, its subject and what it measures. */
const MEASURE: Record<NarrativeMeasure, Text> = {
  amount: { zh: '', en: '' },
  budget: { zh: '预算', en: 'the budget of ' },
  share: { zh: '占比', en: 'the share of ' },
  change: { zh: '比上年增减额', en: 'the change on last year of ' },
  growth: { zh: '增减率', en: 'the growth rate of ' },
  'completion-rate': { zh: '完成率', en: 'the completion rate of ' },
  count: { zh: '', en: 'the count of ' },
  percent: { zh: '', en: '' },
}

export function stated(f: NarrativeFigure): Text {
  const unit = f.unit === '%' ? '%' : ` ${f.unit}`
  return {
    zh: `“${f.section}”所述${f.subject}${MEASURE[f.measure].zh} ${f.value}${unit}`,
    en: `${MEASURE[f.measure].en}${f.subject} stated in "${f.section}" is ${f.value}${unit}`,
  }
}

/** The exact percentage at the printed precision, trailing zeros kept ("89.0" against "88.9"). */
function percentAtPrinted(ratio: Dec, printed: string): string {
  const places = printed.replace(/\.$/, '').split('.')[1]?.length ?? 0
  return ratio.times(100).toFixed(places, Dec.ROUND_HALF_UP)
}

export interface AmountCheck {
  rule: FindingType
  table: FindingTable
  figure: NarrativeFigure
  /** What the figure should be, and what that is ("02表 合计 财政拨款收入"). */
  expected: Amount | Dec
  expectedName: Text
  /** Every printed figure the expectation is built from: their rounding is the tolerance. */
  figures: ReadonlyArray<Amount>
  /** A tendency rather than an identity: one severity lower. */
  soft?: boolean
  /** Why a reader should care, appended to the message. */
  note?: Text
}

/** A stated amount against what the tables (or other statements) make it: equal, within 尾数误差 (warning), or not (error). */
export function compareAmount(c: AmountCheck): Finding[] {
  const expected =
    typeof c.expected === 'object' && c.expected !== null ? c.expected : dec(c.expected)
  const actual = new Dec(c.figure.value)
  const figures = [c.figure.value, ...c.figures]
  const verdict = agreement(expected, actual, figures)
  if (verdict === 'equal') return []
  const severity: Severity = verdict === 'within-rounding' ? 'warning' : 'error'
  const s = stated(c.figure)
  const diff = plain(actual.minus(expected))
  const within = (lang: 'zh' | 'en') =>
    verdict === 'within-rounding' ? withinText(roundingTolerance(figures), lang) : ''
  const blank = c.expected === null
  const shown = {
    zh: blank ? '空（按 0 计）' : ` ${plain(expected)}`,
    en: blank ? 'blank (read as 0)' : plain(expected),
  }
  return [
    finding({
      rule: c.rule,
      severity: c.soft ? SOFTER[severity] : severity,
      table: c.table,
      row: c.figure.subject,
      column: c.figure.measure,
      expected: blank ? null : expected,
      actual: c.figure.value,
      line: c.figure.line,
      zh: `${s.zh}，而${c.expectedName.zh}为${shown.zh}，相差 ${diff}${within('zh')}。${c.note?.zh ?? ''}`,
      en: `${cap(s.en)}, but ${c.expectedName.en} is ${shown.en}: a difference of ${diff}${within('en')}.${c.note ? ` ${c.note.en}` : ''}`,
    }),
  ]
}

export interface PercentCheck {
  rule: FindingType
  table: FindingTable
  figure: NarrativeFigure
  ratio: Dec
  /** How the ratio is made, e.g. "02表 财政拨款收入 606.71 ÷ 本年收入合计 619.54". */
  ratioName: Text
  note?: Text
}

/**
 * A printed percentage at its printed precision: equal is fine; truncated instead of rounded is a
 * warning (a habit, not a wrong figure); anything else is an error.
 */
export function comparePercent(c: PercentCheck): Finding[] {
  const verdict = percentAgreement(c.ratio, c.figure.value)
  if (verdict === 'equal') return []
  const expected = percentAtPrinted(c.ratio, c.figure.value)
  const exact = plain(c.ratio.times(100).toDecimalPlaces(4, Dec.ROUND_HALF_UP))
  const truncated = verdict === 'truncated'
  const s = stated(c.figure)
  return [
    finding({
      rule: c.rule,
      severity: truncated ? 'warning' : 'error',
      table: c.table,
      row: c.figure.subject,
      column: c.figure.measure,
      expected,
      actual: c.figure.value,
      line: c.figure.line,
      zh: `${s.zh}，按${c.ratioName.zh}计算为 ${exact}%，应为 ${expected}%${truncated ? '（印出的是截尾而非四舍五入）' : ''}。${c.note?.zh ?? ''}`,
      en: `${cap(s.en)}, but ${c.ratioName.en} is ${exact}%, which is ${expected}% at the printed precision${truncated ? ' (the printed figure is truncated, not rounded)' : ''}.${c.note ? ` ${c.note.en}` : ''}`,
    }),
  ]
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
