import { z } from 'zod'
import { Amount, DecimalString, PercentString, SourceLine } from './decimal.ts'
import { NarrativeFigure } from './narrative.ts'
import { Project } from './projects.ts'

/** 年度资金 rows of a self-evaluation: 合计, 其中：当年财政拨款, 上年结转资金, 其他资金. */
export const FundingRow = z.strictObject({
  label: z.string(),
  /** 年初预算数 */
  initialBudget: Amount,
  /** 全年预算数 */
  fullYearBudget: Amount,
  /** 全年执行数 */
  executed: Amount,
  /** 分值 */
  weight: Amount,
  /** 执行率 as printed, without % (and without the spaces extraction puts inside: "100 %" → "100"). */
  executionRate: PercentString.nullable(),
  /** 得分 (分值 × 执行率) */
  score: Amount,
  line: SourceLine,
})
export type FundingRow = z.infer<typeof FundingRow>

/** One 绩效指标 row: 一级/二级/三级指标 (merged cells carried down), 指标值, 完成值, 分值, 得分. */
export const Indicator = z.strictObject({
  /** 产出指标, 效益指标, 满意度指标 (spaces removed). */
  level1: z.string(),
  /** The weight printed in the 一级指标 label, e.g. 产出指标 (50 分) → "50". */
  level1Weight: DecimalString.nullable(),
  level2: z.string(),
  /** Empty where the row names only its 二级指标 (an unused category). */
  level3: z.string(),
  /** 年度指标值 */
  target: z.string(),
  /** 实际完成值, as printed ("98.%" stays "98.%"). */
  actual: z.string(),
  /** 分值 */
  weight: Amount,
  /** 得分 */
  score: Amount,
  /** 偏差原因分析及改进措施 */
  note: z.string().nullable(),
  line: SourceLine,
})
export type Indicator = z.infer<typeof Indicator>

/** 总分: its weight (100), the score, and 等级 (优/良/中/差) or null where none is printed. */
export const EvaluationTotal = z.strictObject({
  weight: Amount,
  score: Amount,
  grade: z.string().nullable(),
  line: SourceLine,
})
export type EvaluationTotal = z.infer<typeof EvaluationTotal>

/** 绩效自评表: the department as a whole (部门整体支出) or one project (项目支出). */
export const SelfEvaluation = z.strictObject({
  kind: z.enum(['department', 'project']),
  /** The title as printed, e.g. 2020 年度项目支出绩效自评表. */
  title: z.string(),
  /** The title's line. */
  line: SourceLine,
  /** 部门名称 as printed. */
  department: z.string().nullable(),
  /** 专项名称 for a project; 部门名称 for the department table. */
  name: z.string(),
  /** 支出方向名称（子项目）. */
  subProject: z.string().nullable(),
  /** 项目总投资（万元） and its 其中：财政拨款. */
  totalInvestment: Amount,
  fiscalInvestment: Amount,
  /** 项目总实施期, e.g. "2020年". */
  period: z.string().nullable(),
  funding: z.array(FundingRow),
  /** 年度总体目标: 预期目标 and 实际完成情况; null fields where the row is left empty. */
  goals: z
    .strictObject({
      expected: z.string().nullable(),
      actual: z.string().nullable(),
      line: SourceLine,
    })
    .nullable(),
  indicators: z.array(Indicator),
  total: EvaluationTotal.nullable(),
})
export type SelfEvaluation = z.infer<typeof SelfEvaluation>

export const Performance = z.strictObject({
  /** Figures stated in the performance report's prose: 年末实有人数 27 人, 基本支出 511.37 万元 … */
  facts: z.array(NarrativeFigure),
  /** The report's project list: (二) 项目支出绩效情况 (1) … */
  projects: z.array(Project),
  selfEvaluations: z.array(SelfEvaluation),
})
export type Performance = z.infer<typeof Performance>
