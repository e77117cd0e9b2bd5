import type { Finding } from '../../model/finding.ts'
import type { NarrativeFigure } from '../../model/narrative.ts'
import type { Project } from '../../model/projects.ts'
import { figuresOf } from '../figures.ts'
import { itemContext, sectionHeading } from '../narrative.ts'
import type { LineRange } from '../parts.ts'
import { projectItems } from '../projects.ts'
import { paragraphs } from '../prose.ts'
import { performanceReportKey } from '../subject-keys.ts'

/**
 * The performance report's prose (部门整体支出绩效评价报告, before the self-evaluation tables):
 * every figure it states, keyed where it is one the rules check (年末实有人数, 收入, 基本支出 …),
 * and its project list (二) (1) … (n). A project's 项目支出 is in `projects`, not repeated in facts.
 */
export function readReport(
  lines: readonly string[],
  range: LineRange,
  findings: Finding[],
): { facts: NarrativeFigure[]; projects: Project[] } {
  const prose = paragraphs(lines, range, 'performance', findings)
  const facts: NarrativeFigure[] = []
  let section = ''
  prose.forEach((p, k) => {
    const heading = sectionHeading(p)
    if (heading) section = heading.heading
    const scope = {
      section,
      context: itemContext(prose[k - 1]),
      resolve: performanceReportKey,
      table: 'performance' as const,
    }
    facts.push(...figuresOf(p, scope, findings).filter((f) => f.key !== 'project.amount'))
  })
  return { facts, projects: projectItems(prose) }
}
