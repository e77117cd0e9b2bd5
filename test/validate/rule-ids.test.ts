import { describe, expect, it } from 'vitest'
import { narrativeRules } from '../../src/validate/rules/narrative.ts'
import { performanceRules } from '../../src/validate/rules/performance.ts'
import { profileRules } from '../../src/validate/rules/profile.ts'
import { projectRules } from '../../src/validate/rules/projects.ts'
import { seedReport } from './seed-parts.ts'

const sets = {
  narrative: narrativeRules,
  projects: projectRules,
  performance: performanceRules,
  profile: profileRules,
}

describe.each(Object.entries(sets))('%s rules', (_name, rules) => {
  it('declare kebab-case ids, each declared once', () => {
    const ids = rules.flatMap((r) => r.ids)
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([])
    expect(new Set(ids).size).toBe(ids.length)
  })
  it('emit only ids they declare', async () => {
    const report = await seedReport()
    for (const rule of rules) {
      const declared: readonly string[] = rule.ids
      const emitted = rule.check(report).map((f) => f.rule)
      expect(emitted.filter((id) => !declared.includes(id))).toEqual([])
    }
  })
  it('report nothing, and do not throw, when the parts are absent', async () => {
    const report = await seedReport()
    report.narrative = { sections: [], figures: [] }
    report.projects = { stated: null, items: [] }
    report.performance = { facts: [], projects: [], selfEvaluations: [] }
    expect(rules.flatMap((r) => r.check(report))).toEqual([])
  })
  it('do not throw on a self-evaluation with no funding, indicators or total', async () => {
    const report = await seedReport()
    for (const e of report.performance.selfEvaluations)
      Object.assign(e, { funding: [], indicators: [], total: null, goals: null })
    expect(() => rules.flatMap((r) => r.check(report))).not.toThrow()
  })
})
