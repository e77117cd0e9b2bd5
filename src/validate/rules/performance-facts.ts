import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { FigureKey, NarrativeFigure } from '../../model/narrative.ts'
import type { Report } from '../../model/report.ts'
import { dec, plain, sum } from '../arithmetic.ts'
import type { Rule } from '../rule.ts'
import { compareAmount, stated } from './narrative-compare.ts'
import { amountOf, cellFigure, findLine, isTotalRow, type Text } from './tables/rows.ts'

interface Expected {
  value: string | null
  name: Text
  figures: Array<string | null>
  note?: Text
}

/**
 * The performance report states the money it evaluates: 财政拨款 (its 收入 is 财政拨款收入 plus
 * 其他资金来源, its 支出 606.71 is 05's). So its figures are read against 04/05, and its
 * 其他资金来源 against what 02 shows besides 财政拨款收入.
 */
const EXPECTED: Partial<Record<FigureKey, (r: Report) => Expected>> = {
  'revenue.total': (r) => {
    const c = cellFigure(
      '04',
      findLine(r.tables['04'].rows, 'income', '本年收入合计'),
      'total',
      '本年收入合计',
    )
    return { value: c.value, name: c, figures: [c.value] }
  },
  'revenue.fiscal_appropriation': (r) => {
    const c = cellFigure(
      '02',
      r.tables['02'].rows.find(isTotalRow),
      'fiscal_appropriation_revenue',
      '合计',
    )
    return { value: c.value, name: c, figures: [c.value] }
  },
  'revenue.other_sources': (r) => {
    const row = r.tables['02'].rows.find(isTotalRow)
    const keys = [
      'superior_subsidy_revenue',
      'service_revenue',
      'operating_revenue',
      'affiliate_remittance_revenue',
      'other_revenue',
    ]
    const parts = keys.map((k) => amountOf(row, k))
    return {
      value: plain(sum(parts)),
      name: {
        zh: '02表 合计 中财政拨款以外的收入（上级补助、事业、经营、附属单位上缴、其他收入）',
        en: 'the revenue besides 财政拨款 in table 02 合计 (superior subsidies, service, operating, affiliate and other revenue)',
      },
      figures: parts,
      note: {
        zh: '绩效评价报告的收支只计财政拨款，却称其他资金来源为此数；决算表另有财政拨款以外的收入。',
        en: 'The performance report counts only 财政拨款 yet states this for other sources; the accounts show revenue besides 财政拨款.',
      },
    }
  },
  'expenditure.total': (r) => total05(r, 'total'),
  'expenditure.basic': (r) => total05(r, 'basic_expenditure'),
  'expenditure.project': (r) => total05(r, 'project_expenditure'),
}

function total05(r: Report, column: string): Expected {
  const c = cellFigure('05', r.tables['05'].rows.find(isTotalRow), column, '合计')
  return { value: c.value, name: c, figures: [c.value] }
}

function againstTables(report: Report): Finding[] {
  return report.performance.facts.flatMap((f) => {
    const locate = f.key && f.measure === 'amount' ? EXPECTED[f.key] : undefined
    if (!locate) return []
    const e = locate(report)
    return compareAmount({
      rule: 'performance-fact-mismatch',
      table: 'performance',
      figure: f,
      expected: e.value,
      expectedName: e.name,
      figures: e.figures,
      note: e.note,
    })
  })
}

/** Totals the report states with their parts: 收入, 支出, 年末实有人数. */
const PARTS: ReadonlyArray<readonly [FigureKey, readonly FigureKey[]]> = [
  ['revenue.total', ['revenue.fiscal_appropriation', 'revenue.other_sources']],
  ['expenditure.total', ['expenditure.basic', 'expenditure.project']],
  [
    'staff.total',
    ['staff.administrative', 'staff.civil_service_managed', 'staff.public_institution'],
  ],
]

function first(facts: readonly NarrativeFigure[], key: FigureKey): NarrativeFigure | undefined {
  return facts.find((f) => f.key === key && (f.measure === 'amount' || f.measure === 'count'))
}

function partsSum(report: Report): Finding[] {
  const facts = report.performance.facts
  return PARTS.flatMap(([key, partKeys]) => {
    const whole = first(facts, key)
    const parts = partKeys.map((k) => first(facts, k)).filter((f) => f !== undefined)
    if (!whole || parts.length === 0) return []
    const terms = parts.map((p) => p.value)
    const name = {
      zh: `其下各项之和（${parts.map((p) => `${p.subject} ${p.value}`).join(' + ')}）`,
      en: `the sum of its parts (${parts.map((p) => `${p.subject} ${p.value}`).join(' + ')})`,
    }
    if (whole.measure === 'amount') {
      return compareAmount({
        rule: 'performance-fact-sum-mismatch',
        table: 'performance',
        figure: whole,
        expected: sum(terms),
        expectedName: name,
        figures: terms,
      })
    }
    // Head counts are exact.
    if (sum(terms).eq(dec(whole.value))) return []
    return [
      finding({
        rule: 'performance-fact-sum-mismatch',
        severity: 'error',
        table: 'performance',
        row: whole.subject,
        column: whole.measure,
        expected: sum(terms),
        actual: whole.value,
        line: whole.line,
        zh: `${stated(whole).zh}，而${name.zh}为 ${plain(sum(terms))}。`,
        en: `${stated(whole).en}, but ${name.en} is ${plain(sum(terms))}.`,
      }),
    ]
  })
}

/** The performance report's own figures (收入, 支出, 人员) against the tables and against themselves. */
export const performanceFacts: Rule = {
  ids: ['performance-fact-mismatch', 'performance-fact-sum-mismatch'],
  check: (report) => [...againstTables(report), ...partsSum(report)],
}
