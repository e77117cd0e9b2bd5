import { finding } from '../../model/finding-builder.ts'
import type { Report } from '../../model/report.ts'
import type { Rule } from '../rule.ts'

/**
 * 第一部分 counts the 内设机构 ("4个机构：综合室、调研室 …"); the performance report may say
 * otherwise ("本单位无内设机构"). Both cannot be true.
 */
const internalUnits: Rule = {
  ids: ['profile-internal-units-mismatch'],
  check(report: Report) {
    const { count, line } = report.profile.internalUnits
    if (count === null) return []
    return report.performance.facts
      .filter((f) => f.key === 'internal_units.count' && Number(f.value) !== count)
      .map((f) =>
        finding({
          rule: 'profile-internal-units-mismatch',
          severity: 'error',
          table: 'profile',
          row: '内设机构',
          column: 'count',
          expected: String(count),
          actual: f.value,
          line: f.line,
          zh: `绩效评价报告称“${f.sentence}”，即内设机构 ${f.value} 个，而第一部分（第 ${line} 行）列出 ${count} 个内设机构。`,
          en: `The performance report says "${f.sentence}", i.e. ${f.value} internal units, while part one (line ${line}) lists ${count}.`,
        }),
      )
  },
}

export const profileRules: readonly Rule[] = [internalUnits]
