import { beforeAll, describe, expect, it } from 'vitest'
import { locateParts } from '../../src/ingest/parts.ts'
import { parseProfile } from '../../src/ingest/profile.ts'
import { decodeSource } from '../../src/ingest/source.ts'
import { Profile } from '../../src/model/profile.ts'
import { SEED_FILE, seedBytes } from '../support/seed.ts'

// Read by hand from lines 48–84 of the seed.
let profile: Profile
beforeAll(async () => {
  const { lines } = await decodeSource(seedBytes(), SEED_FILE)
  const parsed = parseProfile(lines, locateParts(lines))
  expect(parsed.findings).toEqual([])
  profile = Profile.parse(parsed.value)
})

describe('第一部分 概况', () => {
  it('lists the ten numbered duties and the two unnumbered lines after them', () => {
    expect(profile.duties.map((d) => d.number)).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
      null,
      null,
    ])
    expect(profile.duties[0]).toEqual({
      number: '一',
      text: '协助区政府领导组织起草和审核以区政府、区政府办公室名义发布的文件，起草区政府领导讲话材料。',
      line: 56,
    })
    expect(profile.duties.slice(10)).toEqual([
      { number: null, text: '承办区政府有关公务活动和公务接待工作。', line: 76 },
      { number: null, text: '完成区委、区政府交办的其他事项。', line: 78 },
    ])
  })
  it('reads the four internal units, keeping the bracket inside a name (line 82)', () => {
    expect(profile.internalUnits).toEqual({
      count: 4,
      names: ['综合室', '调研室', '督查室（对外称石峰区政府督查室）', '文电室'],
      line: 82,
    })
  })
  it('reads the budget-unit composition (line 84)', () => {
    expect(profile.budgetUnits).toEqual({
      text: '株洲市石峰区政府办2020年部门决算汇总公开单位构成包括区政府办本级，我单位没有其他二级决算单位。',
      line: 84,
    })
  })
})

describe('text not of the seed', () => {
  it('reads units listed without a count, and duties without numbers', () => {
    const lines = [
      '第一部分',
      '一、部门职责',
      '负责甲。',
      '负责乙。',
      '二、机构设置',
      '（一）内设机构设置。本单位内设机构包括：办公室、业务科。',
    ]
    const { value } = parseProfile(lines, { profile: [0, lines.length] })
    expect(value.duties).toEqual([
      { number: null, text: '负责甲。', line: 3 },
      { number: null, text: '负责乙。', line: 4 },
    ])
    expect(value.internalUnits).toEqual({ count: null, names: ['办公室', '业务科'], line: 6 })
    expect(value.budgetUnits).toBeNull()
  })
})
