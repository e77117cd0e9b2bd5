import type { FindingTypeEntry } from '../finding-types.ts'

/** The tables with classification codes: 功能分类 in 02, 03, 05, 08, 09; 经济分类 in 06. */
const CODED = ['02', '03', '05', '06', '08', '09'] as const
const MAY_BE_EMPTY = ['05', '06', '07', '08', '09'] as const
const WITHIN_ROUNDING = {
  zh: '差额在印出数字的尾数误差范围内为警告，超出为错误。',
  en: 'A warning when the difference is within the rounding of the printed figures (尾数误差), an error beyond it.',
}

/** The nine tables (公开01表–09表): within each table, then across them. */
export const TABLE_TYPES = [
  {
    type: 'row-sum-mismatch',
    severities: ['error', 'warning'],
    tables: ['02', '03', '04', '05', '07', '08', '09'],
    stages: ['validate'],
    title: { zh: '行内合计与各栏之和不符', en: 'A row total is not the sum of its columns' },
    description: {
      zh: `同一行的合计栏不等于其各分项栏之和：02表六项收入，03表五项支出，04表支出方三类财政拨款，05、08、09表基本支出与项目支出，07表三公经费三项及公务用车购置费与运行费（预算数、决算数各自核对）。${WITHIN_ROUNDING.zh}`,
      en: `In one row a total column is not the sum of the columns it totals: the six sources of revenue (02), the five kinds of expenditure (03), the three kinds of appropriation (04, expenditure side), basic plus project expenditure (05, 08, 09), the three 三公 items and vehicle purchase plus operation (07, budget and actual each). ${WITHIN_ROUNDING.en}`,
    },
  },
  {
    type: 'row-balance-mismatch',
    severities: ['warning', 'info'],
    tables: ['08'],
    stages: ['validate'],
    title: {
      zh: '年末结转和结余与收支不衔接',
      en: 'A closing balance does not follow from the year',
    },
    description: {
      zh: '08表每行：年末结转和结余 ≈ 年初结转和结余 + 本年收入 − 本年支出。调剂和调整可使其不等，故比恒等式低一级：超出尾数误差为警告，之内为提示。',
      en: 'Each row of 08: closing balance ≈ opening balance + revenue − expenditure. Transfers and adjustments may intervene, so this is one severity below an identity: a warning beyond rounding, info within it.',
    },
  },
  {
    type: 'total-missing',
    severities: ['warning'],
    tables: ['01', '02', '03', '04', '05', '06', '07', '08', '09'],
    stages: ['validate'],
    title: { zh: '合计未印出', en: 'A total is blank over printed figures' },
    description: {
      zh: '合计、总计或上级科目为空，而其所汇总的数字不为零。并无印出的数字相互矛盾，合计可由各项求得，故为警告。',
      en: 'A total, a summary line or a parent 类/款 is blank while the figures it sums are not zero. Nothing printed is contradicted and the total can be recovered as the sum, so it is a warning.',
    },
  },
  {
    type: 'hierarchy-sum-mismatch',
    severities: ['error', 'warning'],
    tables: CODED,
    stages: ['validate'],
    title: { zh: '上级科目与下级科目之和不符', en: 'A class is not the sum of its sections' },
    description: {
      zh: `有科目编码的表中，每个金额栏：合计 = 各类之和，类 = 其下各款之和，款 = 其下各项之和（下级按编码前缀找出）。${WITHIN_ROUNDING.zh}`,
      en: `In every amount column of the coded tables: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, children found by code prefix. ${WITHIN_ROUNDING.en}`,
    },
  },
  {
    type: 'summary-total-mismatch',
    severities: ['error', 'warning'],
    tables: ['01', '04', '06'],
    stages: ['validate'],
    title: { zh: '汇总行与其各行之和不符', en: 'A summary line is not the sum of its lines' },
    description: {
      zh: `01、04表：本年收入合计 = 各收入行之和，本年支出合计 = 各功能分类支出之和，收入总计、支出总计 = 本年合计加结转结余各行（04表逐栏核对）；06表：人员经费合计 = 301 + 303，公用经费合计 = 302 + 307 + 309 + 310 + 312 + 399（按款）。${WITHIN_ROUNDING.zh}`,
      en: `01 and 04: 本年收入合计 = the income lines, 本年支出合计 = the function-class lines, 收入总计 and 支出总计 = the year's total plus the balance lines (04 column by column); 06: 人员经费合计 = 301 + 303 and 公用经费合计 = 302 + 307 + 309 + 310 + 312 + 399, by their 款. ${WITHIN_ROUNDING.en}`,
    },
  },
  {
    type: 'summary-balance-mismatch',
    severities: ['error', 'warning', 'info'],
    tables: ['01', '04'],
    stages: ['validate'],
    title: { zh: '收入总计与支出总计不平', en: 'Income and expenditure totals do not balance' },
    description: {
      zh: '01、04表收入总计应等于支出总计（超出尾数误差为错误）。04表另按每类财政拨款软核对：本年支出 ≈ 年初结转和结余 + 本年收入 − 年末结转和结余（低一级：警告或提示）。',
      en: '收入总计 = 支出总计 in 01 and 04 (an error beyond rounding). 04 also checks each fund softly: expenditure ≈ opening balance + revenue − closing balance (one severity lower: a warning or info).',
    },
  },
  {
    type: 'summary-line-missing',
    severities: ['warning'],
    tables: ['01', '04', '06'],
    stages: ['validate'],
    title: { zh: '缺少汇总行', en: 'A summary line is missing' },
    description: {
      zh: '勾稽关系所需的一行（本年收入合计、本年支出合计、总计、人员经费合计、公用经费合计）不在表中，相关核对无法进行。',
      en: 'A line an identity needs (本年收入合计, 本年支出合计, 总计, 人员经费合计, 公用经费合计) is not in the table, so the identities that use it cannot be checked.',
    },
  },
  {
    type: 'table-empty',
    severities: ['info'],
    tables: MAY_BE_EMPTY,
    stages: ['validate'],
    title: { zh: '空表，附有说明', en: 'An empty table, with a note saying why' },
    description: {
      zh: '05–09表可以没有数据，但须保留并说明原因（如“本表无数据”）。有说明即合规，提示中引用该说明。',
      en: 'Tables 05–09 may hold nothing, but must stay in the report with a note saying why (such as 本表无数据). With the note the table is valid; the finding quotes it.',
    },
  },
  {
    type: 'table-empty-unexplained',
    severities: ['warning'],
    tables: MAY_BE_EMPTY,
    stages: ['validate'],
    title: { zh: '空表，没有说明', en: 'An empty table without a note' },
    description: {
      zh: '05–09表没有数据，表下也没有说明原因。',
      en: 'One of tables 05–09 holds nothing and no note under it says why.',
    },
  },
  {
    type: 'line-number-sequence',
    severities: ['warning'],
    tables: ['01', '04'],
    stages: ['validate'],
    title: { zh: '行次重复或倒退', en: 'A line number repeats or goes backwards' },
    description: {
      zh: '01、04表收入方或支出方的行次不是逐行递增。只涉及版式，不涉及金额。',
      en: 'On one side of 01 or 04 the 行次 do not count up. Layout only: no money moves.',
    },
  },
  {
    type: 'line-number-gap',
    severities: ['info'],
    tables: ['01', '04'],
    stages: ['validate'],
    title: { zh: '行次跳号', en: 'Line numbers skip' },
    description: {
      zh: '01、04表两侧印在同一行的行次之差发生变化：其间有一侧跳号或重号。另一侧连续时指明是哪一侧。',
      en: 'Between two printed lines of 01 or 04 the distance between the income and expenditure 行次 changes: one side skipped or repeated numbers in between, named when the other side ran steadily.',
    },
  },
  {
    type: 'code-malformed',
    severities: ['warning'],
    tables: CODED,
    stages: ['validate'],
    title: { zh: '科目编码格式不对', en: 'A classification code is malformed' },
    description: {
      zh: '编码不符合其分类的格式：支出功能分类 3、5 或 7 位，经济分类 3 或 5 位。',
      en: 'A code is not of the form of its scheme: 3, 5 or 7 digits for 功能分类, 3 or 5 for 经济分类.',
    },
  },
  {
    type: 'code-level-mismatch',
    severities: ['warning'],
    tables: CODED,
    stages: ['validate'],
    title: { zh: '科目级次与编码长度不符', en: 'A level does not fit its code' },
    description: {
      zh: '记录的级次（类、款、项）与编码长度（3、5、7 位）不一致。',
      en: 'The level recorded for a row (类, 款, 项) is not the one its code length (3, 5, 7 digits) makes it.',
    },
  },
  {
    type: 'code-orphan',
    severities: ['warning'],
    tables: CODED,
    stages: ['validate'],
    title: { zh: '上级科目未列出', en: 'A parent code is not printed' },
    description: {
      zh: '款的类或项的款没有列在同一表中。',
      en: 'The 类 of a 款, or the 款 of a 项, is not printed in the same table.',
    },
  },
  {
    type: 'code-unknown',
    severities: ['warning', 'info'],
    tables: CODED,
    stages: ['validate'],
    title: { zh: '科目编码不在参考表中', en: 'A code is not in the classification' },
    description: {
      zh: '编码不在2020年政府收支分类科目参考表中。支出功能分类参考表在类以下不完整，故类以下为提示。',
      en: 'The code is not in the 2020 government classification reference. Below 类 the functional reference is incomplete, so there it is only info.',
    },
  },
  {
    type: 'code-name-mismatch',
    severities: ['warning'],
    tables: CODED,
    stages: ['validate'],
    title: { zh: '科目名称与参考名称不符', en: 'A code is named otherwise than the reference' },
    description: {
      zh: '科目名称与参考表不同（不计空格）。只在参考表已核实该名称时比较。',
      en: 'The name printed for a code differs from the reference name (spaces aside). Compared only where the reference has verified the name.',
    },
  },
  {
    type: 'code-duplicate',
    severities: ['warning'],
    tables: CODED,
    stages: ['validate'],
    title: { zh: '科目编码重复', en: 'A code is printed twice' },
    description: {
      zh: '同一编码在一张表中出现不止一次。',
      en: 'The same code is printed more than once in one table.',
    },
  },
  {
    type: 'cross-table-mismatch',
    severities: ['error', 'warning'],
    tables: ['01', '02', '03', '04', '05', '08', '09'],
    stages: ['validate'],
    title: { zh: '表间数字不符', en: 'A figure differs from another table' },
    description: {
      zh: `同一数字在两张表中不同：01表本年收入合计与02表合计、各收入来源；01表本年支出合计与03表合计，逐类；04表收入方与01表三类财政拨款；04表各类财政拨款与05、08、09表（合计与逐类）；05表合计基本支出与06表人员经费、公用经费之和。${WITHIN_ROUNDING.zh}`,
      en: `The same figure differs between two tables: 01 本年收入合计 and each source against 02; 01 本年支出合计 against 03, total and class by class; 04's income lines against 01; 04's appropriation columns against 05, 08 and 09, total and class by class; 05 basic expenditure against 06 staff plus office costs. ${WITHIN_ROUNDING.en}`,
    },
  },
  {
    type: 'cross-table-exceeds',
    severities: ['error', 'warning', 'info'],
    tables: ['04', '05', '06'],
    stages: ['validate'],
    title: { zh: '部分大于整体', en: 'A part exceeds its whole' },
    description: {
      zh: '一个数字超过包含它的数字：04表年初、年末、本年支出合计及各类 ≤ 01表；05表每行 ≤ 03表同一行；06表三公经费各款 ≤ 07表决算数（06表只含基本支出，故低一级）。超出在尾数误差内为警告。',
      en: 'A figure exceeds the one that contains it: 04 opening, closing, 本年支出合计 and each class ≤ 01; each row of 05 ≤ the same row of 03; the 三公 items of 06 ≤ 07 actual (06 holds basic spending only, so one severity lower). A warning when the excess is within rounding.',
    },
  },
  {
    type: 'cross-table-name-mismatch',
    severities: ['warning'],
    tables: ['02', '05', '08', '09'],
    stages: ['validate'],
    title: { zh: '同一科目在两表中名称不同', en: 'A code is named differently in two tables' },
    description: {
      zh: '02、05、08、09表中的科目名称与03表（03表没有时与02表）中同一编码的名称不同。',
      en: 'A code in 02, 05, 08 or 09 carries another name than the same code in 03 (or in 02 where 03 lacks it).',
    },
  },
  {
    type: 'cross-table-code-missing',
    severities: ['warning', 'info'],
    tables: ['02', '03', '05', '08', '09'],
    stages: ['validate'],
    title: { zh: '科目只列在一张表中', en: 'A code is listed in one table only' },
    description: {
      zh: '05、08、09表的科目不在03表中为警告（其支出是03表支出的一部分）；02表与03表科目不同只作提示（结转收入或动用结转的支出可以解释）。',
      en: 'A code of 05, 08 or 09 missing from 03 is a warning (their spending is part of 03). 02 and 03 listing different codes is only info: revenue carried over, or spending from carry-overs, may explain it.',
    },
  },
] as const satisfies readonly FindingTypeEntry[]
