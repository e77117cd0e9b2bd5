import { z } from 'zod'
import { DecimalString, SourceLine } from './decimal.ts'

// DRAFT contract — owned by the narrative/performance work; extend as needed.

/** A project (项目) with its outlay and purpose, as listed in the report. */
export const Project = z.strictObject({
  index: z.number().int().positive(),
  name: z.string(),
  amount: DecimalString.nullable(),
  purpose: z.string(),
  line: SourceLine,
})
export type Project = z.infer<typeof Project>

export const Projects = z.strictObject({
  /** What the report says of the list as a whole: "7个项目 … 共涉及资金95.34万元". */
  stated: z.strictObject({ count: z.number().int(), amount: DecimalString, line: SourceLine }).nullable(),
  items: z.array(Project),
})
export type Projects = z.infer<typeof Projects>
