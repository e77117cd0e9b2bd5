import { describe, expect, it } from 'vitest'
import { Finding } from '../../src/model/finding.ts'
import { selfEvaluationScores } from '../../src/validate/rules/performance-scores.ts'
import { lineNumbers } from '../../src/validate/rules/tables/line-numbers.ts'
import { seedReport } from './seed-parts.ts'
import { rowOf } from './tables/support.ts'

/**
 * Values the model allows but a finding cannot carry as printed, found by the mutation sweep
 * (test/robustness): each once made a finding that failed the Finding schema, so the release
 * refused the whole report.
 */
describe('garbled values the rules meet', () => {
  it('a 行次 of 400 digits is read like a blank one, not as an Infinity step', async () => {
    const garbled = await seedReport()
    rowOf(garbled, '01', '二、政府性基金预算财政拨款收入', 'income').lineNo = '9'.repeat(400)
    const blank = await seedReport()
    rowOf(blank, '01', '二、政府性基金预算财政拨款收入', 'income').lineNo = null
    const found = lineNumbers.check(garbled)
    for (const f of found) expect(Finding.safeParse(f).error).toBeUndefined()
    expect(found).toEqual(lineNumbers.check(blank))
  })

  it.each([
    ['0012.50', '12.5'],
    ['98.', '98'],
  ])('a printed 执行率 %s that differs is told as %s', async (printed, actual) => {
    const report = await seedReport()
    // Project (3): 全年执行数 15.49 of 全年预算数 15.49, i.e. 100%.
    const e = report.performance.selfEvaluations[3]!
    e.funding[0]!.executionRate = printed
    report.performance.selfEvaluations = [e]
    const found = selfEvaluationScores
      .flatMap((rule) => rule.check(report))
      .filter((f) => f.rule === 'self-evaluation-execution-rate')
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['100', actual]])
    expect(Finding.safeParse(found[0]).error).toBeUndefined()
  })
})
