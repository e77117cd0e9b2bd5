import type { FigureKey, NarrativeTopic } from '../model/narrative.ts'
import { entriesOf, normalizeName } from '../reference/classification.ts'
import type { Resolved, SubjectInfo } from './figures.ts'

/** Which standard section a heading is; order matters ("…基本支出…" before "一般公共预算…"). */
const TOPICS: ReadonlyArray<readonly [RegExp, NarrativeTopic]> = [
  [/财政拨款收入支出决算总体/, 'fiscal'],
  [/收入支出决算总体/, 'overview'],
  [/基本支出/, 'basic'],
  [/三公/, 'three-public'],
  [/一般公共预算财政拨款支出/, 'general-budget'],
  [/政府性基金/, 'government-fund'],
  [/国有资本/, 'state-capital'],
  [/机关运行经费/, 'operating-costs'],
  [/一般性支出/, 'general-spending'],
  [/政府采购/, 'procurement'],
  [/国有资产/, 'assets'],
  [/绩效/, 'performance'],
  [/其他重要事项/, 'other'],
  [/收入决算/, 'revenue'],
  [/支出决算/, 'expenditure'],
]

export function topicOf(heading: string): NarrativeTopic | null {
  const h = normalizeName(heading)
  return TOPICS.find(([re]) => re.test(h))?.[1] ?? null
}

type Entry = readonly [RegExp, FigureKey, ((i: SubjectInfo) => boolean)?]
const money = (i: SubjectInfo) => i.unit === '万元'
const count = (i: SubjectInfo) => i.unit !== '万元' && i.unit !== '%'

const BY_TOPIC: Partial<Record<NarrativeTopic, readonly Entry[]>> = {
  overview: [[/收、?支总计|收入支出总计/, 'revenue_expenditure.total']],
  revenue: [
    [/本年收入合计|^收入合计/, 'revenue.total'],
    [/财政拨款收入/, 'revenue.fiscal_appropriation'],
    [/上级补助收入/, 'revenue.superior_subsidy'],
    [/事业收入/, 'revenue.service'],
    [/经营收入/, 'revenue.operating'],
    [/附属单位上缴收入/, 'revenue.affiliate_remittance'],
    [/其他收入/, 'revenue.other'],
  ],
  expenditure: [
    [/本年支出合计|^支出合计/, 'expenditure.total'],
    [/基本支出/, 'expenditure.basic'],
    [/项目支出/, 'expenditure.project'],
    [/上缴上级支出/, 'expenditure.remittance_to_superior'],
    [/对附属单位补助支出/, 'expenditure.subsidies_to_affiliates'],
    [/经营支出/, 'expenditure.operating'],
  ],
  fiscal: [[/财政拨款收、?支总计|财政拨款收入支出总计/, 'fiscal.total']],
  'general-budget': [
    [/（[类款项]）/, 'general_budget.function'],
    [/财政拨款支出/, 'general_budget.expenditure'],
  ],
  basic: [
    [/人员经费/, 'general_budget.personnel'],
    [/公用经费/, 'general_budget.public'],
    [/基本支出/, 'general_budget.basic'],
  ],
  'three-public': [
    [/三公/, 'three_public.total', money],
    [/因公出国.*团组/, 'three_public.overseas_groups', count],
    [
      /^累计$/,
      'three_public.overseas_visitors',
      (i) => count(i) && i.previous === 'three_public.overseas_groups',
    ],
    [/因公出国/, 'three_public.overseas_visits', money],
    [/接待.*团组/, 'three_public.reception_groups', count],
    [/来宾/, 'three_public.reception_visitors', count],
    [/公务接待/, 'three_public.receptions', money],
    [/保有量/, 'three_public.vehicle_fleet', count],
    [/公务用车购置费?及运行(维护)?费/, 'three_public.vehicles', money],
    [/公务用车购置费/, 'three_public.vehicle_purchase', money],
    [/公务用车运行(维护)?费/, 'three_public.vehicle_operation', money],
  ],
  'government-fund': [
    [/收入/, 'government_fund.revenue'],
    [/年初结转和结余/, 'government_fund.opening_balance'],
    [/年末结转和结余/, 'government_fund.closing_balance'],
    [/基本支出/, 'government_fund.basic'],
    [/项目支出/, 'government_fund.project'],
    [/支出/, 'government_fund.expenditure'],
  ],
  'operating-costs': [[/机关运行经费/, 'operating_costs']],
  'general-spending': [
    [/会议费/, 'meetings', money],
    [/培训费/, 'training', money],
    [/^人数$/, 'meetings.attendees', (i) => i.previous === 'meetings'],
    [/^人数$/, 'training.attendees', (i) => i.previous === 'training'],
    [/节庆|晚会|论坛|赛事/, 'celebrations', money],
  ],
  procurement: [
    [/中小企业/, 'procurement.sme'],
    [/小微企业/, 'procurement.small_micro'],
    [/货物/, 'procurement.goods'],
    [/工程/, 'procurement.works'],
    [/服务/, 'procurement.services'],
    [/采购支出/, 'procurement.total'],
  ],
  assets: [
    [/主要领导干部用车/, 'assets.vehicles.leaders'],
    [/机要通信用车/, 'assets.vehicles.confidential'],
    [/应急保障用车/, 'assets.vehicles.emergency'],
    [/执法执勤用车/, 'assets.vehicles.law_enforcement'],
    [/特种专业技术用车/, 'assets.vehicles.special'],
    [/其他用车/, 'assets.vehicles.other'],
    [/通用设备/, 'assets.general_equipment'],
    [/专用设备/, 'assets.special_equipment'],
    [/车辆/, 'assets.vehicles'],
  ],
  performance: [
    [/^项目$/, 'projects.count', count],
    [/.+/, 'project.amount', (i) => money(i) && i.fromContext],
    [/资金/, 'projects.amount', money],
  ],
}

