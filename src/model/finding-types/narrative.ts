import type { FindingTypeEntry } from '../finding-types.ts'

const TRUNCATED = {
  zh: '印出的是截尾而非四舍五入时为警告，其他不符为错误。',
  en: 'A warning when the printed figure is truncated instead of rounded, an error otherwise.',
}
const WITHIN_ROUNDING = {
  zh: '差额在尾数误差范围内为警告，超出为错误。',
  en: 'A warning within the rounding of the figures (尾数误差), an error beyond it.',
}

/** 第一部分 (the profile) and 第三部分 情况说明 (the narrative): stated figures against the tables and themselves. */
export const NARRATIVE_TYPES = [
  {
    type: 'profile-internal-units-mismatch',
    severities: ['error'],
    tables: ['profile'],
    stages: ['validate'],
    title: { zh: '内设机构数前后不一', en: 'The number of internal units disagrees' },
    description: {
      zh: '第一部分列出的内设机构数与绩效评价报告所述不同（如“本单位无内设机构”）。',
      en: 'Part one lists a number of internal units (内设机构) that the performance report contradicts (e.g. 本单位无内设机构).',
    },
  },
  {
    type: 'narrative-amount-mismatch',
    severities: ['error', 'warning', 'info'],
    tables: ['narrative'],
    stages: ['validate'],
    title: { zh: '情况说明中的金额与表不符', en: 'A stated amount differs from its table' },
    description: {
      zh: `情况说明所述金额或预算数与其对应的表中数字不同（01–08表）。${WITHIN_ROUNDING.zh}会议费、培训费、机关运行经费与06表（只含基本支出）的核对低一级。`,
      en: `An amount or budget stated in the narrative differs from the table cell it reports (tables 01–08). ${WITHIN_ROUNDING.en} 会议费, 培训费 and 机关运行经费 against 06 (basic spending only) are one severity lower.`,
    },
  },
  {
    type: 'narrative-share-mismatch',
    severities: ['error', 'warning'],
    tables: ['narrative'],
    stages: ['validate'],
    title: { zh: '占比计算不符', en: 'A stated share is miscalculated' },
    description: {
      zh: `“占…%”按表中数字（或其前所述金额）计算，保留印出的位数后不相等。${TRUNCATED.zh}`,
      en: `A share (占 …%) is not the ratio of the tables' figures (or of the amount stated just before it) at the printed precision. ${TRUNCATED.en}`,
    },
  },
  {
    type: 'narrative-completion-rate-mismatch',
    severities: ['error', 'warning'],
    tables: ['narrative'],
    stages: ['validate'],
    title: { zh: '预算完成率计算不符', en: 'A completion rate is miscalculated' },
    description: {
      zh: `“完成年初预算的…%”不等于同句所述决算数 ÷ 预算数。${TRUNCATED.zh}`,
      en: `完成年初预算的 …% is not the final amount ÷ the budget stated in the same sentence. ${TRUNCATED.en}`,
    },
  },
  {
    type: 'narrative-budget-sum-mismatch',
    severities: ['error', 'warning'],
    tables: ['narrative'],
    stages: ['validate'],
    title: { zh: '年初预算与各项预算之和不符', en: 'A budget is not the sum of its items' },
    description: {
      zh: `所述财政拨款支出年初预算不等于文中各项（最细一级）年初预算之和。${WITHIN_ROUNDING.zh}`,
      en: `The stated 年初预算 of 财政拨款支出 is not the sum of the budgets stated for its items (the deepest codes given). ${WITHIN_ROUNDING.en}`,
    },
  },
  {
    type: 'narrative-growth-mismatch',
    severities: ['error', 'warning'],
    tables: ['narrative'],
    stages: ['validate'],
    title: { zh: '增减率计算不符', en: 'A growth rate is miscalculated' },
    description: {
      zh: `“增长/减少…%”不等于增减额 ÷ 其隐含的上年数（上年 = 本年 ∓ 增减额），或增减方向与增减额相反（错误）。${TRUNCATED.zh}`,
      en: `增长/减少 …% is not the change ÷ the previous year's figure it implies (本年 ∓ 增减额), or its direction contradicts the change (an error). ${TRUNCATED.en}`,
    },
  },
  {
    type: 'narrative-repeated-mismatch',
    severities: ['error'],
    tables: ['narrative'],
    stages: ['validate'],
    title: { zh: '同一数字前后不一', en: 'A figure stated twice differs' },
    description: {
      zh: '同一数字（同一主题、科目和口径）在情况说明中出现两次，数值不同。',
      en: 'The same figure (same subject, code and measure) is stated twice in the narrative with two values.',
    },
  },
  {
    type: 'narrative-parts-sum-mismatch',
    severities: ['error', 'warning'],
    tables: ['narrative'],
    stages: ['validate'],
    title: {
      zh: '所述合计与所述各项之和不符',
      en: 'A stated total is not the sum of its stated parts',
    },
    description: {
      zh: `情况说明中的合计（收入、支出、基本支出、三公经费、公务用车、政府性基金、政府采购、车辆、财政拨款支出各类）不等于同处所述各项之和。${WITHIN_ROUNDING.zh}`,
      en: `A total stated in the narrative (revenue, expenditure, basic spending, 三公, vehicles, government funds, procurement, vehicles held, 财政拨款支出 by class) is not the sum of the parts stated with it. ${WITHIN_ROUNDING.en}`,
    },
  },
  {
    type: 'narrative-none-stated-vs-table',
    severities: ['error'],
    tables: ['narrative'],
    stages: ['validate'],
    title: { zh: '称“无”而表中有数', en: 'Stated as none, yet the table has figures' },
    description: {
      zh: '情况说明称没有政府性基金或国有资本经营预算收支，而08或09表印有非零金额。',
      en: 'The narrative says there are no government-fund or state-capital revenues and expenditures, yet table 08 or 09 prints non-zero amounts.',
    },
  },
  {
    type: 'narrative-function-unresolved',
    severities: ['warning'],
    tables: ['narrative'],
    stages: ['validate'],
    title: { zh: '所述科目找不到编码', en: 'A stated 类/款/项 has no code' },
    description: {
      zh: '情况说明中的类/款/项名称在2020年支出功能分类中找不到唯一对应的编码，该数字无法与05表核对。',
      en: 'The 类/款/项 names stated in the narrative match no single code of the 2020 functional classification, so the figure cannot be checked against table 05.',
    },
  },
] as const satisfies readonly FindingTypeEntry[]
