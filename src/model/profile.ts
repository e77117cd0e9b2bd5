import { z } from 'zod'
import { SourceLine } from './decimal.ts'

/** One 部门职责 line: numbered （一）… or one of the unnumbered lines after the list. */
export const Duty = z.strictObject({
  /** The numeral as printed (一, 二 … 十一), or null for an unnumbered line. */
  number: z.string().nullable(),
  text: z.string(),
  line: SourceLine,
})
export type Duty = z.infer<typeof Duty>

/** 第一部分 概况: 部门职责 and 机构设置. */
export const Profile = z.strictObject({
  duties: z.array(Duty),
  /** 内设机构: "4个机构：综合室、调研室 …" → count 4 and the names as printed. */
  internalUnits: z.strictObject({
    count: z.number().int().nullable(),
    names: z.array(z.string()),
    line: SourceLine.nullable(),
  }),
  /** 决算单位构成, the sentence as printed. */
  budgetUnits: z.strictObject({ text: z.string(), line: SourceLine }).nullable(),
})
export type Profile = z.infer<typeof Profile>