/** The performance report (第五部分) states staff and money in its own words. */
const PERFORMANCE_REPORT: readonly Entry[] = [
  [/实有人数/, 'staff.total'],
  [/参公|参照公务员法管理/, 'staff.civil_service_managed'],
  [/行政人员/, 'staff.administrative'],
  [/^事业人员/, 'staff.public_institution'],
  [/.+/, 'project.amount', (i) => money(i) && i.fromContext],
  [/^收入$/, 'revenue.total', money],
  [/财政拨款收入/, 'revenue.fiscal_appropriation', money],
  [/其他资金来源/, 'revenue.other_sources', money],
  [/^支出$/, 'expenditure.total', money],
  [/^基本支出$/, 'expenditure.basic', money],
  [/^项目支出$/, 'expenditure.project', money],
]

function lookup(entries: readonly Entry[] | undefined, info: SubjectInfo): FigureKey | null {
  const subject = normalizeName(info.subject).replace(/[“”"]/g, '')
  return (
    entries?.find(([re, , when]) => re.test(subject) && (when ?? (() => true))(info))?.[1] ?? null
  )
}

export function narrativeKey(topic: NarrativeTopic | null, info: SubjectInfo): Resolved {
  const key = topic ? lookup(BY_TOPIC[topic], info) : null
  return { key, code: key === 'general_budget.function' ? functionCodeOf(info.subject) : null }
}

export function performanceReportKey(info: SubjectInfo): Resolved {
  return { key: lookup(PERFORMANCE_REPORT, info), code: null }
}

const LEVEL_LENGTH = { 类: 3, 款: 5, 项: 7 } as const
const sameName = (a: string, b: string) => {
  const [x, y] = [normalizeName(a), normalizeName(b)]
  return x === y || x.replace(/支出$/, '') === y.replace(/支出$/, '')
}

/**
 * 一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项） → 2010301: each name is
 * looked up under the code found for the level above. Null unless every level resolves to one code.
 */
function functionCodeOf(subject: string): string | null {
  const levels = [...normalizeName(subject).matchAll(/(.+?)（([类款项])）/g)]
  let code: string | null = null
  for (const [, name = '', level] of levels) {
    const length = LEVEL_LENGTH[level as keyof typeof LEVEL_LENGTH]
    const found = entriesOf('function').filter(
      (e) => e.code.length === length && e.code.startsWith(code ?? '') && sameName(e.name, name),
    )
    if (found.length !== 1) return null
    code = found[0]!.code
  }
  return code
}
