import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { Project } from '../../model/projects.ts'
import type { Report } from '../../model/report.ts'
import { normalizeName } from '../../reference/classification.ts'
import { plain, sum } from '../arithmetic.ts'
import type { Rule } from '../rule.ts'
import { amountsAgree, type AmountPair } from './amounts-agree.ts'
import { cellFigure, isTotalRow } from './tables/rows.ts'

/** What amountsAgree needs to know of the project list's amounts: where they are, and in 万元. */
const LISTED = { table: 'projects', unit: ' 万元' } as const

/** "7个项目 … 共涉及资金95.34万元" against the list under it, and against 05/03 项目支出. */
function stated(report: Report): Finding[] {
  const { stated: s, items } = report.projects
  if (!s) return []
  const findings: Finding[] = []
  if (s.count !== null && s.count !== items.length) {
    findings.push(
      finding({
        rule: 'projects-count-mismatch',
        severity: 'error',
        table: 'projects',
        row: '项目数',
        expected: String(items.length),
        actual: String(s.count),
        line: s.line,
        zh: `第三部分称对 ${s.count} 个项目开展了绩效自评，但其下列出 ${items.length} 个项目。`,
        en: `Part three says ${s.count} projects were self-evaluated, but it lists ${items.length}.`,
      }),
    )
  }
  const evaluated = report.performance.selfEvaluations.filter((e) => e.kind === 'project').length
  if (s.count !== null && s.count !== evaluated) {
    findings.push(
      finding({
        rule: 'projects-count-mismatch',
        severity: 'error',
        table: 'projects',
        row: '项目数',
        expected: String(evaluated),
        actual: String(s.count),
        line: s.line,
        zh: `第三部分称对 ${s.count} 个项目开展了绩效自评，但附件中有 ${evaluated} 张项目支出绩效自评表。`,
        en: `Part three says ${s.count} projects were self-evaluated, but the annex holds ${evaluated} project self-evaluation tables.`,
      }),
    )
  }
  if (s.amount === null) return findings
  const listed = items.map((p) => p.amount)
  const text = { zh: '第三部分所述项目资金合计', en: 'the project funds stated in part three' }
  const total = { text, value: s.amount }
  const place = { row: '共涉及资金', column: 'amount', line: s.line }
  findings.push(
    ...amountsAgree({
      ...LISTED,
      ...place,
      rule: 'projects-total-mismatch',
      printed: total,
      expected: {
        text: {
          zh: `所列各项目支出之和（${listed.join(' + ')}）`,
          en: `the sum of the projects listed (${listed.join(' + ')})`,
        },
        value: plain(sum(listed)),
      },
    }),
  )
  for (const id of ['05', '03'] as const) {
    const row = report.tables[id].rows.find(isTotalRow)
    const cell = cellFigure(id, row, 'project_expenditure', '合计')
    findings.push(
      ...amountsAgree({
        ...LISTED,
        ...place,
        rule: 'projects-total-vs-table',
        printed: total,
        expected: { text: cell, value: cell.value },
      }),
    )
  }
  return findings
}

/** The list in part three against the performance report's list (part five), by number. */
function lists(report: Report): Finding[] {
  const there = new Map(report.performance.projects.map((p) => [p.index, p]))
  if (report.performance.projects.length === 0) return []
  const indexes = [
    ...new Set([...report.projects.items.map((p) => p.index), ...there.keys()]),
  ].sort((a, b) => a - b)
  return indexes.flatMap((index) => {
    const here = report.projects.items.find((p) => p.index === index)
    const other = there.get(index)
    if (!here || !other) {
      const p = (here ?? other)!
      return [
        finding({
          rule: 'projects-list-mismatch',
          severity: 'error',
          table: 'projects',
          row: p.name,
          line: p.line,
          zh: `项目（${index}）${p.name}只列在${here ? '第三部分' : '绩效评价报告'}，另一处的项目清单中没有。`,
          en: `Project (${index}) ${p.name} is listed only in ${here ? 'part three' : 'the performance report'}, not in the other list.`,
        }),
      ]
    }
    const findings: Finding[] = []
    if (normalizeName(here.name) !== normalizeName(other.name)) {
      findings.push(
        finding({
          rule: 'projects-list-mismatch',
          severity: 'error',
          table: 'projects',
          row: here.name,
          column: 'name',
          line: here.line,
          zh: `项目（${index}）在第三部分名为“${here.name}”，在绩效评价报告（第${other.line}行）名为“${other.name}”。`,
          en: `Project (${index}) is named "${here.name}" in part three but "${other.name}" in the performance report (line ${other.line}).`,
        }),
      )
    }
    const text = (p: Project, zh: string, en: string) => ({
      zh: `${zh}项目（${index}）${p.name}的项目支出`,
      en: `the outlay of project (${index}) ${p.name} in ${en}`,
    })
    findings.push(
      ...amountsAgree({
        ...LISTED,
        rule: 'projects-list-mismatch',
        row: here.name,
        column: 'amount',
        line: here.amountLine ?? here.line,
        printed: { text: text(here, '第三部分', 'part three'), value: here.amount },
        expected: {
          text: text(
            other,
            `绩效评价报告第${other.amountLine ?? other.line}行`,
            `the performance report (line ${other.amountLine ?? other.line})`,
          ),
          value: other.amount,
        },
      }),
    )
    return findings
  })
}

