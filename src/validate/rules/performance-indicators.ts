import type { Amount } from '../../model/decimal.ts'
import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { SelfEvaluation } from '../../model/performance.ts'
import { dec } from '../arithmetic.ts'
import type { Rule } from '../rule.ts'
import { each, evaluationName } from './performance-support.ts'

interface Scored {
  row: string
  weight: Amount
  score: Amount
  line: number
}

/** Every row that carries a 分值/得分: the indicators and the 年度资金 rows. */
function scored(e: SelfEvaluation): Scored[] {
  return [
    ...e.funding.map((f) => ({
      row: `年度资金 ${f.label}`,
      weight: f.weight,
      score: f.score,
      line: f.line,
    })),
    ...e.indicators.map((i) => ({
      row: i.level3 || i.level2,
      weight: i.weight,
      score: i.score,
      line: i.line,
    })),
  ]
}

/** No 得分 above its 分值; a 得分 needs its 分值 and a 分值 its 得分. */
function perRow(e: SelfEvaluation): Finding[] {
  const n = evaluationName(e)
  return scored(e).flatMap((r): Finding[] => {
    const base = { table: 'performance' as const, row: r.row, line: r.line }
    if (r.weight !== null && r.score !== null && dec(r.score).gt(dec(r.weight))) {
      return [
        finding({
          ...base,
          rule: 'self-evaluation-score-above-weight',
          severity: 'error',
          column: '得分',
          expected: r.weight,
          actual: r.score,
          zh: `${n.zh}“${r.row}”得分 ${r.score} 超过其分值 ${r.weight}。`,
          en: `In ${n.en} "${r.row}" scores ${r.score}, above its weight ${r.weight}.`,
        }),
      ]
    }
    if (r.weight === null && r.score !== null) {
      return [
        finding({
          ...base,
          rule: 'self-evaluation-weight-missing',
          severity: 'error',
          column: '分值',
          actual: r.score,
          zh: `${n.zh}“${r.row}”印有得分 ${r.score}，但分值为空，得分无从核对。`,
          en: `In ${n.en} "${r.row}" has a score of ${r.score} but no weight (分值); the score cannot be checked.`,
        }),
      ]
    }
    if (r.weight !== null && r.score === null) {
      return [
        finding({
          ...base,
          rule: 'self-evaluation-score-missing',
          severity: 'error',
          column: '得分',
          expected: r.weight,
          zh: `${n.zh}“${r.row}”有分值 ${r.weight}，但得分为空。`,
          en: `In ${n.en} "${r.row}" has a weight of ${r.weight} but no score.`,
        }),
      ]
    }
    return []
  })
}

/** 90 分（含）— 100 分为优，80 — 90 为良，60 — 80 为中，60 分以下为差. */
export function gradeOf(score: string): string {
  const s = dec(score)
  return s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差'
}

const GRADE_EN: Record<string, string> = { 优: 'excellent', 良: 'good', 中: 'fair', 差: 'poor' }

function grade(e: SelfEvaluation): Finding[] {
  if (!e.total || e.total.score === null) return []
  const n = evaluationName(e)
  const band = gradeOf(e.total.score)
  const base = { table: 'performance' as const, row: '总分', column: '等级', line: e.total.line }
  if (e.total.grade === null) {
    return [
      finding({
        ...base,
        rule: 'self-evaluation-grade-missing',
        severity: 'warning',
        zh: `${n.zh}总分 ${e.total.score} 未标等级（按说明应为“${band}”）。`,
        en: `${n.en.charAt(0).toUpperCase()}${n.en.slice(1)} prints no grade for its total ${e.total.score} (by the notes it is ${band}, ${GRADE_EN[band]}).`,
      }),
    ]
  }
  if (e.total.grade === band) return []
  return [
    finding({
      ...base,
      rule: 'self-evaluation-grade-mismatch',
      severity: 'error',
      zh: `${n.zh}总分 ${e.total.score} 标为“${e.total.grade}”，按说明应为“${band}”。`,
      en: `In ${n.en} the total ${e.total.score} is graded "${e.total.grade}", but by the notes it is ${band} (${GRADE_EN[band]}).`,
    }),
  ]
}

/** 年度总体目标 left empty. */
function goals(e: SelfEvaluation): Finding[] {
  if (e.goals && (e.goals.expected !== null || e.goals.actual !== null)) return []
  const n = evaluationName(e)
  return [
    finding({
      rule: 'self-evaluation-goals-missing',
      severity: 'warning',
      table: 'performance',
      row: '年度总体目标',
      line: e.goals?.line ?? e.line,
      zh: `${n.zh}的年度总体目标（预期目标、实际完成情况）为空。`,
      en: `${n.en.charAt(0).toUpperCase()}${n.en.slice(1)} leaves its annual goals (预期目标, 实际完成情况) empty.`,
    }),
  ]
}

export const selfEvaluationRows: readonly Rule[] = [
  {
    ids: [
      'self-evaluation-score-above-weight',
      'self-evaluation-weight-missing',
      'self-evaluation-score-missing',
    ],
    check: each(perRow),
  },
  { ids: ['self-evaluation-grade-missing', 'self-evaluation-grade-mismatch'], check: each(grade) },
  { ids: ['self-evaluation-goals-missing'], check: each(goals) },
]
