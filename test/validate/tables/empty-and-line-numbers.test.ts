import { describe, expect, it } from 'vitest'
import { emptyTables } from '../../../src/validate/rules/tables/empty-tables.ts'
import { lineNumbers } from '../../../src/validate/rules/tables/line-numbers.ts'
import { rowOf, seed, setCell } from './support.ts'

describe('empty tables', () => {
  it('on the seed 08 and 09 are empty and say why: info, quoting the note', async () => {
    const found = emptyTables.check(await seed())
    expect(found.map((f) => [f.rule, f.severity, f.table, f.line])).toEqual([
      ['table-empty', 'info', '08', 313],
      ['table-empty', 'info', '09', 328],
    ])
    expect(found[0]!.message.zh).toContain(
      '区政府办没有政府性基金收入， 也没有使用政府性基金安排的支出， 故本表无数据。',
    )
    expect(found[1]!.message.zh).toContain('区政府办 2020 年度无国有资本经营预算支出。')
  })

  it('warns of an empty table that does not say why', async () => {
    const r = await seed()
    r.tables['09'].notes = ['注： 本表反映部门本年度国有资本经营预算财政拨款支出情况。']
    expect(emptyTables.check(r).map((f) => [f.rule, f.severity, f.table])).toEqual([
      ['table-empty', 'info', '08'],
      ['table-empty-unexplained', 'warning', '09'],
    ])
  })

  it('says nothing of a table with figures', async () => {
    const r = await seed()
    setCell(r, '08', '合计', 'revenue', '1')
    expect(emptyTables.check(r).map((f) => f.table)).toEqual(['09'])
  })
})

describe('行次 of 01 and 04', () => {
  it('on the seed: 01 income side skips one number between 8 and 28 (the form goes 22 → 24)', async () => {
    // Lines 107 → 127: income 8 → 28 (20 steps), expenditure 39 → 58 (19 steps, one per line).
    const found = lineNumbers.check(await seed())
    expect(
      found.map((f) => [f.rule, f.severity, f.table, f.row, f.expected, f.actual, f.line]),
    ).toEqual([['line-number-gap', 'info', '01', '28', '27', '28', 127]])
    expect(found[0]!.message.zh).toContain('跳过了 1 个行次')
  })

  it('finds a repeat and a backward step on one side', async () => {
    const r = await seed()
    rowOf(r, '04', '十四、资源勘探工业信息等支出', 'expenditure').lineNo = '45'
    rowOf(r, '04', '十五、商业服务业等支出', 'expenditure').lineNo = '44'
    const found = lineNumbers.check(r).filter((f) => f.table === '04')
    // 十三 45, 十四 45 (a repeat), 十五 44 (backwards), 十六 48.
    expect(found.map((f) => [f.rule, f.severity, f.row, f.line])).toEqual([
      ['line-number-sequence', 'warning', '45', 209],
      ['line-number-sequence', 'warning', '44', 210],
    ])
    expect(found[0]!.message.zh).toContain('行次重复')
    expect(found[1]!.message.zh).toContain('行次倒退')
  })

  it('names the expenditure side when it is the one that jumps', async () => {
    const r = await seed()
    // 总计 64 → 66: between lines 224 and 228 the income side runs 28, 29, 30, 31, 32 (4 steps, one a
    // line) while the expenditure side goes 60 → 66 (6 steps).
    rowOf(r, '04', '总计', 'expenditure').lineNo = '66'
    const found = lineNumbers.check(r).filter((f) => f.table === '04')
    expect(found.map((f) => [f.rule, f.row, f.expected, f.actual, f.line])).toEqual([
      ['line-number-gap', '66', '64', '66', 228],
    ])
    expect(found[0]!.message.en).toContain('the expenditure side skipped 2')
  })

  it('names no side when both jump between the same lines', async () => {
    const r = await seed()
    for (const row of r.tables['04'].rows) {
      if (row.side === 'expenditure' && Number(row.lineNo) >= 59)
        row.lineNo = String(Number(row.lineNo) + 2)
    }
    // Lines 198 → 223: income 3 → 27 over dropped padding lines, expenditure 35 → 61 with the jump.
    const found = lineNumbers.check(r).filter((f) => f.table === '04')
    expect(found.map((f) => [f.rule, f.row, f.expected, f.actual, f.line])).toEqual([
      ['line-number-gap', '27', null, null, 223],
    ])
    expect(found[0]!.message.zh).toContain('两侧步数相差 2')
  })
})
