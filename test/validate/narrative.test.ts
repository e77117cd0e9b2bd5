import { describe, expect, it } from 'vitest'
import { narrativeAmounts } from '../../src/validate/rules/narrative-amounts.ts'
import { narrativeConsistency } from '../../src/validate/rules/narrative-consistency.ts'
import { narrativeRates } from '../../src/validate/rules/narrative-rates.ts'
import { narrativeShares } from '../../src/validate/rules/narrative-shares.ts'
import { check, figureAt, seedReport, setCell } from './seed-parts.ts'

// Each seed finding below was worked out by hand from the lines it names before it was written down.

describe('narrative-amount-mismatch: stated amounts against the tables', () => {
  it('finds the three disagreements of the seed', async () => {
    expect(check(narrativeAmounts, await seedReport())).toEqual([
      // 人员经费 454.96 (396) vs 06: 人员经费合计 blank, its 301 + 303 款 add up to 454.97.
      {
        rule: 'narrative-amount-mismatch',
        severity: 'warning',
        line: 396,
        expected: '454.97',
        actual: '454.96',
      },
      // 三公 预算 1 (402) vs 07 预算数 合计, printed blank (07's row is shifted one cell left).
      {
        rule: 'narrative-amount-mismatch',
        severity: 'error',
        line: 402,
        expected: null,
        actual: '1',
      },
      // 因公出国（境）费 预算 0 (404) vs 07 预算数 因公出国（境）费, printed 1.
      {
        rule: 'narrative-amount-mismatch',
        severity: 'error',
        line: 404,
        expected: '1',
        actual: '0',
      },
    ])
  })
  it('finds nothing once the tables say what the narrative says', async () => {
    const report = await seedReport()
    setCell(report, '07', '合计', 'budget_total', '1')
    setCell(report, '07', '合计', 'budget_overseas_visits', null)
    setCell(report, '06', '人员经费合计', 'amount', '454.96')
    expect(check(narrativeAmounts, report)).toEqual([])
  })
  it('is an error beyond rounding and a warning within it', async () => {
    const report = await seedReport()
    setCell(report, '02', '合计', 'fiscal_appropriation_revenue', '600.71')
    setCell(report, '05', '2010301', 'total', '511.39')
    const found = check(narrativeAmounts, report)
    expect(found).toContainEqual({
      rule: 'narrative-amount-mismatch',
      severity: 'error',
      line: 354,
      expected: '600.71',
      actual: '606.71',
    })
    // 行政运行's 决算 511.38 (line 380) against 05 2010301, now printed 511.39: one cent, within rounding.
    expect(found).toContainEqual({
      rule: 'narrative-amount-mismatch',
      severity: 'warning',
      line: 380,
      expected: '511.39',
      actual: '511.38',
    })
  })
  it('checks 会议费 against 06 30215 softly: 06 is basic spending only', async () => {
    const report = await seedReport()
    setCell(report, '06', '30215', 'amount', '0.5')
    const found = check(narrativeAmounts, report).filter((f) => f.line === 434)
    expect(found).toEqual([
      {
        rule: 'narrative-amount-mismatch',
        severity: 'warning',
        line: 434,
        expected: '0.5',
        actual: '0.09',
      },
    ])
  })
  it('names the figure, the section and both values in both languages', async () => {
    const [f] = narrativeAmounts.check(await seedReport()).filter((x) => x.line === 404)
    expect(f!.message.zh).toContain('因公出国（境）费')
    expect(f!.message.zh).toContain('七、一般公共预算财政拨款三公经费支出决算情况说明')
    expect(f!.message.en).toMatch(/budget of 因公出国（境）费.* is 0 万元, but table 07 .* is 1/)
  })
})

describe('narrative-share-mismatch: 占 …% against the tables', () => {
  it('finds 88.9% (truncated) and 11.1% (wrong) on line 396', async () => {
    expect(check(narrativeShares, await seedReport())).toEqual([
      // 454.96 / 511.38 = 88.967% → 89.0 rounded, 88.9 truncated.
      {
        rule: 'narrative-share-mismatch',
        severity: 'warning',
        line: 396,
        expected: '89.0',
        actual: '88.9',
      },
      // 56.42 / 511.38 = 11.033% → 11.0.
      {
        rule: 'narrative-share-mismatch',
        severity: 'error',
        line: 396,
        expected: '11.0',
        actual: '11.1',
      },
    ])
  })
  it('passes shares printed at their rounded value', async () => {
    const report = await seedReport()
    figureAt(report, 396, 'general_budget.personnel', 'share').value = '89.0'
    figureAt(report, 396, 'general_budget.public', 'share').value = '11.0'
    expect(check(narrativeShares, report)).toEqual([])
  })
  it('finds a wrong income share (12.82 / 619.54 = 2.07%)', async () => {
    const report = await seedReport()
    figureAt(report, 354, 'revenue.other', 'share').value = '2.5'
    expect(check(narrativeShares, report)).toContainEqual({
      rule: 'narrative-share-mismatch',
      severity: 'error',
      line: 354,
      expected: '2.1',
      actual: '2.5',
    })
  })
})

