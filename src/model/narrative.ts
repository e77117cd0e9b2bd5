import { z } from 'zod'
import { FunctionClassCode } from './classification.ts'
import { DecimalString, SourceLine } from './decimal.ts'

export const NarrativeMeasure = z.enum([
  'amount', // 金额 (万元)
  'share', // 占 …%
  'change', // 增加/减少 … 万元 (or 人) against last year
  'growth', // 增长/减少 …%
  'budget', // 年初预算 / 预算
  'completion-rate', // 完成 …%
  'count', // 人, 个, 辆, 人次 …
  'percent', // any other percentage, e.g. 满意率 100%
])
export type NarrativeMeasure = z.infer<typeof NarrativeMeasure>

/**
 * What a figure is of, as a stable machine key: rules look figures up by key and measure
 * (`{ key: 'revenue.fiscal_appropriation', measure: 'share' }`), never by the printed wording.
 * `general_budget.function` figures also carry the 功能分类 `code` their 类/款/项 names resolve to.
 */
export const FigureKey = z.enum([
  'revenue_expenditure.total', // 收、支总计
  'revenue.total', // 本年收入合计
  'revenue.fiscal_appropriation', // 财政拨款收入
  'revenue.superior_subsidy', // 上级补助收入
  'revenue.service', // 事业收入
  'revenue.operating', // 经营收入
  'revenue.affiliate_remittance', // 附属单位上缴收入
  'revenue.other', // 其他收入
  'revenue.other_sources', // 其他资金来源 (performance report)
  'expenditure.total', // 本年支出合计
  'expenditure.basic', // 基本支出
  'expenditure.project', // 项目支出
  'expenditure.remittance_to_superior', // 上缴上级支出
  'expenditure.operating', // 经营支出
  'expenditure.subsidies_to_affiliates', // 对附属单位补助支出
  'fiscal.total', // 财政拨款收、支总计
  'general_budget.expenditure', // (一般公共预算)财政拨款支出
  'general_budget.function', // a 类/款/项 of it, with `code`
  'general_budget.basic', // 财政拨款基本支出
  'general_budget.personnel', // 人员经费
  'general_budget.public', // 公用经费
  'three_public.total', // “三公”经费
  'three_public.overseas_visits', // 因公出国（境）费
  'three_public.vehicles', // 公务用车购置费及运行维护费
  'three_public.vehicle_purchase', // 公务用车购置费
  'three_public.vehicle_operation', // 公务用车运行维护费
  'three_public.receptions', // 公务接待费
  'three_public.overseas_groups', // 因公出国（境）团组 (个)
  'three_public.overseas_visitors', // … 人次
  'three_public.reception_groups', // 接待来访团组 (个)
  'three_public.reception_visitors', // 来宾 (人次)
  'three_public.vehicle_fleet', // 公务用车保有量 (辆)
  'government_fund.revenue', // 政府性基金预算财政拨款收入
  'government_fund.opening_balance', // 年初结转和结余
  'government_fund.expenditure', // 支出
  'government_fund.basic', // 基本支出
  'government_fund.project', // 项目支出
  'government_fund.closing_balance', // 年末结转和结余
  'operating_costs', // 机关运行经费
  'meetings', // 会议费
  'meetings.attendees', // 会议 人数
  'training', // 培训费
  'training.attendees', // 培训 人数
  'celebrations', // 节庆、晚会、论坛、赛事活动
  'procurement.total', // 政府采购支出总额
  'procurement.goods',
  'procurement.works',
  'procurement.services',
  'procurement.sme', // 授予中小企业合同金额
  'procurement.small_micro', // 授予小微企业合同金额
  'assets.vehicles', // 车辆
  'assets.vehicles.leaders', // 主要领导干部用车
  'assets.vehicles.confidential', // 机要通信用车
  'assets.vehicles.emergency', // 应急保障用车
  'assets.vehicles.law_enforcement', // 执法执勤用车
  'assets.vehicles.special', // 特种专业技术用车
  'assets.vehicles.other', // 其他用车
  'assets.general_equipment', // 单位价值50万元以上通用设备 (台（套）)
  'assets.special_equipment', // 单位价值100万元以上专用设备
  'projects.count', // 7个项目
  'projects.amount', // 共涉及资金
  'project.amount', // one listed project's 项目支出
  'staff.total', // 年末实有人数
  'staff.administrative', // 行政人员
  'staff.civil_service_managed', // 参公事业人员 (参照公务员法管理)
  'staff.public_institution', // 事业人员
  'internal_units.count', // 内设机构: "本单位无内设机构" states 0
])
export type FigureKey = z.infer<typeof FigureKey>

/** One figure stated in prose (第三部分, or the performance report), tied to its sentence and line. */
export const NarrativeFigure = z.strictObject({
  /** The heading of the section it stands in, e.g. 二、收入决算情况说明. */
  section: z.string(),
  /** What the figure is of, as printed: 财政拨款收入, 行政运行, 公务接待费 … */
  subject: z.string(),
  key: FigureKey.nullable(),
  /** 功能分类 code where the subject names a 类/款/项. */
  code: FunctionClassCode.nullable(),
  measure: NarrativeMeasure,
  value: DecimalString,
  /** 万元, %, 人, 个 … as printed (％ read as %). */
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']).nullable(),
  /** What a share or rate is of, as printed: 占本年支出合计的 → 本年支出合计. */
  base: z.string().nullable(),
  /** 余: "200 余场次" is "more than 200". */
  approximate: z.boolean(),
  sentence: z.string(),
  line: SourceLine,
})
export type NarrativeFigure = z.infer<typeof NarrativeFigure>

/** Which standard section a heading is: reports reorder and reword them, rules need to know. */
export const NarrativeTopic = z.enum([
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
export type NarrativeTopic = z.infer<typeof NarrativeTopic>

export const NarrativeSection = z.strictObject({
  /** 一、 → 1 */
  number: z.number().int().positive(),
  heading: z.string(),
  topic: NarrativeTopic.nullable(),
  line: SourceLine,
  /** The section's paragraphs, one per line of text, paragraphs split by a page break rejoined. */
  text: z.string(),
})
export type NarrativeSection = z.infer<typeof NarrativeSection>

export const Narrative = z.strictObject({
  sections: z.array(NarrativeSection),
  figures: z.array(NarrativeFigure),
})
export type Narrative = z.infer<typeof Narrative>
