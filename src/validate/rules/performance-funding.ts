import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { FundingRow, SelfEvaluation } from '../../model/performance.ts'
import type { Report } from '../../model/report.ts'
import { agreement, dec, plain, sum } from '../arithmetic.ts'
import type { Rule } from '../rule.ts'
import { amountsAgree, type AmountPair } from './amounts-agree.ts'
import { each, evaluationName, fundingTotal } from './performance-support.ts'
import { show } from './tables/compare.ts'
import { cellFigure, isTotalRow } from './tables/rows.ts'

const COLUMNS = [
  ['initialBudget', '年初预算数'],
  ['fullYearBudget', '全年预算数'],
  ['executed', '全年执行数'],
] as const satisfies ReadonlyArray<readonly [keyof FundingRow, string]>

/** 合计 = 当年财政拨款 + 上年结转资金 + 其他资金, for each column where the 其中 rows are printed. */
function fundingSum(e: SelfEvaluation): Finding[] {
  const total = fundingTotal(e)
  const parts = e.funding.filter((f) => f !== total)
  if (!total || parts.length === 0) return []
  return COLUMNS.flatMap(([key, zh]) => {
    const terms = parts.map((f) => f[key])
    if (terms.every((t) => t === null)) return []
    return amountsAgree({
      rule: 'self-evaluation-funding-sum',
      table: 'performance',
      context: evaluationName(e),
      row: '合计',
      column: zh,
      line: total.line,
      printed: {
        text: { zh: `年度资金合计${zh}`, en: `the funding total ${zh}` },
        value: total[key],
      },
      expected: {
        text: {
          zh: `其中各项之和（${terms.filter((t) => t !== null).join(' + ')}）`,
          en: `the sum of its parts (${terms.filter((t) => t !== null).join(' + ')})`,
        },
        value: plain(sum(terms)),
      },
      figures: [total[key], ...terms],
    })
  })
}

/** The department-wide table against the accounts: 全年执行数 = 05 合计, 年初预算数 = the narrative's 年初预算. */
function department(report: Report): Finding[] {
  const e = report.performance.selfEvaluations.find((s) => s.kind === 'department')
  const f = e && fundingTotal(e)
  if (!e || !f) return []
  const cell = cellFigure('05', report.tables['05'].rows.find(isTotalRow), 'total', '合计')
  const budget = report.narrative.figures.find(
    (g) => g.key === 'general_budget.expenditure' && g.measure === 'budget',
  )
  const place: Pick<AmountPair, 'rule' | 'table' | 'context' | 'row' | 'line'> = {
    rule: 'self-evaluation-vs-accounts',
    table: 'performance',
    context: evaluationName(e),
    row: '合计',
    line: f.line,
  }
  return [
    ...amountsAgree({
      ...place,
      column: '全年执行数',
      printed: { text: { zh: '全年执行数', en: '全年执行数' }, value: f.executed },
      expected: { text: cell, value: cell.value },
      figures: [f.executed, cell.value],
    }),
    ...(budget
      ? amountsAgree({
          ...place,
          column: '年初预算数',
          printed: { text: { zh: '年初预算数', en: '年初预算数' }, value: f.initialBudget },
          expected: {
            text: {
              zh: `第三部分第${budget.line}行所述年初预算`,
              en: `the 年初预算 stated in part three (line ${budget.line})`,
            },
            value: budget.value,
          },
          figures: [f.initialBudget, budget.value],
        })
      : []),
  ]
}

/** The project tables' 全年执行数 add up to 05 合计 项目支出. */
function projects(report: Report): Finding[] {
  const tables = report.performance.selfEvaluations.filter((s) => s.kind === 'project')
  const executed = tables.map((t) => fundingTotal(t)?.executed ?? null)
  if (tables.length === 0) return []
  const cell = cellFigure(
    '05',
    report.tables['05'].rows.find(isTotalRow),
    'project_expenditure',
    '合计',
  )
  const verdict = agreement(dec(cell.value), sum(executed), [cell.value, ...executed])
  if (verdict === 'equal') return []
  return [
    finding({
      rule: 'self-evaluation-vs-accounts',
      severity: verdict === 'within-rounding' ? 'warning' : 'error',
      table: 'performance',
      row: '项目支出',
      column: '全年执行数',
      expected: cell.value,
      actual: sum(executed),
      line: tables[0]!.line,
      zh: `${tables.length} 张项目支出绩效自评表的全年执行数之和为 ${plain(sum(executed))}，而${cell.zh}为 ${show(cell.value, 'zh')}。`,
      en: `The ${tables.length} project self-evaluations execute ${plain(sum(executed))} in all, but ${cell.en} is ${show(cell.value, 'en')}.`,
    }),
  ]
}

export const selfEvaluationFunding: readonly Rule[] = [
  { ids: ['self-evaluation-funding-sum'], check: each(fundingSum) },
  {
    ids: ['self-evaluation-vs-accounts'],
    check: (report) => [...department(report), ...projects(report)],
  },
]
