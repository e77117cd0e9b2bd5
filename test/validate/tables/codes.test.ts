import { describe, expect, it } from 'vitest'
import { codes } from '../../../src/validate/rules/tables/codes.ts'
import { rowOf, seed } from './support.ts'

const summary = (findings: ReturnType<typeof codes.check>) =>
  findings.map((f) => [f.rule, f.severity, f.table, f.row])

describe('codes', () => {
  it('on the seed every code is well formed, placed, known and named as the reference names it', async () => {
    expect(codes.check(await seed())).toEqual([])
  })

  it('reports an unknown code: a warning where the reference is complete, info below 类 in 功能分类', async () => {
    const r = await seed()
    const template = rowOf(r, '05', '201')
    r.tables['05'].rows.push({ ...template, code: '298', label: '某某支出', line: 255 })
    r.tables['05'].rows.push({
      ...template,
      code: '20198',
      level: 'section',
      label: '某某事务',
      line: 256,
    })
    r.tables['06'].rows.push({ ...rowOf(r, '06', '30201'), code: '30298', label: '某某费' })
    const found = codes.check(r)
    expect(summary(found)).toEqual([
      ['code-unknown', 'warning', '05', '298'],
      ['code-unknown', 'info', '05', '20198'],
      ['code-unknown', 'warning', '06', '30298'],
    ])
    expect(found[0]!.message.zh).toContain('298')
  })

  it('compares names only where the reference has verified them', async () => {
    const r = await seed()
    rowOf(r, '06', '30201').label = '办公用品费' // verified-2020: 办公费
    rowOf(r, '02', '20103').label = '政府办公厅事务' // inferred code, name verified-2024
    rowOf(r, '02', '2010301').label = '行政运行费' // inferred: not held against the report
    rowOf(r, '03', '201').label = '一般公共服务 支出' // spaces do not count
    const found = codes.check(r)
    expect(summary(found)).toEqual([
      ['code-name-mismatch', 'warning', '02', '20103'],
      ['code-name-mismatch', 'warning', '06', '30201'],
    ])
    const office = found.find((f) => f.row === '30201')!
    expect(office.message.zh).toContain('办公用品费')
    expect(office.message.zh).toContain('办公费')
  })

  it('reports orphans, malformed codes, levels at odds with length and repeated codes', async () => {
    const r = await seed()
    r.tables['05'].rows = r.tables['05'].rows.filter((x) => x.code !== '21401')
    rowOf(r, '03', '2010399').code = '20103999'
    rowOf(r, '03', '21401').level = 'item'
    r.tables['02'].rows.push({ ...rowOf(r, '02', '2010302') })
    expect(summary(codes.check(r))).toEqual([
      ['code-duplicate', 'warning', '02', '2010302'],
      ['code-malformed', 'warning', '03', '20103999'],
      ['code-level-mismatch', 'warning', '03', '21401'],
      ['code-orphan', 'warning', '05', '2140199'],
    ])
  })
})
