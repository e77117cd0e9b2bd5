import type { Amount } from '../../model/decimal.ts'
import type { Finding } from '../../model/finding.ts'
import type { FundingRow, SelfEvaluation } from '../../model/performance.ts'
import type { Report } from '../../model/report.ts'
import { agreement, dec, plain, roundingTolerance, sum } from '../arithmetic.ts'
import { finding } from '../finding.ts'
import type { Rule } from '../rule.ts'
import { each, evaluationName, fundingTotal, show } from './performance-support.ts'
import { cellFigure, isTotalRow, type Text } from './tables/rows.ts'

interface Pair {
  rule: string
  e: SelfEvaluation
  row: string
  column: string
  line: number
  printed: { text: Text; value: Amount }
  expected: { text: Text; value: Amount }
  figures: ReadonlyArray<Amount>
}

/** An amount of a self-evaluation against what it should be: equal, within 尾数误差 (warning), or not (error). */
function agree(p: Pair): Finding[] {
  const verdict = agreement(dec(p.expected.value), dec(p.printed.value), p.figures)
  if (verdict === 'equal') return []
  const within = verdict === 'within-rounding'
  const n = evaluationName(p.e)
  const tol = plain(roundingTolerance(p.figures))
  return [
    finding({
      rule: p.rule,
      severity: within ? 'warning' : 'error',
      table: 'performance',
      row: p.row,
      column: p.column,
      expected: p.expected.value,
      actual: p.printed.value,
      line: p.line,
      zh: `${n.zh}${p.printed.text.zh}为 ${show(p.printed.value, 'zh')}，而${p.expected.text.zh}为 ${show(p.expected.value, 'zh')}${within ? `，在尾数误差范围内（容差 ${tol}）` : ''}。`,
      en: `In ${n.en} ${p.printed.text.en} is ${show(p.printed.value, 'en')}, but ${p.expected.text.en} is ${show(p.expected.value, 'en')}${within ? `, within rounding (尾数误差, tolerance ${tol})` : ''}.`,
    }),
  ]
}

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
    return agree({
      rule: 'self-evaluation-funding-sum',
      e,
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
  const place = { rule: 'self-evaluation-vs-accounts', e, row: '合计', line: f.line }
  return [
    ...agree({
      ...place,
      column: '全年执行数',
      printed: { text: { zh: '全年执行数', en: '全年执行数' }, value: f.executed },
      expected: { text: cell, value: cell.value },
      figures: [f.executed, cell.value],
    }),
    ...(budget
      ? agree({
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
