import type { FindingTable, Severity } from './finding.ts'
import { INGEST_TYPES } from './finding-types/ingest.ts'
import { NARRATIVE_TYPES } from './finding-types/narrative.ts'
import { PERFORMANCE_TYPES } from './finding-types/performance.ts'
import { PROJECT_TYPES } from './finding-types/projects.ts'
import { RELEASE_TYPES } from './finding-types/release.ts'
import { TABLE_TYPES } from './finding-types/tables.ts'

/**
 * Who emits a finding type: the parser (a repair or an unreadable cell), a validation rule, or
 * the release builder (about the files it writes, e.g. a cell neutralised in an Excel twin).
 */
export const STAGES = ['ingest', 'validate', 'release'] as const
export type Stage = (typeof STAGES)[number]

/**
 * One kind of finding, in the manner of frictionless-py's error catalogue: what a finding's
 * `rule` id means, how severe it can be and where it can point. The findings say where and by
 * how much; this says what.
 */
export interface FindingTypeEntry {
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
const RULE_FAILED = {
  type: 'rule-failed',
  severities: ['error'],
  tables: ['report'],
  stages: ['validate'],
  title: { zh: '校验规则运行出错', en: 'A validation rule failed' },
  description: {
    zh: '一条校验规则运行出错（程序缺陷），其核对结果缺失；提示中给出规则和原因。',
    en: 'A validation rule failed to run (a bug in the rule, not in the report) and its checks are missing; the finding names the rule and the reason.',
  },
} as const satisfies FindingTypeEntry

const ENTRIES = [
  ...TABLE_TYPES,
  ...NARRATIVE_TYPES,
  ...PROJECT_TYPES,
  ...PERFORMANCE_TYPES,
  ...INGEST_TYPES,
  ...RELEASE_TYPES,
  RULE_FAILED,
] as const

/**
 * Every `rule` id our code may emit. Finding.rule stays any kebab-case string (findings read
 * from outside may carry ids this version does not know); this is for the code that makes them,
 * so that a misspelt id fails the type check.
 */
export type FindingType = (typeof ENTRIES)[number]['type']

/** Every finding type any code can emit, grouped by the part of the report it is about. */
export const FINDING_TYPES: readonly FindingTypeEntry[] = ENTRIES
