import { describe, expect, it } from 'vitest'
import { ingest, ReportRefused } from '../../src/ingest/index.ts'
import { unfitModel } from '../../src/ingest/refusal.ts'
import { Report } from '../../src/model/report.ts'
import { seedText } from '../support/seed.ts'

/**
 * Numbers garbled in the prose — leading zeros, too many digits, a numeral that is none — found by
 * the mutation sweep (test/robustness). Each once broke the model (a ZodError escaped ingest).
 * Now a garbled number is not read as a figure, count or index; the rest of the report is read.
 */
async function ingestEdited(line: number, from: string, to: string) {
  const lines = seedText().split('\n')
  expect(lines[line - 1]).toContain(from)
  lines[line - 1] = lines[line - 1]!.replace(from, to)
  return ingest(new TextEncoder().encode(lines.join('\n')), 'edited.txt')
}

async function readEdited(line: number, from: string, to: string): Promise<Report> {
  return (await ingestEdited(line, from, to)).report
}

describe('garbled numbers in the prose', () => {
  it('a figure with leading zeros is not a figure ("0619.54 万元", line 350)', async () => {
    const report = await readEdited(350, '619.54 万元', '0619.54 万元')
    // Line 350 states 619.54 万元, 35.33 万元 and 6%; the garbled first is not read.
    expect(report.narrative.figures.filter((f) => f.line === 350).map((f) => f.value)).toEqual([
      '35.33',
      '6',
    ])
  })

  it('says so: a figure-unreadable warning names the number and its line', async () => {
    const { findings } = await ingestEdited(350, '619.54 万元', '0619.54 万元')
    expect(findings.filter((f) => f.rule === 'figure-unreadable')).toMatchObject([
      { severity: 'warning', table: 'narrative', row: '0619.54', line: 350 },
    ])
    const seed = await ingest(new TextEncoder().encode(seedText()), 'seed.txt')
    expect(seed.findings.filter((f) => f.rule === 'figure-unreadable')).toEqual([])
  })

  it('a section numbered "一二、" is no heading (line 432)', async () => {
    const report = await readEdited(432, '十一、', '一二、')
    const numbers = report.narrative.sections.map((s) => s.number)
    expect(numbers).not.toContain(0)
    expect(numbers).not.toContain(11)
    expect(numbers).toContain(12)
  })

  it('a count of 20 digits is no count ("…个机构", line 82)', async () => {
    const report = await readEdited(82, '4个机构', '99999999999999999999个机构')
    expect(report.profile.internalUnits.count).toBeNull()
    expect(report.profile.internalUnits.names).toEqual([
      '综合室',
      '调研室',
      '督查室（对外称石峰区政府督查室）',
      '文电室',
    ])
  })

  it.each([
    ['（0）', 'zero'],
    ['（99999999999999999999）', 'too long'],
  ])('a project numbered %s (%s) is no project (line 460)', async (index) => {
    const report = await readEdited(460, '（1）', index)
    expect(report.projects.items.map((p) => p.index)).toEqual([2, 3, 4, 5, 6, 7])
  })

  it('the stated count and total, each garbled, are read as not stated (line 450)', async () => {
    const count = await readEdited(450, '7个项目', '99999999999999999999个项目')
    expect(count.projects.stated).toEqual({ count: null, amount: '95.34', line: 450 })
    const amount = await readEdited(450, '95.34万元', '0095.34万元')
    expect(amount.projects.stated).toEqual({ count: 7, amount: null, line: 450 })
  })

  it('a project outlay with a leading zero is not read ("项目支出04万元", line 462)', async () => {
    const report = await readEdited(462, '项目支出4万元', '项目支出04万元')
    const first = report.projects.items[0]!
    expect([first.index, first.amount, first.amountLine]).toEqual([1, null, null])
  })

  it('a 一级指标 weight with a leading zero is not read ("(050分)", line 682)', async () => {
    const report = await readEdited(682, '(50分)', '(050分)')
    const rows = report.performance.selfEvaluations
      .flatMap((e) => e.indicators)
      .filter((i) => i.line === 682)
    expect(rows.map((i) => i.level1Weight)).toEqual([null])
  })
})

describe('a model that does not fit is still one paragraph', () => {
  it('names the field and the line it was read from', async () => {
    const { report } = await ingest(new TextEncoder().encode(seedText()), 'seed.txt')
    const broken = structuredClone(report)
    broken.narrative.figures[0]!.value = '007'
    const result = Report.safeParse(broken)
    expect(result.success).toBe(false)
    const refusal = unfitModel('seed.txt', result.error!, broken, 'report')
    expect(refusal).toBeInstanceOf(ReportRefused)
    expect(refusal.message).toMatch(
      new RegExp(
        `^seed\\.txt: report\\.narrative\\.figures\\.0\\.value \\(line ${report.narrative.figures[0]!.line}\\) `,
      ),
    )
    expect(refusal.message).not.toContain('\n')
  })
})
