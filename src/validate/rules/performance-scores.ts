import { PLAIN_DECIMAL } from '../../model/decimal.ts'
import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { SelfEvaluation } from '../../model/performance.ts'
import { Dec, dec, percentAgreement, plain, sum } from '../arithmetic.ts'
import type { Rule } from '../rule.ts'
import { each, evaluationName, fundingTotal } from './performance-support.ts'

// Scores (分值/得分) are set by hand, not rounded from anything: they are compared exactly.

/** 执行率 as a fraction: the printed one, else 全年执行数 / 全年预算数. */
function rateOf(e: SelfEvaluation): Dec | null {
  const f = fundingTotal(e)
  if (!f) return null
  if (f.executionRate !== null) return new Dec(f.executionRate.replace(/\.$/, '')).div(100)
  return f.fullYearBudget !== null && !dec(f.fullYearBudget).isZero()
    ? dec(f.executed).div(dec(f.fullYearBudget))
    : null
}

/** 得分 = 分值 × 执行率 on the 年度资金 row. */
function fundingScore(e: SelfEvaluation): Finding[] {
  const f = fundingTotal(e)
  const rate = rateOf(e)
  if (!f || f.weight === null || f.score === null || rate === null) return []
  const expected = dec(f.weight).times(rate)
  if (expected.eq(dec(f.score))) return []
  const n = evaluationName(e)
  const r = f.executionRate ?? plain(rate.times(100))
  return [
    finding({
      rule: 'self-evaluation-funding-score',
      severity: 'error',
      table: 'performance',
      row: f.label,
      column: '得分',
      expected,
      actual: f.score,
      line: f.line,
      zh: `${n.zh}年度资金得分为 ${f.score}，而分值 ${f.weight} × 执行率 ${r}% = ${plain(expected)}。`,
      en: `In ${n.en} the funding score is ${f.score}, but 分值 ${f.weight} × 执行率 ${r}% = ${plain(expected)}.`,
    }),
  ]
}

/** 执行率 = 全年执行数 / 全年预算数, at the printed precision. */
function executionRate(e: SelfEvaluation): Finding[] {
  const f = fundingTotal(e)
  if (!f || f.executionRate === null || f.fullYearBudget === null || dec(f.fullYearBudget).isZero())
    return []
  const ratio = dec(f.executed).div(dec(f.fullYearBudget))
  const verdict = percentAgreement(ratio, f.executionRate)
  if (verdict === 'equal') return []
  const n = evaluationName(e)
  const exact = plain(ratio.times(100).toDecimalPlaces(4, Dec.ROUND_HALF_UP))
  return [
    finding({
      rule: 'self-evaluation-execution-rate',
      severity: verdict === 'truncated' ? 'warning' : 'error',
      table: 'performance',
      row: f.label,
      column: '执行率',
      expected: exact,
      // As printed, unless that is no plain decimal ("98.", "0012.50"): then its value.
      actual: PLAIN_DECIMAL.test(f.executionRate)
        ? f.executionRate
        : new Dec(f.executionRate.replace(/\.$/, '')),
      line: f.line,
      zh: `${n.zh}执行率印为 ${f.executionRate}%，而全年执行数 ${f.executed ?? '空'} ÷ 全年预算数 ${f.fullYearBudget} = ${exact}%${verdict === 'truncated' ? '（截尾而非四舍五入）' : ''}。`,
      en: `In ${n.en} 执行率 is printed ${f.executionRate}%, but 全年执行数 ${f.executed ?? 'blank'} ÷ 全年预算数 ${f.fullYearBudget} = ${exact}%${verdict === 'truncated' ? ' (truncated, not rounded)' : ''}.`,
    }),
  ]
}

/** A 分值 left blank where a 得分 is printed makes the weight sums meaningless: those are skipped. */
const weightsComplete = (e: SelfEvaluation) =>
  e.indicators.every((i) => i.score === null || i.weight !== null)

/** Σ indicator 分值 + the funding 分值 = 总分 分值. */
function weightTotal(e: SelfEvaluation): Finding[] {
  if (!e.total || e.total.weight === null || !weightsComplete(e)) return []
  const f = fundingTotal(e)
  const weights = [...e.indicators.map((i) => i.weight), f?.weight ?? null]
  const expected = sum(weights)
  if (expected.eq(dec(e.total.weight))) return []
  const n = evaluationName(e)
  return [
    finding({
      rule: 'self-evaluation-weight-total',
      severity: 'error',
      table: 'performance',
      row: '总分',
      column: '分值',
      expected,
      actual: e.total.weight,
      line: e.total.line,
      zh: `${n.zh}总分分值为 ${e.total.weight}，而各指标分值与年度资金分值之和为 ${plain(expected)}。`,
      en: `In ${n.en} the total weight is ${e.total.weight}, but the indicator weights plus the funding weight add up to ${plain(expected)}.`,
    }),
  ]
}

