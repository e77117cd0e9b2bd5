import type { Finding } from '../../model/finding.ts'
import type { SelfEvaluation } from '../../model/performance.ts'
import type { Report } from '../../model/report.ts'
import type { Text } from './tables/rows.ts'

/** How findings name a self-evaluation table: "第668行“值班工作经费”自评表". */
export function evaluationName(e: SelfEvaluation): Text {
  const what = e.kind === 'department' ? '部门整体支出绩效自评表' : `“${e.name}”项目支出绩效自评表`
  const whatEn =
    e.kind === 'department'
      ? 'the department-wide self-evaluation'
      : `the project self-evaluation "${e.name}"`
  return { zh: `第${e.line}行${what}`, en: `${whatEn} (line ${e.line})` }
}

/** The 年度资金 合计 row, where 分值, 执行率 and 得分 are printed. */
export const fundingTotal = (e: SelfEvaluation) => e.funding.find((f) => f.label === '合计')

/** A rule's check run on every self-evaluation table. */
export const each = (check: (e: SelfEvaluation) => Finding[]) => (report: Report) =>
  report.performance.selfEvaluations.flatMap(check)
