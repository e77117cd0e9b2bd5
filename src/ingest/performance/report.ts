import type { Finding } from '../../model/finding.ts'
import type { NarrativeFigure } from '../../model/narrative.ts'
import type { Project } from '../../model/projects.ts'
import { figuresOf } from '../figures.ts'
import { itemContext, sectionHeading } from '../narrative.ts'
import type { LineRange } from '../parts.ts'
import { projectItems } from '../projects.ts'
import { type Paragraph, paragraphs } from '../prose.ts'
import { performanceReportKey } from '../subject-keys.ts'

/** A count stated in words: "本单位无内设机构" says 0, which part one may contradict. */
const NO_INTERNAL_UNITS = /(?:无|没有)内设机构/

function noInternalUnits(p: Paragraph, section: string, at: number): NarrativeFigure {
  const line = [...p.segments].reverse().find((s) => s.start <= at)?.line ?? p.line
  const sentence =
    p.text
      .slice(0, at)
      .split(/[。；]/)
      .pop()! + p.text.slice(at).split(/[。；]/)[0]!
  return {
    section,
    subject: '内设机构',
    key: 'internal_units.count',
    code: null,
    measure: 'count',
    value: '0',
    unit: '个',
    direction: null,
    base: null,
    approximate: false,
    sentence: `${sentence.trim()}。`,
    line,
  }
}

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
    const none = NO_INTERNAL_UNITS.exec(p.text)
    if (none) facts.push(noInternalUnits(p, section, none.index))
  })
  return { facts, projects: projectItems(prose) }
}
