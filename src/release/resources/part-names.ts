import { SOURCE_LINE_FIELD } from '../table-schema.ts'
import type { Naming } from './report-parts.ts'

/** The known lists of the report's parts, named to read well; a list not named here gets its path. */
export const PART_NAMES: Record<string, Naming> = {
  'narrative.sections': {
    name: 'narrative-sections',
    title: '情况说明 (narrative sections)',
    description: 'The sections of 第三部分 情况说明 with their text, in source order.',
  },
  'narrative.figures': {
    name: 'narrative-figures',
    title: '情况说明中的数字 (figures stated in the narrative)',
    description:
      'Every figure stated in 第三部分 情况说明, with the sentence it stands in, in source order.',
  },
  'projects.items': {
    name: 'projects',
    title: '项目 (projects)',
    description:
      'The projects listed in the report with their outlay and purpose, in source order.',
  },
  'performance.facts': {
    name: 'performance-facts',
    title: '绩效报告中的事实 (facts stated in the performance report)',
    description: 'Plain facts stated in the performance report (附件), in source order.',
  },
  'performance.projects': {
    name: 'performance-projects',
    title: '绩效报告中的项目 (projects in the performance report)',
    description: 'The projects listed in the performance report (附件), in source order.',
  },
  'performance.selfEvaluations': {
    name: 'self-evaluations',
    key: 'evaluation',
    title: '绩效自评表 (performance self-evaluations)',
    description:
      'One row per 绩效自评表 (department as a whole or one project), with its goals and total score; funding rows and indicators are in self-evaluation-funding.csv and self-evaluation-indicators.csv.',
  },
  'performance.selfEvaluations.funding': {
    name: 'self-evaluation-funding',
    title: '年度资金 (self-evaluation funding rows)',
    description:
      'The 年度资金 rows of each self-evaluation (合计, 当年财政拨款, 上年结转资金, 其他资金).',
  },
  'performance.selfEvaluations.indicators': {
    name: 'self-evaluation-indicators',
    title: '绩效指标 (self-evaluation indicators)',
    description:
      'The 绩效指标 rows of each self-evaluation: 一级/二级/三级指标 (merged cells carried down), target, actual, weight and score.',
  },
}

/** Bilingual titles for the columns the model has today; a new column goes out with its name only. */
export const COLUMN_TITLES: Record<string, string> = {
  line: SOURCE_LINE_FIELD.title!,
  section: '所在章节 (section)',
  heading: '标题 (heading)',
  text: '正文 (text)',
  subject: '对象 (subject)',
  measure: '度量 (measure)',
  value: '数值 (value)',
  unit: '单位 (unit)',
  direction: '增减 (direction)',
  sentence: '原句 (sentence)',
  index: '序号 (number)',
  name: '名称 (name)',
  amount: '金额 (amount)',
  purpose: '用途 (purpose)',
  kind: '类型 (kind)',
  total_investment: '项目总投资 (total investment)',
  goals_expected: '预期目标 (expected goals)',
  goals_actual: '实际完成情况 (actual results)',
  total_weight: '总分值 (total weight)',
  total_score: '总得分 (total score)',
  total_grade: '评价等级 (grade)',
  total_line: '总分行号 (source line of the total)',
  label: '项目 (label)',
  initial_budget: '年初预算数 (initial budget)',
  full_year_budget: '全年预算数 (full-year budget)',
  executed: '全年执行数 (executed)',
  weight: '分值 (weight)',
  execution_rate: '执行率 (execution rate, %)',
  score: '得分 (score)',
  level1: '一级指标 (level-1 indicator)',
  level1_weight: '一级指标分值 (level-1 weight)',
  level2: '二级指标 (level-2 indicator)',
  level3: '三级指标 (level-3 indicator)',
  target: '年度指标值 (target)',
  actual: '实际完成值 (actual)',
  note: '偏差原因 (note)',
  number: '序号 (number)',
  topic: '主题 (topic)',
  key: '数字键 (figure key)',
  code: '功能分类科目编码 (functional classification code)',
  base: '比较基数 (base of a share or rate)',
  approximate: '约数 (approximate: 余)',
  amount_line: '金额行号 (source line of the amount)',
  title: '标题 (title)',
  department: '部门 (department)',
  sub_project: '子项目 (sub-project)',
  fiscal_investment: '其中：财政拨款 (of which fiscal appropriations)',
  period: '实施期 (period)',
  goals_line: '目标行号 (source line of the goals)',
  /** The number of a self-evaluation, which its funding rows and indicators refer to. */
  evaluation: '自评表序号 (self-evaluation number)',
}
