import { finding } from '../../model/finding-builder.ts'
import type { Finding } from '../../model/finding.ts'
import type { FigureKey, NarrativeFigure } from '../../model/narrative.ts'
import type { Report } from '../../model/report.ts'
import type { TableId } from '../../model/tables.ts'
import { dec, sum } from '../arithmetic.ts'
import type { Rule } from '../rule.ts'
import { cap, compareAmount, stated } from './narrative-compare.ts'

/** The same figure stated again must be the same figure (三公 决算 0.92 in 七 (一) and (二)). */
function repeated(all: readonly NarrativeFigure[]): Finding[] {
  const first = new Map<string, NarrativeFigure>()
  return all.flatMap((f) => {
    if (
      f.key === null ||
      f.key === 'project.amount' ||
      (f.measure !== 'amount' && f.measure !== 'budget')
    )
      return []
    // 年初预算 and 全年预算 are two budgets, not one stated twice.
    const id = `${f.key}|${f.code ?? ''}|${f.measure}|${f.base ?? ''}`
    const earlier = first.get(id)
    if (!earlier) {
      first.set(id, f)
      return []
    }
    if (dec(earlier.value).eq(dec(f.value))) return []
    return [
      finding({
        rule: 'narrative-repeated-mismatch',
        severity: 'error',
        table: 'narrative',
        row: f.subject,
        column: f.measure,
        expected: earlier.value,
        actual: f.value,
        line: f.line,
        zh: `${stated(f).zh}，与第${earlier.line}行${stated(earlier).zh}不一致。`,
        en: `${cap(stated(f).en)}, but on line ${earlier.line} ${stated(earlier).en}.`,
      }),
    ]
  })
}

/** Totals stated together with their parts. */
const PARTS: ReadonlyArray<readonly [FigureKey, readonly FigureKey[]]> = [
  [
    'revenue.total',
    [
      'revenue.fiscal_appropriation',
      'revenue.superior_subsidy',
      'revenue.service',
      'revenue.operating',
      'revenue.affiliate_remittance',
      'revenue.other',
    ],
  ],
  [
    'expenditure.total',
    [
      'expenditure.basic',
      'expenditure.project',
      'expenditure.remittance_to_superior',
      'expenditure.operating',
      'expenditure.subsidies_to_affiliates',
    ],
  ],
  ['general_budget.basic', ['general_budget.personnel', 'general_budget.public']],
  [
    'three_public.total',
    ['three_public.overseas_visits', 'three_public.vehicles', 'three_public.receptions'],
  ],
  ['three_public.vehicles', ['three_public.vehicle_purchase', 'three_public.vehicle_operation']],
  ['government_fund.expenditure', ['government_fund.basic', 'government_fund.project']],
  ['procurement.total', ['procurement.goods', 'procurement.works', 'procurement.services']],
  [
    'assets.vehicles',
    [
      'assets.vehicles.leaders',
      'assets.vehicles.confidential',
      'assets.vehicles.emergency',
      'assets.vehicles.law_enforcement',
      'assets.vehicles.special',
      'assets.vehicles.other',
    ],
  ],
]

const firstOf = (all: readonly NarrativeFigure[], key: FigureKey) =>
  all.find((f) => f.key === key && (f.measure === 'amount' || f.measure === 'count'))

/** Each stated total against the parts stated with it; 财政拨款支出 against its 类. */
function partsSum(all: readonly NarrativeFigure[]): Finding[] {
  const groups = PARTS.map(
    ([whole, parts]) =>
      [
        firstOf(all, whole),
        parts.map((k) => firstOf(all, k)).filter((f) => f !== undefined),
      ] as const,
  )
  const classes = all.filter(
    (f) => f.key === 'general_budget.function' && f.measure === 'amount' && f.code?.length === 3,
  )
  const byClass = [firstOf(all, 'general_budget.expenditure'), classes] as const
  return [...groups, byClass].flatMap(([whole, parts]) => {
    if (!whole || parts.length === 0) return []
    const terms = parts.map((p) => p.value)
    return compareAmount({
      rule: 'narrative-parts-sum-mismatch',
      table: 'narrative',
      figure: whole,
      expected: sum(terms),
      expectedName: {
        zh: `其下各项之和（${parts.map((p) => `${p.subject} ${p.value}`).join(' + ')}）`,
        en: `the sum of its parts stated (${parts.map((p) => `${p.subject} ${p.value}`).join(' + ')})`,
      },
      figures: terms,
    })
  })
}

/** "本单位无政府性基金收支" / "没有使用国有资本经营预算安排的支出": the table must then hold nothing. */
const NONE_STATED: ReadonlyArray<readonly ['government-fund' | 'state-capital', TableId]> = [
  ['government-fund', '08'],
  ['state-capital', '09'],
]

function noneStated(report: Report): Finding[] {
  return NONE_STATED.flatMap(([topic, id]) => {
    const section = report.narrative.sections.find((s) => s.topic === topic)
    if (!section || !/无|没有/.test(section.text)) return []
    const cells = report.tables[id].rows.flatMap((r) =>
      Object.values(r.amounts as Record<string, string | null>),
    )
    const printed = cells.filter((v) => v !== null && !dec(v).isZero())
    if (printed.length === 0) return []
    return [
      finding({
        rule: 'narrative-none-stated-vs-table',
        severity: 'error',
        table: 'narrative',
        row: section.heading,
        line: section.line,
        zh: `“${section.heading}”称没有此类收支，但${id}表印有非零金额（${printed.slice(0, 4).join('、')}）。`,
        en: `"${section.heading}" says there is none, but table ${id} prints non-zero amounts (${printed.slice(0, 4).join(', ')}).`,
      }),
    ]
  })
}

/** A 类/款/项 named in the narrative that the 2020 classification does not resolve: nothing to check it against. */
function unresolved(all: readonly NarrativeFigure[]): Finding[] {
  return all
    .filter((f) => f.key === 'general_budget.function' && f.code === null && f.measure === 'amount')
    .map((f) =>
      finding({
        rule: 'narrative-function-unresolved',
        severity: 'warning',
        table: 'narrative',
        row: f.subject,
        line: f.line,
        zh: `“${f.subject}”的类/款/项名称在 2020 年支出功能分类中找不到唯一对应的科目编码，无法与05表核对。`,
        en: `The 类/款/项 names "${f.subject}" match no single code of the 2020 functional classification; the figure cannot be checked against table 05.`,
      }),
    )
}

/** The narrative against itself: repeated figures, totals and their parts, "none" against 08/09. */
export const narrativeConsistency: Rule = {
  ids: [
    'narrative-repeated-mismatch',
    'narrative-parts-sum-mismatch',
    'narrative-none-stated-vs-table',
    'narrative-function-unresolved',
  ],
  check(report) {
    const all = report.narrative.figures
    return [...repeated(all), ...partsSum(all), ...noneStated(report), ...unresolved(all)]
  },
}