describe('narrative rates: completion, budget sum, growth', () => {
  it('finds the seed: 139.1% for 113.9%, 99.9% truncated, and four truncated growth rates', async () => {
    expect(check(narrativeRates, await seedReport())).toEqual([
      // 511.38 / 448.92 = 113.91%.
      {
        rule: 'narrative-completion-rate-mismatch',
        severity: 'error',
        line: 380,
        expected: '113.9',
        actual: '139.1',
      },
      // 59.99 / 60 = 99.98% → 100.0.
      {
        rule: 'narrative-completion-rate-mismatch',
        severity: 'warning',
        line: 384,
        expected: '100.0',
        actual: '99.9',
      },
      // 49.87 / (606.71 − 49.87) = 8.956%, twice (四 and 五(一)).
      {
        rule: 'narrative-growth-mismatch',
        severity: 'warning',
        line: 362,
        expected: '9.0',
        actual: '8.9',
      },
      {
        rule: 'narrative-growth-mismatch',
        severity: 'warning',
        line: 368,
        expected: '9.0',
        actual: '8.9',
      },
      // 1.7 / (0.92 + 1.7) = 64.885%.
      {
        rule: 'narrative-growth-mismatch',
        severity: 'warning',
        line: 406,
        expected: '64.9',
        actual: '64.8',
      },
      // 2.95 / (56.42 + 2.95) = 4.969%.
      {
        rule: 'narrative-growth-mismatch',
        severity: 'warning',
        line: 430,
        expected: '5.0',
        actual: '4.9',
      },
    ])
  })
  it('says which previous-year figure a growth rate implies', async () => {
    const f = narrativeRates.check(await seedReport()).find((x) => x.line === 406)!
    expect(f.message.zh).toContain('上年数 2.62（= 0.92 + 1.7）')
  })
  it('passes the seed budget sum (448.92 + 60 + 0 + 0 = 508.92) and fails an altered one', async () => {
    const report = await seedReport()
    expect(
      check(narrativeRates, report).filter((f) => f.rule === 'narrative-budget-sum-mismatch'),
    ).toEqual([])
    figureAt(report, 384, 'general_budget.function', 'budget').value = '70'
    expect(check(narrativeRates, report)).toContainEqual({
      rule: 'narrative-budget-sum-mismatch',
      severity: 'error',
      line: 376,
      expected: '518.92',
      actual: '508.92',
    })
  })
  it('passes a growth rate that agrees (6% on line 350) and fails a direction that contradicts its change', async () => {
    const report = await seedReport()
    expect(check(narrativeRates, report).filter((f) => f.line === 350)).toEqual([])
    figureAt(report, 430, 'operating_costs', 'growth').direction = 'increase'
    expect(check(narrativeRates, report).filter((f) => f.line === 430)).toEqual([
      {
        rule: 'narrative-growth-mismatch',
        severity: 'error',
        line: 430,
        expected: null,
        actual: null,
      },
    ])
  })
})

describe('narrative consistency', () => {
  it('finds the two totals one cent off their parts (尾数误差)', async () => {
    expect(check(narrativeConsistency, await seedReport())).toEqual([
      // 606.71 + 0 + 0 + 0 + 0 + 12.82 = 619.53, stated 619.54.
      {
        rule: 'narrative-parts-sum-mismatch',
        severity: 'warning',
        line: 354,
        expected: '619.53',
        actual: '619.54',
      },
      // 586.37 + 20.35 = 606.72, stated 606.71.
      {
        rule: 'narrative-parts-sum-mismatch',
        severity: 'warning',
        line: 368,
        expected: '606.72',
        actual: '606.71',
      },
    ])
  })
  it('finds a figure stated twice with two values', async () => {
    const report = await seedReport()
    figureAt(report, 412, 'three_public.receptions', 'amount').value = '0.93'
    expect(check(narrativeConsistency, report)).toContainEqual({
      rule: 'narrative-repeated-mismatch',
      severity: 'error',
      line: 412,
      expected: '0.92',
      actual: '0.93',
    })
  })
  it('finds 08 printing money where the narrative says there is none', async () => {
    const report = await seedReport()
    expect(
      check(narrativeConsistency, report).filter(
        (f) => f.rule === 'narrative-none-stated-vs-table',
      ),
    ).toEqual([])
    setCell(report, '09', '合计', 'total', '5')
    expect(check(narrativeConsistency, report)).toContainEqual({
      rule: 'narrative-none-stated-vs-table',
      severity: 'error',
      line: 424,
      expected: null,
      actual: null,
    })
  })
  it('warns of a 类/款/项 it cannot resolve to a code', async () => {
    const report = await seedReport()
    figureAt(report, 388, 'general_budget.function', 'amount').code = null
    expect(check(narrativeConsistency, report)).toContainEqual({
      rule: 'narrative-function-unresolved',
      severity: 'warning',
      line: 388,
      expected: null,
      actual: null,
    })
  })
})
