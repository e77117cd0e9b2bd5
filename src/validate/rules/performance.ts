import type { Rule } from '../rule.ts'
import { performanceFacts } from './performance-facts.ts'
import { selfEvaluationFunding } from './performance-funding.ts'
import { selfEvaluationRows } from './performance-indicators.ts'
import { selfEvaluationScores } from './performance-scores.ts'

/** 第五部分: the performance report's figures and every 绩效自评表. */
export const performanceRules: readonly Rule[] = [
  performanceFacts,
  ...selfEvaluationScores,
  ...selfEvaluationRows,
  ...selfEvaluationFunding,
]
