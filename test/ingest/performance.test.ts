import { beforeAll, describe, expect, it } from 'vitest'
import { locateParts } from '../../src/ingest/parts.ts'
import { parsePerformance } from '../../src/ingest/performance/index.ts'
import { decodeSource } from '../../src/ingest/source.ts'
import type { Finding } from '../../src/model/finding.ts'
import { Performance, type SelfEvaluation } from '../../src/model/performance.ts'
import { SEED_FILE, seedBytes } from '../support/seed.ts'

// Every expectation below was read by hand from the seed text (lines 512–875) at the line it names.
let performance: Performance
let findings: Finding[]
beforeAll(async () => {
  const { lines } = await decodeSource(seedBytes(), SEED_FILE)
  const parsed = parsePerformance(lines, locateParts(lines))
  performance = Performance.parse(parsed.value)
  findings = parsed.findings
})

const evaluation = (name: string): SelfEvaluation =>
  performance.selfEvaluations.find((e) => e.name === name)!
const indicator = (e: SelfEvaluation, line: number) => e.indicators.find((i) => i.line === line)!

describe('the performance report', () => {
  it('states internal units (line 548), staff (line 552) and money (lines 556, 558)', () => {
    const keyed = performance.facts
      .filter((f) => f.key !== null)
      .map((f) => [f.line, f.key, f.measure, f.value, f.direction])
    expect(keyed).toEqual([
      [548, 'internal_units.count', 'count', '0', null],
      [552, 'staff.total', 'count', '27', null],
      [552, 'staff.administrative', 'count', '21', null],
      [552, 'staff.civil_service_managed', 'count', '6', null],
      [552, 'staff.total', 'change', '0', 'increase'],
      [556, 'revenue.total', 'amount', '606.71', null],
      [556, 'revenue.fiscal_appropriation', 'amount', '606.71', null],
      [556, 'revenue.other_sources', 'amount', '0', null],
      [558, 'expenditure.total', 'amount', '606.71', null],
      [558, 'expenditure.basic', 'amount', '511.37', null],
      [558, 'expenditure.project', 'amount', '95.34', null],
    ])
  })
  it('keeps the other counts it states, e.g. 17 名党员 and 接收处理文电 1175 件', () => {
    expect(performance.facts.find((f) => f.line === 576 && f.value === '17')).toMatchObject({
      subject: '党员',
      unit: '名',
      approximate: false,
    })
    expect(performance.facts.find((f) => f.value === '1175')).toMatchObject({
      line: 586,
      subject: '接收处理文电',
      unit: '件',
    })
    expect(performance.facts.find((f) => f.value === '200' && f.unit === '场次')).toMatchObject({
      approximate: true,
    })
  })
  it('lists the seven projects of (二), the last rejoined across the page break at 616/618', () => {
    expect(performance.projects.map((p) => [p.index, p.name, p.amount, p.amountLine])).toEqual([
      [1, '值班工作经费', '4', 592],
      [2, '政府办党组工作经费', '10', 596],
      [3, '机要保密经费', '15.49', 600],
      [4, '督查调研经费', '17.5', 604],
      [5, '提案建议承办经费', '3', 608],
      [6, '政府全会经费', '25', 612],
      [7, '交通顽瘴痼疾整治经费', '20.35', 616],
    ])
    expect(performance.projects[6]!.purpose).toContain('顽瘴痼疾集中整治工作成果')
    expect(findings.filter((f) => f.rule === 'paragraph-rejoined').map((f) => f.line)).toEqual([
      570, 582, 618,
    ])
  })
})

describe('the eight self-evaluation tables, found by title', () => {
  it('finds the department table and seven project tables', () => {
    expect(performance.selfEvaluations.map((e) => [e.line, e.kind, e.name])).toEqual([
      [632, 'department', '石峰区政府办'],
      [668, 'project', '值班工作经费'],
      [697, 'project', '政府办党组工作经费'],
      [726, 'project', '机要保密经费'],
      [754, 'project', '督查调研经费'],
      [785, 'project', '提案建议承办经费'],
      [816, 'project', '政府全会经费'],
      [845, 'project', '交通顽瘴痼疾整治经费'],
    ])
  })
  it('reads the header of a project table', () => {
    expect(evaluation('机要保密经费')).toMatchObject({
      department: '区政府办',
      subProject: '机要保密经费',
      totalInvestment: '15.49',
      fiscalInvestment: '15.49',
      period: '2020年',
    })
  })
  it('reads the funding rows, "100 %" read as 100 (line 636)', () => {
    const dept = performance.selfEvaluations[0]!
    expect(dept.funding.map((f) => f.label)).toEqual([
      '合计',
      '其中：当年财政拨款',
      '上年结转资金',
      '其他资金',
    ])
    expect(dept.funding[0]).toEqual({
      label: '合计',
      initialBudget: '508.92',
      fullYearBudget: '606.71',
      executed: '606.71',
      weight: '10',
      executionRate: '100',
      score: '9.85',
      line: 636,
    })
    expect(evaluation('机要保密经费').funding[0]).toMatchObject({
      initialBudget: '10',
      fullYearBudget: '15.49',
      score: '10',
      line: 733,
    })
    expect(findings.find((f) => f.rule === 'cell-space-removed')).toMatchObject({
      line: 636,
      severity: 'info',
    })
  })
  it('reads the goals, or none where the row is empty (line 737)', () => {
    expect(evaluation('值班工作经费').goals).toMatchObject({
      expected: '组织、审核知会 APP 的使用工作',
      line: 680,
    })
    expect(evaluation('机要保密经费').goals).toEqual({ expected: null, actual: null, line: 737 })
  })
})

