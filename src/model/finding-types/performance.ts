import type { FindingTypeEntry } from '../finding-types.ts'

/** 第五部分: the performance report's figures and every 绩效自评表. */
export const PERFORMANCE_TYPES = [
  {
    type: 'performance-fact-mismatch',
    severities: ['error', 'warning'],
    tables: ['performance'],
    stages: ['validate'],
    title: {
      zh: '绩效评价报告中的数字与表不符',
      en: 'A figure of the performance report differs from the tables',
    },
    description: {
      zh: '绩效评价报告所述收入、财政拨款收入、其他资金来源、支出、基本支出、项目支出与04、05、02表不同。差额在尾数误差范围内为警告，超出为错误。',
      en: 'A figure the performance report states (revenue, appropriations, other sources, expenditure, basic, project) differs from tables 04, 05 or 02. A warning within the rounding of the figures (尾数误差), an error beyond it.',
    },
  },
  {
    type: 'performance-fact-sum-mismatch',
    severities: ['error', 'warning'],
    tables: ['performance'],
    stages: ['validate'],
    title: {
      zh: '绩效评价报告中的合计与各项不符',
      en: 'A total of the performance report is not the sum of its parts',
    },
    description: {
      zh: '绩效评价报告所述收入、支出合计不等于其所述各项之和（差额在尾数误差范围内为警告，超出为错误）；年末实有人数须与各类人数之和完全相等。',
      en: 'A total the performance report states (revenue, expenditure) is not the sum of the parts it states (A warning within the rounding of the figures (尾数误差), an error beyond it); 年末实有人数 must equal its parts exactly.',
    },
  },
  {
    type: 'self-evaluation-funding-sum',
    severities: ['error', 'warning'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '年度资金合计与其中各项不符', en: 'Funding 合计 is not the sum of its sources' },
    description: {
      zh: '自评表年度资金：合计 = 当年财政拨款 + 上年结转资金 + 其他资金（年初预算数、全年预算数、全年执行数各自核对）。差额在尾数误差范围内为警告，超出为错误。',
      en: '年度资金 of a self-evaluation: 合计 = 当年财政拨款 + 上年结转资金 + 其他资金, for 年初预算数, 全年预算数 and 全年执行数 each. A warning within the rounding of the figures (尾数误差), an error beyond it.',
    },
  },
  {
    type: 'self-evaluation-vs-accounts',
    severities: ['error', 'warning'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '自评表与决算不符', en: 'A self-evaluation differs from the accounts' },
    description: {
      zh: '部门整体支出绩效自评表的全年执行数应等于05表合计，年初预算数应等于第三部分所述年初预算；各项目自评表全年执行数之和应等于05表合计项目支出。差额在尾数误差范围内为警告，超出为错误。',
      en: "The department-wide self-evaluation executes what 05 合计 spends and budgets the 年初预算 of part three; the project self-evaluations together execute 05's 项目支出. A warning within the rounding of the figures (尾数误差), an error beyond it.",
    },
  },
  {
    type: 'self-evaluation-score-above-weight',
    severities: ['error'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '得分超过分值', en: 'A score exceeds its weight' },
    description: {
      zh: '某行得分大于其分值。',
      en: 'A row scores more (得分) than its weight (分值).',
    },
  },
  {
    type: 'self-evaluation-weight-missing',
    severities: ['error'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '有得分而无分值', en: 'A score without a weight' },
    description: {
      zh: '某行印有得分，分值为空，得分无从核对。',
      en: 'A row prints a score (得分) but no weight (分值), so the score cannot be checked.',
    },
  },
  {
    type: 'self-evaluation-score-missing',
    severities: ['error'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '有分值而无得分', en: 'A weight without a score' },
    description: {
      zh: '某行有分值，得分为空。',
      en: 'A row has a weight (分值) but no score (得分).',
    },
  },
  {
    type: 'self-evaluation-grade-missing',
    severities: ['warning'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '未评等级', en: 'No grade' },
    description: {
      zh: '总分一行没有印出等级。',
      en: 'No grade (等级) is printed for the total score.',
    },
  },
  {
    type: 'self-evaluation-grade-mismatch',
    severities: ['error'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '等级与总分不符', en: 'The grade does not fit the score' },
    description: {
      zh: '等级不是总分所在的档次：90（含）—100分为优，80—90为良，60—80为中，60分以下为差。',
      en: 'The grade is not the band of the total score: 90–100 优, 80–90 良, 60–80 中, below 60 差.',
    },
  },
  {
    type: 'self-evaluation-goals-missing',
    severities: ['warning'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '年度总体目标为空', en: 'The annual goals are empty' },
    description: {
      zh: '自评表的年度总体目标（预期目标、实际完成情况）没有填写。',
      en: 'The 年度总体目标 of a self-evaluation (expected goals and what was achieved) is left empty.',
    },
  },
  {
    type: 'self-evaluation-funding-score',
    severities: ['error'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '资金得分不等于分值 × 执行率', en: 'The funding score is not weight × rate' },
    description: {
      zh: '年度资金一行的得分不等于分值 × 执行率。',
      en: 'On the 年度资金 row the score is not the weight × the execution rate.',
    },
  },
  {
    type: 'self-evaluation-execution-rate',
    severities: ['error', 'warning'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '执行率计算不符', en: 'An execution rate is miscalculated' },
    description: {
      zh: '执行率不等于全年执行数 ÷ 全年预算数（按印出的位数）。印出的是截尾而非四舍五入时为警告。',
      en: 'The execution rate is not 全年执行数 ÷ 全年预算数 at the printed precision. A warning when it is truncated instead of rounded.',
    },
  },
  {
    type: 'self-evaluation-weight-total',
    severities: ['error'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '分值之和不等于总分分值', en: 'The weights do not add up to the total' },
    description: {
      zh: '各指标分值与年度资金分值之和不等于总分的分值。',
      en: 'The weights of the indicators plus the funding weight are not the weight of the total.',
    },
  },
  {
    type: 'self-evaluation-score-total',
    severities: ['error'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '得分之和不等于总分', en: 'The scores do not add up to the total' },
    description: {
      zh: '各指标得分与年度资金得分之和不等于总分；说明印出的总分与哪个其他和相等。',
      en: 'The scores of the indicators plus the funding score are not the total score; the finding says which other sum the printed total matches.',
    },
  },
  {
    type: 'self-evaluation-group-weight',
    severities: ['error'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '一级指标分值不符', en: 'A group of indicators does not add up to its label' },
    description: {
      zh: '一级指标下各指标分值之和不等于其标签所印分值，如“效益指标（30分）”。',
      en: 'The weights under a 一级指标 do not add up to the weight printed in its label, e.g. 效益指标 (30 分).',
    },
  },
  {
    type: 'self-evaluation-total-not-100',
    severities: ['error'],
    tables: ['performance'],
    stages: ['validate'],
    title: { zh: '总分不是100分', en: 'The total weight is not 100' },
    description: {
      zh: '总分的分值不是说明所定的100分。',
      en: 'The weight of the total is not the 100 points the notes set.',
    },
  },
] as const satisfies readonly FindingTypeEntry[]
