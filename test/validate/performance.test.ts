import { describe, expect, it } from 'vitest'
import { performanceRules } from '../../src/validate/rules/performance.ts'
import { performanceFacts } from '../../src/validate/rules/performance-facts.ts'
import { selfEvaluationFunding } from '../../src/validate/rules/performance-funding.ts'
import { gradeOf, selfEvaluationRows } from '../../src/validate/rules/performance-indicators.ts'
import { selfEvaluationScores } from '../../src/validate/rules/performance-scores.ts'
import { check, seedReport, setCell } from './seed-parts.ts'

// Each seed finding below was worked out by hand from the lines it names before it was written down.
const only = (rule: string) => (f: { rule: string }) => f.rule === rule
const dept = 0
const project = (n: number) => n // selfEvaluations[1 … 7] are the projects in report order

describe('performance report facts', () => {
  it('finds 其他资金来源 0 against 12.82 in 02, and 基本支出 511.37 one cent off 05', async () => {
    expect(check(performanceFacts, await seedReport())).toEqual([
      {
        rule: 'performance-fact-mismatch',
        severity: 'error',
        line: 556,
        expected: '12.82',
        actual: '0',
      },
      // 511.37 = 606.71 − 95.34 of rounded figures; 05 prints 511.38.
      {
        rule: 'performance-fact-mismatch',
        severity: 'warning',
        line: 558,
        expected: '511.38',
        actual: '511.37',
      },
    ])
  })
  it('checks head counts exactly: 27 = 21 + 6 holds, 27 = 22 + 6 does not', async () => {
    const report = await seedReport()
    report.performance.facts.find((f) => f.key === 'staff.administrative')!.value = '22'
    expect(check(performanceFacts, report).filter(only('performance-fact-sum-mismatch'))).toEqual([
      {
        rule: 'performance-fact-sum-mismatch',
        severity: 'error',
        line: 552,
        expected: '28',
        actual: '27',
      },
    ])
  })
})

describe('self-evaluation scores (exact)', () => {
  it('得分 ≠ 分值 × 执行率 in seven of the eight tables (机要保密经费, line 733, scores 10 = 10 × 100%)', async () => {
    const found = check(selfEvaluationScores, await seedReport()).filter(
      only('self-evaluation-funding-score'),
    )
    expect(found.map((f) => [f.line, f.expected, f.actual])).toEqual([
      [636, '10', '9.85'],
      [675, '10', '9.75'],
      [704, '10', '9.7'],
      [761, '10', '9.95'],
      [792, '10', '9.9'],
      [823, '10', '9.95'],
      [852, '10', '9.6'],
    ])
  })
  it('Σ 得分 ≠ 总分 in seven tables; only 机要保密经费 adds up (100)', async () => {
    const found = check(selfEvaluationScores, await seedReport()).filter(
      only('self-evaluation-score-total'),
    )
    // e.g. line 663: indicators 88.5 + funding 9.85 = 98.35, printed 98.5; line 872: 96 + 9.6 = 105.6, printed 96.
    expect(found.map((f) => [f.line, f.expected, f.actual])).toEqual([
      [663, '98.35', '98.5'],
      [691, '97.25', '97.5'],
      [721, '96.7', '97'],
      [779, '99.45', '99.5'],
      [808, '97.9', '98'],
      [839, '96.95', '97'],
      [872, '105.6', '96'],
    ])
  })
  it('explains a total that equals the indicators plus 分值 × 执行率', async () => {
    const report = await seedReport()
    const f = selfEvaluationScores.flatMap((r) => r.check(report)).find((x) => x.line === 663)!
    expect(f.message.zh).toContain('印出的总分等于指标得分 88.5 加分值×执行率 10')
  })
  it('分值 add up to 95, not 100, and 效益指标 to 25, not 30, in 政府办党组工作经费', async () => {
    const found = check(selfEvaluationScores, await seedReport())
    expect(found.filter(only('self-evaluation-weight-total'))).toEqual([
      {
        rule: 'self-evaluation-weight-total',
        severity: 'error',
        line: 721,
        expected: '95',
        actual: '100',
      },
    ])
    expect(found.filter(only('self-evaluation-group-weight'))).toEqual([
      {
        rule: 'self-evaluation-group-weight',
        severity: 'error',
        line: 716,
        expected: '30',
        actual: '25',
      },
    ])
    // and nothing else: every 执行率 is 100% of 全年预算数, every 总分 分值 is 100.
    expect(found).toHaveLength(7 + 7 + 1 + 1)
  })
  it('passes a table whose scores all agree and fails its altered copy', async () => {
    const report = await seedReport()
    const e = report.performance.selfEvaluations[project(3)]!
    report.performance.selfEvaluations = [e]
    expect(check(selfEvaluationScores, report)).toEqual([])
    e.total!.weight = '90'
    e.funding[0]!.executed = '14'
    expect(check(selfEvaluationScores, report)).toEqual([
      // 14 / 15.49 = 90.38%, printed 100%.
      {
        rule: 'self-evaluation-execution-rate',
        severity: 'error',
        line: 733,
        expected: '90.3809',
        actual: '100',
      },
      {
        rule: 'self-evaluation-weight-total',
        severity: 'error',
        line: 748,
        expected: '100',
        actual: '90',
      },
      {
        rule: 'self-evaluation-total-not-100',
        severity: 'error',
        line: 748,
        expected: '100',
        actual: '90',
      },
    ])
  })
})