describe('indicator rows', () => {
  it('reads the 19 rows of the department table, carrying merged cells down', () => {
    const dept = performance.selfEvaluations[0]!
    expect(dept.indicators).toHaveLength(19)
    expect(indicator(dept, 643)).toMatchObject({
      level1: '产出指标',
      level1Weight: '50',
      level2: '数量指标',
      weight: '5',
      score: '4.5',
    })
    expect(indicator(dept, 655)).toMatchObject({
      level1: '效益指标',
      level1Weight: '30',
      level2: '社会效益指标',
      level3: '综合调研质量',
    })
    expect(indicator(dept, 662)).toMatchObject({
      level1: '满意度指标',
      level1Weight: '10',
      weight: '10',
      score: '9.5',
    })
  })
  it('reads rows shifted one column right back into place (644, 645, 647, 650)', () => {
    const dept = performance.selfEvaluations[0]!
    expect(indicator(dept, 644)).toMatchObject({
      target: '每月开展调 研督查不少 于 3 次',
      actual: '50 次',
      weight: '5',
      score: '5',
    })
    expect(indicator(dept, 645)).toMatchObject({
      level3: indicator(dept, 644).level3,
      actual: '32 期',
      weight: '5',
    })
    expect(indicator(dept, 645).level3).toMatch(/^全力抓好对省/)
    expect(indicator(dept, 650)).toMatchObject({
      level2: '质量指标',
      target: '优',
      actual: '优',
      weight: '5',
      score: '5',
    })
    expect(findings.filter((f) => f.rule === 'row-shifted').map((f) => f.line)).toEqual([
      644, 645, 647, 650, 748, 779, 807, 808,
    ])
  })
  it('reads across the page break of lines 651–653, where the label splits into "绩 效 指" / "标"', () => {
    const dept = performance.selfEvaluations[0]!
    expect(indicator(dept, 651)).toMatchObject({
      level1: '产出指标',
      level2: '时效指标',
      weight: '5',
      score: '5',
    })
    expect(indicator(dept, 653)).toMatchObject({
      level1: '产出指标',
      level2: '成本指标',
      weight: '5',
      score: '4.5',
    })
    expect(findings.find((f) => f.rule === 'label-split')).toMatchObject({ line: 651 })
  })
  it('puts 经济效益指标 printed above its 效益 label (line 803) under 效益指标', () => {
    const e = evaluation('提案建议承办经费')
    expect(indicator(e, 802)).toMatchObject({ level1: '产出指标', level2: '成本指标' })
    expect(indicator(e, 803)).toMatchObject({
      level1: '效益指标',
      level1Weight: '30',
      level2: '经济效益指标',
      weight: null,
    })
    expect(indicator(e, 807)).toMatchObject({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      actual: '100%',
      weight: '10',
      score: '10',
    })
    expect(findings.find((f) => f.rule === 'indicator-regrouped')).toMatchObject({
      line: 803,
      row: '经济效益指标',
    })
  })
  it('keeps what is printed: 得分 14.5 over 分值 10 (717), "98.%" (720), blank 分值 in project 7', () => {
    const e = evaluation('政府办党组工作经费')
    expect(indicator(e, 717)).toMatchObject({ weight: '10', score: '14.5' })
    expect(indicator(e, 720).actual).toBe('98.%')
    const p7 = evaluation('交通顽瘴痼疾整治经费')
    expect(
      p7.indicators.filter((i) => i.score !== null).map((i) => [i.line, i.weight, i.score]),
    ).toEqual([
      [859, null, '9'],
      [860, null, '14.5'],
      [861, null, '14.5'],
      [862, null, '10'],
      [863, null, '10'],
      [865, null, '9.5'],
      [868, null, '9.5'],
      [870, null, '9.5'],
      [871, null, '9.5'],
    ])
  })
})

describe('总分', () => {
  it('reads weight, score and grade, also where the numbers sit one column right (748, 779, 808)', () => {
    expect(
      performance.selfEvaluations.map((e) => [
        e.total?.line,
        e.total?.weight,
        e.total?.score,
        e.total?.grade,
      ]),
    ).toEqual([
      [663, '100', '98.5', '优'],
      [691, '100', '97.5', '优'],
      [721, '100', '97', '优'],
      [748, '100', '100', null],
      [779, '100', '99.5', null],
      [808, '100', '98', null],
      [839, '100', '97', '优'],
      [872, '100', '96', '优'],
    ])
  })
  it('records no other repair', () => {
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'cell-space-removed',
      'indicator-regrouped',
      'label-split',
      'paragraph-rejoined',
      'paragraph-rejoined',
      'paragraph-rejoined',
      'row-shifted',
      'row-shifted',
      'row-shifted',
      'row-shifted',
      'row-shifted',
      'row-shifted',
      'row-shifted',
      'row-shifted',
    ])
  })
})

describe('text not of the seed', () => {
  const table = (rows: string[][]) => [
    '第五部分',
    '2020年度项目支出绩效自评表',
    ...rows.map((r) => r.join('\t')),
  ]
  it('reports a 分值 that is not a number as an error and reads it as blank', () => {
    const lines = table([
      [
        '绩效指标',
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        '实际完成值',
        '分值',
        '得分',
        '偏差原因分析及改进措施',
      ],
      ['', '产出指标（50分）', '数量指标', '甲', '1', '1', '五', '5', ''],
      ['总分', '', '', '', '', '', '100', '95', '等级：优'],
    ])
    const { value, findings: found } = parsePerformance(lines, { annexes: [0, lines.length] })
    expect(value.selfEvaluations[0]!.indicators[0]).toMatchObject({ weight: null, score: '5' })
    expect(found).toEqual([
      expect.objectContaining({ rule: 'score-not-a-number', severity: 'error', line: 4 }),
    ])
  })
})
