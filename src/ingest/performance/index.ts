import type { Finding } from '../../model/finding.ts'
import type { Performance } from '../../model/performance.ts'
import type { Parts } from '../parts.ts'
import type { Parsed } from '../prose.ts'
import { readReport } from './report.ts'
import { isSelfEvaluationTitle, readSelfEvaluation } from './self-evaluation.ts'

/**
 * 第五部分 附件: the performance report (facts and project list) and every 绩效自评表 after it
 * (部门整体支出 and 项目支出), found by title. Each table runs to the next title or the end.
 */
export function parsePerformance(lines: readonly string[], parts: Parts): Parsed<Performance> {
  const findings: Finding[] = []
  if (!parts.annexes) return { value: { facts: [], projects: [], selfEvaluations: [] }, findings }
  const [start, end] = parts.annexes
  const titles: number[] = []
  for (let i = start; i < end; i++) if (isSelfEvaluationTitle(lines[i]!)) titles.push(i)
  const { facts, projects } = readReport(lines, [start, titles[0] ?? end], findings)
  const selfEvaluations = titles.map((t, k) =>
    readSelfEvaluation(lines, t, titles[k + 1] ?? end, findings),
  )
  return { value: { facts, projects, selfEvaluations }, findings }
}
