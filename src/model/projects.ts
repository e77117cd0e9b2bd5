import { z } from 'zod'
import { DecimalString, SourceLine } from './decimal.ts'

/** A project (项目) with its outlay and purpose, as listed in the report. */
export const Project = z.strictObject({
  /** (1) → 1 */
  index: z.number().int().positive(),
  name: z.string(),
  /** 项目支出 … 万元 */
  amount: DecimalString.nullable(),
  /** 主要用于 …, paragraphs split by a page break rejoined. */
  purpose: z.string(),
  /** The line of the name. */
  line: SourceLine,
  /** The line of the amount. */
  amountLine: SourceLine.nullable(),
})
export type Project = z.infer<typeof Project>

export const Projects = z.strictObject({
  /** What the report says of the list as a whole: "7个项目 … 共涉及资金95.34万元". */
  stated: z
    .strictObject({
      count: z.number().int().nullable(),
      amount: DecimalString.nullable(),
      line: SourceLine,
    })
    .nullable(),
  items: z.array(Project),
})
export type Projects = z.infer<typeof Projects>
