import { describe, expect, it } from 'vitest'
import { profileRules } from '../../src/validate/rules/profile.ts'
import { check, seedReport } from './seed-parts.ts'

describe('profile-internal-units-mismatch', () => {
  it('finds the seed saying 4 内设机构 (line 82) and 无内设机构 (line 548)', async () => {
    const report = await seedReport()
    expect(report.profile.internalUnits).toMatchObject({ count: 4, line: 82 })
    const stated = report.performance.facts.filter((f) => f.key === 'internal_units.count')
    expect(stated).toMatchObject([{ value: '0', line: 548, sentence: '本单位无内设机构。' }])
    expect(check(profileRules, report)).toEqual([
      {
        rule: 'profile-internal-units-mismatch',
        severity: 'error',
        line: 548,
        expected: '4',
        actual: '0',
      },
    ])
  })
  it('is silent when the two parts agree', async () => {
    const report = await seedReport()
    report.profile.internalUnits.count = 0
    expect(check(profileRules, report)).toEqual([])
  })
  it('is silent when part one counts no units', async () => {
    const report = await seedReport()
    report.profile.internalUnits.count = null
    expect(check(profileRules, report)).toEqual([])
  })
})