/** Each listed project against its 项目支出绩效自评表: 项目总投资 and 全年执行数. */
function selfEvaluations(report: Report): Finding[] {
  const tables = report.performance.selfEvaluations.filter((e) => e.kind === 'project')
  if (report.performance.selfEvaluations.length === 0) return []
  const findings = report.projects.items.flatMap((p) => {
    const e = tables.find((t) => normalizeName(t.name) === normalizeName(p.name))
    if (!e) {
      return [
        finding({
          rule: 'projects-self-evaluation-missing',
          severity: 'error',
          table: 'projects',
          row: p.name,
          line: p.line,
          zh: `项目（${p.index}）${p.name}没有对应的项目支出绩效自评表。`,
          en: `Project (${p.index}) ${p.name} has no 项目支出绩效自评表 (project self-evaluation).`,
        }),
      ]
    }
    const stated = {
      text: {
        zh: `第三部分项目（${p.index}）${p.name}的项目支出`,
        en: `the outlay of project (${p.index}) ${p.name} in part three`,
      },
      value: p.amount,
    }
    const place: Pick<AmountPair, 'rule' | 'row' | 'line'> = {
      rule: 'projects-self-evaluation-mismatch',
      row: p.name,
      line: p.amountLine ?? p.line,
    }
    const executed = e.funding.find((f) => f.label === '合计')?.executed ?? null
    return [
      ...amountsAgree({
        ...LISTED,
        ...place,
        column: 'total_investment',
        printed: stated,
        expected: {
          text: {
            zh: `第${e.line}行自评表的项目总投资`,
            en: `项目总投资 in the self-evaluation at line ${e.line}`,
          },
          value: e.totalInvestment,
        },
      }),
      ...amountsAgree({
        ...LISTED,
        ...place,
        column: 'executed',
        printed: stated,
        expected: {
          text: {
            zh: `第${e.line}行自评表的全年执行数`,
            en: `全年执行数 in the self-evaluation at line ${e.line}`,
          },
          value: executed,
        },
      }),
    ]
  })
  const unlisted = tables
    .filter(
      (t) => !report.projects.items.some((p) => normalizeName(p.name) === normalizeName(t.name)),
    )
    .map((t) =>
      finding({
        rule: 'projects-self-evaluation-missing',
        severity: 'warning',
        table: 'projects',
        row: t.name,
        line: t.line,
        zh: `第${t.line}行的项目支出绩效自评表“${t.name}”不在第三部分的项目清单中。`,
        en: `The project self-evaluation "${t.name}" at line ${t.line} is not in part three's project list.`,
      }),
    )
  return [...findings, ...unlisted]
}

/** The project list (十四、…绩效评价报告): its stated total, the other list, the self-evaluations, 05/03. */
export const projectRules: readonly Rule[] = [
  {
    ids: ['projects-count-mismatch', 'projects-total-mismatch', 'projects-total-vs-table'],
    check: stated,
  },
  { ids: ['projects-list-mismatch'], check: lists },
  {
    ids: ['projects-self-evaluation-mismatch', 'projects-self-evaluation-missing'],
    check: selfEvaluations,
  },
]
