import { z } from 'zod'
import { Amount, DecimalString, SourceLine } from './decimal.ts'
import { Project } from './projects.ts'

// DRAFT contract — owned by the narrative/performance work; extend as needed.

/** A plain fact stated in the performance report, e.g. 年末实有人数 27 人. */
export const PerformanceFact = z.strictObject({
  subject: z.string(),
  value: DecimalString,
  unit: z.string(),
  sentence: z.string(),
  line: SourceLine,
})

/** 年度资金 rows of a self-evaluation: 合计, 其中：当年财政拨款, 上年结转资金, 其他资金. */
export const FundingRow = z.strictObject({
  label: z.string(),
  initialBudget: Amount,
  fullYearBudget: Amount,
  executed: Amount,
  /** 分值 */
  weight: Amount,
  /** 执行率 as printed, without % */
  executionRate: z.string().nullable(),
  /** 得分 */
  score: Amount,
  line: SourceLine,
})

/** One 绩效指标 row: 一级/二级/三级指标 (merged cells carried down), 指标值, 完成值, 分值, 得分. */
export const Indicator = z.strictObject({
  level1: z.string(),
  /** The weight printed in the 一级指标 label, e.g. 产出指标 (50 分) → "50". */
  level1Weight: DecimalString.nullable(),
  level2: z.string(),
  level3: z.string(),
  target: z.string(),
  actual: z.string(),
  weight: Amount,
  score: Amount,
  note: z.string().nullable(),
  line: SourceLine,
})

/** 绩效自评表: the department as a whole (部门整体支出) or one project (项目支出). */
export const SelfEvaluation = z.strictObject({
  kind: z.enum(['department', 'project']),
  name: z.string(),
  line: SourceLine,
  totalInvestment: Amount,
  funding: z.array(FundingRow),
  goals: z.strictObject({ expected: z.string(), actual: z.string() }).nullable(),
  indicators: z.array(Indicator),
  total: z.strictObject({ weight: Amount, score: Amount, grade: z.string().nullable(), line: SourceLine }),
})
export type SelfEvaluation = z.infer<typeof SelfEvaluation>

export const Performance = z.strictObject({
  facts: z.array(PerformanceFact),
  projects: z.array(Project),
  selfEvaluations: z.array(SelfEvaluation),
})
export type Performance = z.infer<typeof Performance>
