import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { NarrativeFigure, NarrativeMeasure } from '../../model/narrative.ts'
import { dec, plain, sum } from '../arithmetic.ts'
import type { Rule } from '../rule.ts'
import { cap, compareAmount, comparePercent, stated } from './narrative-compare.ts'

const sameSubject = (a: NarrativeFigure, b: NarrativeFigure) =>
  a.key === b.key && a.code === b.code && a.subject === b.subject

/** The nearest figure of `measure` stated before `f` about the same subject. */
function before(
  all: readonly NarrativeFigure[],
  f: NarrativeFigure,
  measure: NarrativeMeasure,
  sameSentence = false,
) {
  return all
    .slice(0, all.indexOf(f))
    .reverse()
    .find(
      (g) =>
        g.measure === measure &&
        sameSubject(g, f) &&
        (!sameSentence || (g.sentence === f.sentence && g.line === f.line)),
    )
}

/** 完成年初预算的 …%: the 决算 over the 预算 stated in the same sentence. */
function completionRates(all: readonly NarrativeFigure[]): Finding[] {
  return all
    .filter((f) => f.measure === 'completion-rate')
    .flatMap((f) => {
      const budget = before(all, f, 'budget', true)
      const amount = before(all, f, 'amount', true)
      if (!budget || !amount || dec(budget.value).isZero()) return []
      return comparePercent({
        rule: 'narrative-completion-rate-mismatch',
        table: 'narrative',
        figure: f,
        ratio: dec(amount.value).div(dec(budget.value)),
        ratioName: {
          zh: `决算 ${amount.value} ÷ 预算 ${budget.value}`,
          en: `the final amount ${amount.value} ÷ the budget ${budget.value}`,
        },
      })
    })
}

/** The stated 年初预算 of 财政拨款支出 against the sum of the budgets stated for its 项 (the deepest codes given). */
function budgetSum(all: readonly NarrativeFigure[]): Finding[] {
  const whole = all.find((f) => f.key === 'general_budget.expenditure' && f.measure === 'budget')
  const items = all.filter(
    (f) => f.key === 'general_budget.function' && f.measure === 'budget' && f.code !== null,
  )
  const leaves = items.filter(
    (f) => !items.some((g) => g.code !== f.code && g.code!.startsWith(f.code!)),
  )
  if (!whole || leaves.length === 0) return []
  const terms = leaves.map((f) => f.value)
  return compareAmount({
    rule: 'narrative-budget-sum-mismatch',
    table: 'narrative',
    figure: whole,
    expected: sum(terms),
    expectedName: {
      zh: `各项年初预算之和（${terms.join(' + ')}）`,
      en: `the sum of the item budgets stated (${terms.join(' + ')})`,
    },
    figures: terms,
  })
}

/**
 * 增长/减少 …%: the change over the previous year's figure it implies, 上年 = 本年 ∓ 增减额. A rate
 * whose direction contradicts its change is an error too.
 */
function growthRates(all: readonly NarrativeFigure[]): Finding[] {
  return all
    .filter((f) => f.measure === 'growth' && f.direction !== null)
    .flatMap((g) => {
      const change = before(all, g, 'change')
      const current = before(all, g, 'amount')
      if (!change || !current || change.direction === null) return []
      if (change.direction !== g.direction) {
        return [
          finding({
            rule: 'narrative-growth-mismatch',
            severity: 'error',
            table: 'narrative',
            row: g.subject,
            column: 'growth',
            line: g.line,
            zh: `${stated(g).zh}（${g.direction === 'increase' ? '增长' : '减少'}），但同句的增减额是${change.direction === 'increase' ? '增加' : '减少'} ${change.value} 万元，方向相反。`,
            en: `${cap(stated(g).en)}, a${g.direction === 'increase' ? 'n increase' : ' decrease'}, but the change it goes with is a${change.direction === 'increase' ? 'n increase' : ' decrease'} of ${change.value} 万元.`,
          }),
        ]
      }
      const delta = dec(change.value)
      const previous =
        change.direction === 'increase'
          ? dec(current.value).minus(delta)
          : dec(current.value).plus(delta)
      if (previous.lte(0)) return []
      const sign = change.direction === 'increase' ? '−' : '+'
      return comparePercent({
        rule: 'narrative-growth-mismatch',
        table: 'narrative',
        figure: g,
        ratio: delta.div(previous),
        ratioName: {
          zh: `增减额 ${change.value} ÷ 上年数 ${plain(previous)}（= ${current.value} ${sign} ${change.value}）`,
          en: `the change ${change.value} ÷ the previous year's figure it implies, ${plain(previous)} (= ${current.value} ${sign} ${change.value})`,
        },
      })
    })
}

/** Rates stated in the narrative against the figures stated with them: 完成率, 预算之和, 增长率. */
export const narrativeRates: Rule = {
  ids: [
    'narrative-completion-rate-mismatch',
    'narrative-budget-sum-mismatch',
    'narrative-growth-mismatch',
  ],
  check(report) {
    const all = report.narrative.figures
    return [...completionRates(all), ...budgetSum(all), ...growthRates(all)]
  },
}
