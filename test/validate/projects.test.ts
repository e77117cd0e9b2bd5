import { describe, expect, it } from 'vitest'
import { projectRules } from '../../src/validate/rules/projects.ts'
import { check, seedReport, setCell } from './seed-parts.ts'

// The seed's project figures agree everywhere: 4 + 10 + 15.49 + 17.5 + 3 + 25 + 20.35 = 95.34 (line 450,
// 05 and 03 合计 项目支出), the same names and outlays in part five (590–616) and in the seven
// self-evaluations (项目总投资 and 全年执行数). Each failing case below alters one figure.

describe('project rules', () => {
  it('find nothing on the seed', async () => {
    expect(check(projectRules, await seedReport())).toEqual([])
  })
  it('projects-count-mismatch: a stated count that is neither the list nor the tables', async () => {
    const report = await seedReport()
    report.projects.stated!.count = 8
    expect(check(projectRules, report)).toEqual([
      { rule: 'projects-count-mismatch', severity: 'error', line: 450, expected: '7', actual: '8' },
      { rule: 'projects-count-mismatch', severity: 'error', line: 450, expected: '7', actual: '8' },
    ])
  })
  it('projects-count-mismatch: seven self-evaluated, none printed (a file cut in part five)', async () => {
    const report = await seedReport()
    report.performance.selfEvaluations = []
    expect(check(projectRules, report)).toContainEqual({
      rule: 'projects-count-mismatch',
      severity: 'error',
      line: 450,
      expected: '0',
      actual: '7',
    })
  })
  it('one outlay altered in part three is out of the total, the other list and its self-evaluation', async () => {
    const report = await seedReport()
    report.projects.items[0]!.amount = '5'
    expect(check(projectRules, report)).toEqual([
      {
        rule: 'projects-total-mismatch',
        severity: 'error',
        line: 450,
        expected: '96.34',
        actual: '95.34',
      },
      { rule: 'projects-list-mismatch', severity: 'error', line: 462, expected: '4', actual: '5' },
      {
        rule: 'projects-self-evaluation-mismatch',
        severity: 'error',
        line: 462,
        expected: '4',
        actual: '5',
      },
      {
        rule: 'projects-self-evaluation-mismatch',
        severity: 'error',
        line: 462,
        expected: '4',
        actual: '5',
      },
    ])
  })
  it('projects-total-vs-table: the stated total against 05 and 03, one cent being rounding', async () => {
    const report = await seedReport()
    setCell(report, '05', '合计', 'project_expenditure', '95.35')
    setCell(report, '03', '合计', 'project_expenditure', '90')
    expect(check(projectRules, report)).toEqual([
      {
        rule: 'projects-total-vs-table',
        severity: 'warning',
        line: 450,
        expected: '95.35',
        actual: '95.34',
      },
      {
        rule: 'projects-total-vs-table',
        severity: 'error',
        line: 450,
        expected: '90',
        actual: '95.34',
      },
    ])
  })
  it('projects-list-mismatch: a project named differently in part five', async () => {
    const report = await seedReport()
    report.performance.projects[2]!.name = '机要经费'
    const found = projectRules.flatMap((r) => r.check(report))
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['projects-list-mismatch', 468, 'name'],
    ])
    expect(found[0]!.message.zh).toContain('“机要保密经费”')
    expect(found[0]!.message.zh).toContain('“机要经费”')
  })
  it('projects-self-evaluation-missing: a listed project without its table, and a table without its project', async () => {
    const report = await seedReport()
    report.performance.selfEvaluations[7]!.name = '交通整治经费'
    expect(check(projectRules, report)).toEqual([
      {
        rule: 'projects-self-evaluation-missing',
        severity: 'error',
        line: 484,
        expected: null,
        actual: null,
      },
      {
        rule: 'projects-self-evaluation-missing',
        severity: 'warning',
        line: 845,
        expected: null,
        actual: null,
      },
    ])
  })
})
