import { describe, expect, it } from 'vitest'
import type { FindingType } from '../../../src/model/finding-types.ts'
import { compareFindings, Finding } from '../../../src/model/finding.ts'
import { RULES, summarize, validate } from '../../../src/validate/index.ts'
import type { Rule } from '../../../src/validate/rule.ts'
import { tableRules } from '../../../src/validate/rules/index.ts'
import { seed, setCell } from './support.ts'

describe('validate on the seed', () => {
  it('counts the findings each rule test checked by hand', async () => {
    const findings = validate(await seed(), tableRules)
    const counts: Record<string, number> = {}
    for (const f of findings)
      counts[`${f.rule} ${f.severity}`] = (counts[`${f.rule} ${f.severity}`] ?? 0) + 1
    expect(counts).toEqual({
      // 02: 8 rows with every source blank; 03: 7 rows short of their total (row-identities.test)
      'row-sum-mismatch error': 15,
      // 02 合计 619.54 vs 619.53; 05 合计 606.71 vs 606.72
      'row-sum-mismatch warning': 2,
      // 02 合计 财政拨款收入 606.71 vs Σ类 0; 03 合计 项目支出 95.34 vs Σ类 0
      'hierarchy-sum-mismatch error': 2,
      // 05 合计 606.71 vs 586.37 + 20.35
      'hierarchy-sum-mismatch warning': 1,
      // 06 301 / 302 / 303 and 人员经费合计 blank over their 款; 07 预算数 合计 blank over 1 + 1
      'total-missing warning': 5,
      // 01 本年收入合计 619.54 vs 619.53; 04 本年支出合计 (合计, 一般公共预算) 606.71 vs 606.72
      'summary-total-mismatch warning': 3,
      // 06 公用经费合计 56.42 vs 31.54
      'summary-total-mismatch error': 1,
      // X7: 05 基本支出 511.38 vs 06 blank + 56.42
      'cross-table-mismatch error': 1,
      // X8: 05 项目支出 on 7 rows where 03 leaves it blank
      'cross-table-exceeds error': 7,
      'line-number-gap info': 1,
      'table-empty info': 2,
    })
    expect(summarize(findings)).toEqual({
      valid: false,
      stats: { errors: 26, warnings: 11, infos: 3 },
    })
  })

  it('returns schema-valid findings in the one order, the same on every run', async () => {
    const report = await seed()
    const findings = validate(report)
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(Finding.parse(f)).toEqual(f)
    expect([...findings].sort(compareFindings)).toEqual(findings)
    expect(validate(report)).toEqual(findings)
    expect(validate(report, tableRules)[0]!.line).toBe(127)
  })

  it('runs the table rules with the rest', () => {
    for (const rule of tableRules) expect(RULES).toContain(rule)
    expect(RULES.length).toBeGreaterThan(tableRules.length)
  })
})

describe('each rule emits only the ids it declares', () => {
  it('on the seed and on an altered copy', async () => {
    const altered = await seed()
    setCell(altered, '08', '合计', 'revenue', '3')
    setCell(altered, '06', '人员经费合计', 'amount', '454.97')
    altered.tables['01'].rows = altered.tables['01'].rows.filter((r) => r.label !== '总计')
    for (const report of [await seed(), altered]) {
      for (const rule of tableRules) {
        for (const f of rule.check(report)) expect(rule.ids).toContain(f.rule)
      }
    }
  })
})

describe('summarize', () => {
  it('is valid without errors, whatever the warnings', async () => {
    expect(summarize([])).toEqual({ valid: true, stats: { errors: 0, warnings: 0, infos: 0 } })
    const notErrors = validate(await seed(), tableRules).filter((f) => f.severity !== 'error')
    expect(summarize(notErrors)).toEqual({
      valid: true,
      stats: { errors: 0, warnings: 11, infos: 3 },
    })
  })
})

describe('a rule that throws', () => {
  it('becomes one error finding naming the rule; the other rules still report', async () => {
    const broken: Rule = {
      // Not a catalogued id: the double stands for any rule.
      ids: ['broken-rule' as FindingType],
      check() {
        throw new Error('injected fault')
      },
    }
    const findings = validate(await seed(), [broken, ...tableRules])
    const failed = findings.filter((f) => f.rule === 'rule-failed')
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ severity: 'error', table: 'report' })
    expect(failed[0]!.message.en).toContain('broken-rule')
    expect(failed[0]!.message.en).toContain('injected fault')
    expect(findings).toHaveLength(41)
  })
})