describe('self-evaluation rows', () => {
  it('finds 得分 14.5 above 分值 10 (line 717), nine blank 分值 in project 7, three missing grades, one empty goal', async () => {
    const found = check(selfEvaluationRows, await seedReport())
    expect(found.filter(only('self-evaluation-score-above-weight'))).toEqual([
      {
        rule: 'self-evaluation-score-above-weight',
        severity: 'error',
        line: 717,
        expected: '10',
        actual: '14.5',
      },
    ])
    expect(
      found.filter(only('self-evaluation-weight-missing')).map((f) => [f.line, f.actual]),
    ).toEqual([
      [859, '9'],
      [860, '14.5'],
      [861, '14.5'],
      [862, '10'],
      [863, '10'],
      [865, '9.5'],
      [868, '9.5'],
      [870, '9.5'],
      [871, '9.5'],
    ])
    expect(
      found.filter(only('self-evaluation-grade-missing')).map((f) => [f.line, f.severity]),
    ).toEqual([
      [748, 'warning'],
      [779, 'warning'],
      [808, 'warning'],
    ])
    expect(found.filter(only('self-evaluation-goals-missing')).map((f) => f.line)).toEqual([737])
    expect(found.filter(only('self-evaluation-score-missing'))).toEqual([])
    expect(found.filter(only('self-evaluation-grade-mismatch'))).toEqual([])
  })
  it('finds a 分值 without its 得分 and a grade outside its band', async () => {
    const report = await seedReport()
    const e = report.performance.selfEvaluations[dept]!
    e.indicators.find((i) => i.line === 655)!.score = null
    e.total!.grade = '良'
    const found = check(selfEvaluationRows, report).filter((f) => f.line === 655 || f.line === 663)
    expect(found).toEqual([
      {
        rule: 'self-evaluation-score-missing',
        severity: 'error',
        line: 655,
        expected: '5',
        actual: null,
      },
      {
        rule: 'self-evaluation-grade-mismatch',
        severity: 'error',
        line: 663,
        expected: null,
        actual: null,
      },
    ])
  })
  it('grades by the bands of the notes: 90 优, 80 良, 60 中, below 差', () => {
    expect(['100', '90', '89.99', '80', '60', '59.5'].map(gradeOf)).toEqual([
      '优',
      '优',
      '良',
      '良',
      '中',
      '差',
    ])
  })
})

describe('self-evaluation funding', () => {
  it('finds nothing on the seed: 合计 = 当年财政拨款, 606.71 = 05 合计, 508.92 = the stated 年初预算, Σ 项目 = 95.34', async () => {
    expect(check(selfEvaluationFunding, await seedReport())).toEqual([])
  })
  it('finds altered figures', async () => {
    const report = await seedReport()
    report.performance.selfEvaluations[dept]!.funding[1]!.initialBudget = '500'
    report.performance.selfEvaluations[project(7)]!.funding[0]!.executed = '20.36'
    setCell(report, '05', '合计', 'total', '610')
    expect(check(selfEvaluationFunding, report)).toEqual([
      {
        rule: 'self-evaluation-funding-sum',
        severity: 'error',
        line: 636,
        expected: '500',
        actual: '508.92',
      },
      {
        rule: 'self-evaluation-vs-accounts',
        severity: 'error',
        line: 636,
        expected: '610',
        actual: '606.71',
      },
      {
        rule: 'self-evaluation-vs-accounts',
        severity: 'warning',
        line: 668,
        expected: '95.34',
        actual: '95.35',
      },
    ])
  })
})

describe('the performance rule set', () => {
  it('declares every rule id it emits on the seed', async () => {
    const report = await seedReport()
    const declared = new Set<string>(performanceRules.flatMap((r) => r.ids))
    const emitted = performanceRules.flatMap((r) => r.check(report).map((f) => f.rule))
    expect(emitted.filter((id) => !declared.has(id))).toEqual([])
    expect(emitted.length).toBeGreaterThan(0)
  })
})
