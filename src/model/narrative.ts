import { z } from 'zod'
import { DecimalString, SourceLine } from './decimal.ts'

// DRAFT contract — owned by the narrative/performance work; extend as needed.

export const NarrativeMeasure = z.enum([
  'amount', // 金额 (万元)
  'share', // 占 …%
  'change', // 增加/减少 … 万元 against last year
  'growth', // 增长/减少 …%
  'budget', // 年初预算 / 预算
  'completion-rate', // 完成 …%
  'count', // 人, 个, 辆, 人次 …
])
export type NarrativeMeasure = z.infer<typeof NarrativeMeasure>

/** One figure stated in 第三部分, tied to its sentence and line. */
export const NarrativeFigure = z.strictObject({
  /** The heading of the section it stands in, e.g. 二、收入决算情况说明. */
  section: z.string(),
  /** What the figure is of, as printed: 财政拨款收入, 行政运行, 公务接待费 … */
  subject: z.string(),
  measure: NarrativeMeasure,
  value: DecimalString,
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']).nullable(),
  sentence: z.string(),
  line: SourceLine,
})
export type NarrativeFigure = z.infer<typeof NarrativeFigure>

export const Narrative = z.strictObject({
  sections: z.array(z.strictObject({ heading: z.string(), line: SourceLine, text: z.string() })),
  figures: z.array(NarrativeFigure),
})
export type Narrative = z.infer<typeof Narrative>
