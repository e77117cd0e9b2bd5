import type { FindingTable, Severity } from '../model/finding.ts'
import { INGEST_TYPES } from './catalog/ingest.ts'
import { NARRATIVE_TYPES } from './catalog/narrative.ts'
import { PERFORMANCE_TYPES } from './catalog/performance.ts'
import { PROJECT_TYPES } from './catalog/projects.ts'
import { TABLE_TYPES } from './catalog/tables.ts'

/** Who emits a finding type: the parser (a repair or an unreadable cell) or a validation rule. */
export type Stage = 'ingest' | 'validate'

/**
 * One kind of finding, in the manner of frictionless-py's error catalogue: what a finding's
 * `rule` id means, how severe it can be and where it can point. The findings say where and by
 * how much; this says what.
 */
export interface FindingType {
  /** The `rule` of the findings of this type: a stable kebab-case id. */
  type: string
  /** Every severity a finding of this type can have. */
  severities: readonly Severity[]
  /** Every `table` a finding of this type can point at. */
  tables: readonly FindingTable[]
  stages: readonly Stage[]
  title: { zh: string; en: string }
  description: { zh: string; en: string }
}

/** The runner's own: a rule that throws is a bug in the rule, reported instead of its checks. */
const RULE_FAILED: FindingType = {
  type: 'rule-failed',
  severities: ['error'],
  tables: ['report'],
  stages: ['validate'],
  title: { zh: '校验规则运行出错', en: 'A validation rule failed' },
  description: {
    zh: '一条校验规则运行出错（程序缺陷），其核对结果缺失；提示中给出规则和原因。',
    en: 'A validation rule failed to run (a bug in the rule, not in the report) and its checks are missing; the finding names the rule and the reason.',
  },
}

/** Every finding type any code can emit, grouped by the part of the report it is about. */
export const FINDING_TYPES: readonly FindingType[] = [
  ...TABLE_TYPES,
  ...NARRATIVE_TYPES,
  ...PROJECT_TYPES,
  ...PERFORMANCE_TYPES,
  ...INGEST_TYPES,
  RULE_FAILED,
]
