import type { FindingTypeEntry } from '../finding-types.ts'

/** What the release builder records about the files it writes from the report. */
export const RELEASE_TYPES = [
  {
    type: 'cell-formula-like',
    severities: ['warning'],
    tables: [
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      'narrative',
      'projects',
      'performance',
    ],
    stages: ['release'],
    title: { zh: '文本单元格会被当作公式', en: 'A text cell a spreadsheet would run as a formula' },
    description: {
      zh: "文本单元格以 =、+、-、@、制表符或回车开头，电子表格会把它当作公式执行（公式注入）。-excel.csv 副本按 OWASP 的做法在其前加单引号（'），使其作为文本显示；标准 CSV 保持原文。数字（如“-24.88”）不受影响。",
      en: 'A text cell begins with =, +, -, @, a tab or a CR, which a spreadsheet runs as a formula (formula injection). The -excel.csv twin prefixes it with a single quote (\'), as OWASP advises, so it shows as text; the canonical CSV keeps it as printed. Numbers ("-24.88") are left alone.',
    },
  },
  {
    type: 'table-unit-mismatch',
    severities: ['error'],
    tables: ['01', '02', '03', '04', '05', '06', '07', '08', '09'],
    stages: ['release'],
    title: { zh: '表格单位与数据集不符', en: "A table's unit is not the dataset's" },
    description: {
      zh: '表格印出的金额单位（如“单位：元”）与 dataset.json 的 unit 不同：发布的金额将按错误的单位解读。',
      en: "A table prints another unit (单位：元) than dataset.json's unit: its amounts would be read in the wrong unit.",
    },
  },
] as const satisfies readonly FindingTypeEntry[]