/** Σ indicator 得分 + the funding 得分 = 总分 得分; says which other sum the printed total matches. */
function scoreTotal(e: SelfEvaluation): Finding[] {
  if (!e.total || e.total.score === null) return []
  const f = fundingTotal(e)
  const indicators = sum(e.indicators.map((i) => i.score))
  const expected = indicators.plus(dec(f?.score ?? null))
  const printed = dec(e.total.score)
  if (expected.eq(printed)) return []
  const rate = rateOf(e)
  const fair =
    f?.weight != null && rate !== null ? indicators.plus(dec(f.weight).times(rate)) : null
  const hint = fair?.eq(printed)
    ? {
        zh: `（印出的总分等于指标得分 ${plain(indicators)} 加分值×执行率 ${plain(fair.minus(indicators))}，年度资金得分一栏与之不符。）`,
        en: ` (The printed total equals the indicator scores ${plain(indicators)} plus 分值 × 执行率 ${plain(fair.minus(indicators))}; the funding score cell disagrees.)`,
      }
    : indicators.eq(printed)
      ? {
          zh: `（印出的总分只等于各指标得分之和 ${plain(indicators)}，未计年度资金得分。）`,
          en: ` (The printed total equals the indicator scores alone, ${plain(indicators)}, leaving out the funding score.)`,
        }
      : { zh: '', en: '' }
  const n = evaluationName(e)
  return [
    finding({
      rule: 'self-evaluation-score-total',
      severity: 'error',
      table: 'performance',
      row: '总分',
      column: '得分',
      expected,
      actual: e.total.score,
      line: e.total.line,
      zh: `${n.zh}总分得分为 ${e.total.score}，而各指标得分 ${plain(indicators)} 加年度资金得分 ${f?.score ?? '空'} 为 ${plain(expected)}。${hint.zh}`,
      en: `In ${n.en} the total score is ${e.total.score}, but the indicator scores ${plain(indicators)} plus the funding score ${f?.score ?? 'blank'} make ${plain(expected)}.${hint.en}`,
    }),
  ]
}

/** Each 一级指标 group's Σ 分值 = the weight printed in its label, e.g. 效益指标 (30 分). */
function groupWeights(e: SelfEvaluation): Finding[] {
  if (!weightsComplete(e)) return []
  const groups = [...new Set(e.indicators.map((i) => i.level1))]
  return groups.flatMap((name) => {
    const rows = e.indicators.filter((i) => i.level1 === name)
    const printed = rows.find((i) => i.level1Weight !== null)?.level1Weight ?? null
    if (printed === null) return []
    const total = sum(rows.map((i) => i.weight))
    if (total.eq(dec(printed))) return []
    const n = evaluationName(e)
    return [
      finding({
        rule: 'self-evaluation-group-weight',
        severity: 'error',
        table: 'performance',
        row: name,
        column: '分值',
        expected: printed,
        actual: total,
        line: rows[0]!.line,
        zh: `${n.zh}的${name}标明 ${printed} 分，而其下各指标分值之和为 ${plain(total)}（${rows
          .filter((i) => i.weight !== null)
          .map((i) => i.weight)
          .join(' + ')}）。`,
        en: `In ${n.en} ${name} is labelled ${printed} points, but the weights of its indicators add up to ${plain(total)} (${rows
          .filter((i) => i.weight !== null)
          .map((i) => i.weight)
          .join(' + ')}).`,
      }),
    ]
  })
}

/** 总分设置为 100 分. */
function totalIs100(e: SelfEvaluation): Finding[] {
  if (!e.total || e.total.weight === null || dec(e.total.weight).eq(100)) return []
  const n = evaluationName(e)
  return [
    finding({
      rule: 'self-evaluation-total-not-100',
      severity: 'error',
      table: 'performance',
      row: '总分',
      column: '分值',
      expected: '100',
      actual: e.total.weight,
      line: e.total.line,
      zh: `${n.zh}总分分值为 ${e.total.weight}，按说明应为 100 分。`,
      en: `In ${n.en} the total weight is ${e.total.weight}; the notes set it at 100.`,
    }),
  ]
}

export const selfEvaluationScores: readonly Rule[] = [
  { ids: ['self-evaluation-funding-score'], check: each(fundingScore) },
  { ids: ['self-evaluation-execution-rate'], check: each(executionRate) },
  { ids: ['self-evaluation-weight-total'], check: each(weightTotal) },
  { ids: ['self-evaluation-score-total'], check: each(scoreTotal) },
  { ids: ['self-evaluation-group-weight'], check: each(groupWeights) },
  { ids: ['self-evaluation-total-not-100'], check: each(totalIs100) },
]
