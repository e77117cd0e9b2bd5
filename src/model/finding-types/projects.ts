import type { FindingTypeEntry } from '../finding-types.ts'

/** The project list (十四、重点项目预算的绩效评价结果) against the tables, the other list and the self-evaluations. */
export const PROJECT_TYPES = [
  {
    type: 'projects-count-mismatch',
    severities: ['error'],
    tables: ['projects'],
    stages: ['validate'],
    title: { zh: '项目个数不符', en: 'The number of projects disagrees' },
    description: {
      zh: '第三部分所称开展绩效自评的项目个数，与其下列出的项目数或附件中项目支出绩效自评表的张数不同。',
      en: 'The number of projects part three says were self-evaluated differs from the projects listed under it, or from the number of project self-evaluation tables in the annex.',
    },
  },
  {
    type: 'projects-total-mismatch',
    severities: ['error', 'warning'],
    tables: ['projects'],
    stages: ['validate'],
    title: {
      zh: '项目资金合计与所列项目之和不符',
      en: 'The project total is not the sum of the list',
    },
    description: {
      zh: '第三部分所述“共涉及资金”不等于所列各项目支出之和。差额在尾数误差范围内为警告，超出为错误。',
      en: 'The funds part three states for all projects (共涉及资金) are not the sum of the projects listed. A warning within the rounding of the figures (尾数误差), an error beyond it.',
    },
  },
  {
    type: 'projects-total-vs-table',
    severities: ['error', 'warning'],
    tables: ['projects'],
    stages: ['validate'],
    title: { zh: '项目资金合计与表不符', en: 'The project total differs from the tables' },
    description: {
      zh: '第三部分所述项目资金合计不等于05表或03表合计行的项目支出。差额在尾数误差范围内为警告，超出为错误。',
      en: 'The project funds stated in part three differ from 项目支出 in the 合计 row of table 05 or 03. A warning within the rounding of the figures (尾数误差), an error beyond it.',
    },
  },
  {
    type: 'projects-list-mismatch',
    severities: ['error', 'warning'],
    tables: ['projects'],
    stages: ['validate'],
    title: { zh: '两处项目清单不一致', en: 'The two project lists disagree' },
    description: {
      zh: '第三部分的项目清单与绩效评价报告的项目清单（按序号）不一致：项目只列在一处、名称不同或项目支出不同。差额在尾数误差范围内为警告，超出为错误。',
      en: "Part three's project list and the performance report's list disagree, by number: a project listed in one only, named differently, or with another outlay. A warning within the rounding of the figures (尾数误差), an error beyond it.",
    },
  },
  {
    type: 'projects-self-evaluation-mismatch',
    severities: ['error', 'warning'],
    tables: ['projects'],
    stages: ['validate'],
    title: { zh: '项目支出与其自评表不符', en: 'A project differs from its self-evaluation' },
    description: {
      zh: '第三部分所列项目支出不等于其项目支出绩效自评表的项目总投资或全年执行数。差额在尾数误差范围内为警告，超出为错误。',
      en: "A listed project's outlay differs from 项目总投资 or 全年执行数 in its project self-evaluation table. A warning within the rounding of the figures (尾数误差), an error beyond it.",
    },
  },
  {
    type: 'projects-self-evaluation-missing',
    severities: ['error', 'warning'],
    tables: ['projects'],
    stages: ['validate'],
    title: { zh: '项目与自评表对不上', en: 'A project or a self-evaluation lacks its match' },
    description: {
      zh: '所列项目没有对应的项目支出绩效自评表（错误），或自评表的项目不在第三部分的清单中（警告）。',
      en: 'A listed project has no project self-evaluation table (an error), or a self-evaluation table is for a project not in part three’s list (a warning).',
    },
  },
] as const satisfies readonly FindingTypeEntry[]
