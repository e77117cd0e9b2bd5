import { z } from 'zod'
import { SourceLine } from './decimal.ts'

// DRAFT contract — owned by the narrative/performance work; extend as needed.

/** 第一部分 概况: 部门职责 and 机构设置. */
export const Profile = z.strictObject({
  duties: z.array(z.strictObject({ text: z.string(), line: SourceLine })),
  internalUnits: z.strictObject({
    count: z.number().int().nullable(),
    names: z.array(z.string()),
    line: SourceLine.nullable(),
  }),
  budgetUnits: z.strictObject({ text: z.string(), line: SourceLine }).nullable(),
})
export type Profile = z.infer<typeof Profile>
