import type { Amount } from '../../model/decimal.ts'
import { finding } from '../../model/finding-builder.ts'
import type { FindingType } from '../../model/finding-types.ts'
import type { Finding, FindingTable } from '../../model/finding.ts'
import { agreement, dec, roundingTolerance } from '../arithmetic.ts'
import { show, withinText } from './tables/compare.ts'
import type { Text } from './tables/rows.ts'

/** One amount printed in two places, or printed and computed: where it stands and how it reads. */
export interface AmountPair {
  rule: FindingType
  table: FindingTable
  row: string
  column: string
  line: number | null
  /** What the figures are in, leading the message ("第668行…自评表", in English "In …"). */
  context?: Text
  printed: { text: Text; value: Amount }
  /** Said after the printed figure, e.g. " 万元". */
  unit?: string
  expected: { text: Text; value: Amount }
  /** Every printed figure behind the two, whose rounding is the tolerance; by default the two. */
  figures?: ReadonlyArray<Amount>
}

/** The two agree: equal, within 尾数误差 (warning), or not (error). */
export function amountsAgree(c: AmountPair): Finding[] {
  const figures = c.figures ?? [c.printed.value, c.expected.value]
  const verdict = agreement(dec(c.expected.value), dec(c.printed.value), figures)
  if (verdict === 'equal') return []
  const within = (lang: 'zh' | 'en') =>
    verdict === 'within-rounding' ? withinText(roundingTolerance(figures), lang) : ''
  const unit = c.unit ?? ''
  return [
    finding({
      rule: c.rule,
      severity: verdict === 'within-rounding' ? 'warning' : 'error',
      table: c.table,
      row: c.row,
      column: c.column,
      expected: c.expected.value,
      actual: c.printed.value,
      line: c.line,
      zh: `${c.context?.zh ?? ''}${c.printed.text.zh}为 ${show(c.printed.value, 'zh')}${unit}，而${c.expected.text.zh}为 ${show(c.expected.value, 'zh')}${within('zh')}。`,
      en: `${c.context ? `In ${c.context.en} ` : ''}${c.printed.text.en} is ${show(c.printed.value, 'en')}${unit}, but ${c.expected.text.en} is ${show(c.expected.value, 'en')}${within('en')}.`,
    }),
  ]
}
