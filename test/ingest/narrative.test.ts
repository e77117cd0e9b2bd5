import { beforeAll, describe, expect, it } from 'vitest'
import { parseNarrative } from '../../src/ingest/narrative.ts'
import { locateParts } from '../../src/ingest/parts.ts'
import { decodeSource } from '../../src/ingest/source.ts'
import type { Finding } from '../../src/model/finding.ts'
import { Narrative, type NarrativeFigure } from '../../src/model/narrative.ts'
import { SEED_FILE, seedBytes } from '../support/seed.ts'

// Every expectation below was read by hand from the seed text at the line it names.
let narrative: Narrative
let findings: Finding[]
beforeAll(async () => {
  const { lines } = await decodeSource(seedBytes(), SEED_FILE)
  ;({ value: narrative, findings } = parseNarrative(lines, locateParts(lines)))
})

const at = (line: number, measure?: NarrativeFigure['measure']) =>
  narrative.figures.filter(
    (f) => f.line === line && (measure === undefined || f.measure === measure),
  )
const one = (line: number, measure: NarrativeFigure['measure'], key?: string) => {
  const found = at(line, measure).filter((f) => key === undefined || f.key === key)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('第三部分 sections', () => {
  it('finds the fifteen sections by heading, with their topics', () => {
    expect(() => Narrative.parse(narrative)).not.toThrow()
    expect(narrative.sections.map((s) => [s.number, s.line])).toEqual([
      [1, 348],
      [2, 352],
      [3, 356],
      [4, 360],
      [5, 364],
      [6, 394],
      [7, 398],
      [8, 420],
      [9, 424],
      [10, 428],
      [11, 432],
      [12, 438],
      [13, 442],
      [14, 446],
      [15, 488],
    ])
    expect(narrative.sections[4]).toMatchObject({
      heading: '五、一般公共预算财政拨款支出决算情况说明',
      topic: 'general-budget',
    })
    expect(narrative.sections.map((s) => s.topic)).toEqual([
      'overview',
      'revenue',
      'expenditure',
      'fiscal',
      'general-budget',
      'basic',
      'three-public',
      'government-fund',
      'state-capital',
      'operating-costs',
      'general-spending',
      'procurement',
      'assets',
      'performance',
      'other',
    ])
  })
  it('keeps each section text', () => {
    expect(narrative.sections[8]!.text).toBe('2020 年度本单位没有使用国有资本经营预算安排的支出')
  })
})

describe('figures with their subjects', () => {
  it('ties the 行政运行 item (lines 378–380) to code 2010301 with budget, amount and completion', () => {
    expect(one(380, 'budget')).toMatchObject({
      key: 'general_budget.function',
      code: '2010301',
      value: '448.92',
      unit: '万元',
    })
    expect(one(380, 'amount')).toMatchObject({ code: '2010301', value: '511.38' })
    expect(one(380, 'completion-rate')).toMatchObject({
      code: '2010301',
      value: '139.1',
      unit: '%',
      base: '年初预算',
    })
    expect(one(384, 'completion-rate')).toMatchObject({ code: '2010302', value: '99.9' })
    expect(one(388, 'amount')).toMatchObject({ code: '2010399', value: '15' })
    expect(one(392, 'budget')).toMatchObject({ code: '2140199', value: '0' })
  })
  it('reads the totals with their change and growth (lines 350, 362, 368)', () => {
    expect(one(350, 'amount')).toMatchObject({
      key: 'revenue_expenditure.total',
      subject: '收、支总计',
      value: '619.54',
    })
    expect(one(350, 'change')).toMatchObject({
      key: 'revenue_expenditure.total',
      value: '35.33',
      direction: 'increase',
    })
    expect(one(350, 'growth')).toMatchObject({ value: '6', direction: 'increase' })
    expect(one(362, 'growth')).toMatchObject({ key: 'fiscal.total', value: '8.9' })
    expect(one(368, 'share')).toMatchObject({
      key: 'general_budget.expenditure',
      value: '97.9',
      base: '本年支出合计',
    })
  })
  it('reads each income item with its share (line 354)', () => {
    expect(one(354, 'amount', 'revenue.fiscal_appropriation').value).toBe('606.71')
    expect(one(354, 'share', 'revenue.fiscal_appropriation').value).toBe('97.9')
    expect(one(354, 'share', 'revenue.other').value).toBe('2.1')
    expect(at(354, 'share')).toHaveLength(6)
  })
  it('resolves the 类 of 财政拨款支出 to codes (line 372)', () => {
    expect(at(372, 'share').map((f) => [f.code, f.value])).toEqual([
      ['201', '96.6'],
      ['214', '3.4'],
    ])
  })
  it('reads 人员经费 and 公用经费 with their shares of 基本支出 (line 396)', () => {
    expect(one(396, 'share', 'general_budget.personnel')).toMatchObject({
      value: '88.9',
      base: '基本支出',
    })
    expect(one(396, 'amount', 'general_budget.public').value).toBe('56.42')
    expect(one(396, 'share', 'general_budget.public').value).toBe('11.1')
  })
  it('reads 三公 budgets, amounts, rates and changes (lines 402–418)', () => {
    expect(one(402, 'budget')).toMatchObject({ key: 'three_public.total', value: '1' })
    expect(one(402, 'completion-rate').value).toBe('92')
    expect(one(404, 'change')).toMatchObject({
      key: 'three_public.overseas_visits',
      value: '0',
      direction: null,
    })
    expect(one(406, 'change')).toMatchObject({
      key: 'three_public.receptions',
      value: '1.7',
      direction: 'decrease',
    })
    expect(one(406, 'growth')).toMatchObject({ value: '64.8', direction: 'decrease' })
    expect(one(416, 'count', 'three_public.reception_visitors')).toMatchObject({
      value: '110',
      unit: '人次',
    })
    expect(one(418, 'count')).toMatchObject({
      key: 'three_public.vehicle_fleet',
      value: '0',
      unit: '辆',
    })
  })
  it('reads 机关运行经费, 会议费 and 培训费 with their head counts (lines 430–436)', () => {
    expect(one(430, 'change')).toMatchObject({
      key: 'operating_costs',
      value: '2.95',
      direction: 'decrease',
    })
    expect(one(430, 'growth').value).toBe('4.9')
    expect(at(434).map((f) => [f.key, f.value])).toEqual([
      ['meetings', '0.09'],
      ['meetings.attendees', '25'],
      ['training', '0.71'],
      ['training.attendees', '27'],
    ])
    expect(one(436, 'amount')).toMatchObject({
      key: 'celebrations',
      subject: '节庆、晚会、论坛、赛事活动',
      value: '0',
    })
  })
  it('reads the project count and total and each project outlay (lines 450–486)', () => {
    expect(one(450, 'count')).toMatchObject({ key: 'projects.count', value: '7' })
    expect(one(450, 'amount')).toMatchObject({ key: 'projects.amount', value: '95.34' })
    expect(one(462, 'amount')).toMatchObject({
      key: 'project.amount',
      subject: '值班工作经费',
      value: '4',
    })
    expect(one(486, 'amount')).toMatchObject({ subject: '交通顽瘴痼疾整治经费', value: '20.35' })
  })
  it('keys every figure of the standard sections (the one left is 满意 100% in a project purpose)', () => {
    expect(narrative.figures.filter((f) => f.key === null).map((f) => [f.line, f.value])).toEqual([
      [478, '100'],
    ])
  })
  it('takes no year, date or threshold for a figure', () => {
    expect(narrative.figures.filter((f) => ['2020', '12', '31'].includes(f.value))).toEqual([])
    expect(at(444).map((f) => f.value)).not.toContain('50')
    expect(at(444).map((f) => f.value)).not.toContain('100')
    expect(at(444)).toHaveLength(9)
  })
})

describe('repairs on record', () => {
  it('rejoins the paragraph split across the page break at lines 434/436', () => {
    expect(findings.find((f) => f.rule === 'paragraph-rejoined')).toMatchObject({
      severity: 'info',
      line: 436,
      table: 'narrative',
    })
    expect(narrative.sections[10]!.text).toContain('从伟人身上汲取信仰力量专题教学')
  })
  it('drops the stray X of "特种专业技术用车X0辆" (line 444)', () => {
    const f = findings.find((x) => x.rule === 'stray-character-dropped')!
    expect(f).toMatchObject({ severity: 'info', line: 444 })
    expect(f.message.zh).toContain('特种专业技术用车X0辆')
    expect(one(444, 'count', 'assets.vehicles.special')).toMatchObject({
      subject: '特种专业技术用车',
      value: '0',
    })
  })
  it('makes no other repair', () => {
    expect(findings).toHaveLength(2)
  })
})

describe('text not of the seed', () => {
  const parse = (text: string[]) => {
    const lines = ['第三部分', '', ...text]
    return parseNarrative(lines, { narrative: [0, lines.length] })
  }
  it('reads a percentage with a full-width ％ and a share without a base', () => {
    const { value } = parse([
      '二、收入决算情况说明',
      '本年收入合计 100 万元，其中：财政拨款收入 80.5 万元，占 80.5％。',
    ])
    expect(value.figures.map((f) => [f.key, f.measure, f.value, f.unit])).toEqual([
      ['revenue.total', 'amount', '100', '万元'],
      ['revenue.fiscal_appropriation', 'amount', '80.5', '万元'],
      ['revenue.fiscal_appropriation', 'share', '80.5', '%'],
    ])
  })
  it('leaves a 类/款/项 unknown to the 2020 list without a code', () => {
    const { value } = parse([
      '五、一般公共预算财政拨款支出决算情况说明',
      '1、不存在的事务（类）某某（款）行政运行（项）。',
      '年初预算为 1 万元，支出决算为 2 万元。',
    ])
    expect(value.figures.map((f) => [f.key, f.code, f.measure])).toEqual([
      ['general_budget.function', null, 'budget'],
      ['general_budget.function', null, 'amount'],
    ])
  })
  it('returns nothing, and no error, without a 第三部分', () => {
    expect(parseNarrative(['无'], {})).toEqual({
      value: { sections: [], figures: [] },
      findings: [],
    })
  })
})
