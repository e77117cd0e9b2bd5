import { beforeAll, describe, expect, it } from 'vitest'
import { locateParts } from '../../src/ingest/parts.ts'
import { parseProjects } from '../../src/ingest/projects.ts'
import { decodeSource } from '../../src/ingest/source.ts'
import { Projects } from '../../src/model/projects.ts'
import { SEED_FILE, seedBytes } from '../support/seed.ts'

// Read by hand from lines 446–486 of the seed.
let projects: Projects
beforeAll(async () => {
  const { lines } = await decodeSource(seedBytes(), SEED_FILE)
  const parsed = parseProjects(lines, locateParts(lines))
  expect(parsed.findings).toEqual([])
  projects = Projects.parse(parsed.value)
})

describe('十四、 the project list', () => {
  it('reads "7个项目 … 共涉及资金95.34万元" (line 450)', () => {
    expect(projects.stated).toEqual({ count: 7, amount: '95.34', line: 450 })
  })
  it('lists the seven projects with their outlays', () => {
    expect(projects.items.map((p) => [p.index, p.name, p.amount, p.line, p.amountLine])).toEqual([
      [1, '值班工作经费', '4', 460, 462],
      [2, '政府办党组工作经费', '10', 464, 466],
      [3, '机要保密经费', '15.49', 468, 470],
      [4, '督查调研经费', '17.5', 472, 474],
      [5, '提案建议承办经费', '3', 476, 478],
      [6, '政府全会经费', '25', 480, 482],
      [7, '交通顽瘴痼疾整治经费', '20.35', 484, 486],
    ])
  })
  it('keeps each purpose after 主要用于', () => {
    expect(projects.items[1]!.purpose).toBe(
      '致力健全体系，强化内部管理，提高政府的领导责任意识，确保政府职责执行到位。',
    )
  })
})

describe('text not of the seed', () => {
  it('reads a project whose outlay is not stated as null, and no statement as null', () => {
    const lines = [
      '第三部分',
      '十四、重点项目预算的绩效评价结果',
      '（1）甲项目',
      '主要用于某事。',
      '十五、其他',
    ]
    const { value } = parseProjects(lines, { narrative: [0, lines.length] })
    expect(value).toEqual({
      stated: null,
      items: [
        { index: 1, name: '甲项目', amount: null, purpose: '某事。', line: 3, amountLine: null },
      ],
    })
  })
})
