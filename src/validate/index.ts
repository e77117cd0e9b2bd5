import { finding } from '../model/finding-builder.ts'
import { compareFindings, type Finding } from '../model/finding.ts'
import type { Report } from '../model/report.ts'
import type { Rule } from './rule.ts'
import {
  narrativeRules,
  performanceRules,
  profileRules,
  projectRules,
  tableRules,
} from './rules/index.ts'

export type { Rule } from './rule.ts'

/** Every rule, in the order they run (the findings are sorted afterwards anyway). */
export const RULES: readonly Rule[] = [
  ...tableRules,
  ...narrativeRules,
  ...projectRules,
  ...performanceRules,
  ...profileRules,
]

/** A rule that throws is a bug in the rule, not in the report: it becomes one finding, not a 500. */
function runRule(rule: Rule, report: Report): Finding[] {
  try {
    return rule.check(report)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [
      finding({
        rule: 'rule-failed',
        severity: 'error',
        table: 'report',
        zh: `校验规则（${rule.ids.join('、')}）运行出错，其结果缺失：${reason}`,
        en: `The validation rule (${rule.ids.join(', ')}) failed and its checks are missing: ${reason}`,
      }),
    ]
  }
}

/** Runs every rule over the report: findings in the one order (by line, severity, rule, row). */
export function validate(report: Report, rules: readonly Rule[] = RULES): Finding[] {
  return rules.flatMap((rule) => runRule(rule, report)).sort(compareFindings)
}

export interface Summary {
  /** No errors (warnings and infos do not make a report invalid). */
  valid: boolean
  stats: { errors: number; warnings: number; infos: number }
}

export function summarize(findings: readonly Finding[]): Summary {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length
  const stats = { errors: count('error'), warnings: count('warning'), infos: count('info') }
  return { valid: stats.errors === 0, stats }
}
