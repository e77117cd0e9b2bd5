import type { FindingTypeEntry } from '../finding-types.ts'

/**
 * What the parser records: a glitch of text extraction it repaired (info, quoting the original
 * text) or a cell it could not read (error, read as blank).
 */
export const INGEST_TYPES = [
  {
    type: 'code-repaired',
    severities: ['info'],
    tables: ['02', '03', '05', '06', '08', '09'],
    stages: ['ingest'],
    title: { zh: '修复被截断的科目编码', en: 'A truncated code repaired' },
    description: {
      zh: '提取时被截断的编码按参考表修复：类级编码印短（“22999”上方的“29”）时，若数字在其下款级编码之内且名称与参考名称一致，按该类读取；06表经济分类编码被截断时，按其下唯一同名的编码读取。',
      en: 'A code cut short by text extraction is repaired from the reference: a 类 printed short ("29" above "22999") is read from the 款 under it when the digits fit and the name is the reference name; a truncated economic code in 06 is read as the one code under it with the printed name.',
    },
  },
  {
    type: 'code-unrepaired',
    severities: ['error'],
    tables: ['02', '03', '05', '08', '09'],
    stages: ['ingest'],
    title: { zh: '科目编码无法读取或修复', en: 'A code could not be read or repaired' },
    description: {
      zh: '编码不是 3、5 或 7 位数字，也无法按参考表修复，级次无从确定。',
      en: 'A code is not 3, 5 or 7 digits and cannot be repaired from the reference, so its level cannot be told.',
    },
  },
  {
    type: 'line-number-split',
    severities: ['info'],
    tables: ['01', '04'],
    stages: ['ingest'],
    title: { zh: '行次被拆开，已合并', en: 'A split line number rejoined' },
    description: {
      zh: '提取把行次拆开（“1 0”，或后几位落到下一行），按合并后的行次读取。',
      en: 'Text extraction split a 行次 ("1 0", or its last digits on the next line); it is read rejoined.',
    },
  },
  {
    type: 'amount-not-a-number',
    severities: ['error'],
    tables: ['01', '02', '03', '04', '05', '06', '07', '08', '09'],
    stages: ['ingest'],
    title: { zh: '金额不是数字', en: 'An amount is not a number' },
    description: {
      zh: '表中金额单元格不是数字，按空白读取；提示中引用原文。',
      en: 'An amount cell of a table is not a decimal number; it is read as blank and quoted.',
    },
  },
  {
    type: 'extra-cells',
    severities: ['error'],
    tables: ['02', '03', '05', '08', '09'],
    stages: ['ingest'],
    title: { zh: '单元格多于表头', en: 'More cells than the header' },
    description: {
      zh: '某行的单元格比表头多，多出的未读取；提示中引用它们。',
      en: 'A row has more cells than the table has columns; the extra cells are not read, and are quoted.',
    },
  },
  {
    type: 'header-unmapped',
    severities: ['warning', 'info'],
    tables: ['02', '03', '04', '05', '07', '08', '09'],
    stages: ['ingest'],
    title: { zh: '表头栏目无法对应', en: 'A header names no standard column' },
    description: {
      zh: '表头中某栏的名称不对应本表的任何标准栏目，其数值未读取（有数值时为警告）；提示中引用该表头。',
      en: "A column's header names none of the table's standard columns; its values are not read (a warning when it holds any), and the header is quoted.",
    },
  },
  {
    type: 'header-unread',
    severities: ['warning'],
    tables: ['01', '02', '03', '04', '05', '06', '07', '08', '09'],
    stages: ['ingest'],
    title: { zh: '表头未能识别', en: 'The header could not be read' },
    description: {
      zh: '表头未能按栏目名称识别，各栏按全国模板的顺序读取。',
      en: "The table's header could not be read by column names; its columns are read in the national template's order.",
    },
  },
  {
    type: 'column-not-printed',
    severities: ['info'],
    tables: ['02', '03', '04', '05', '07', '08', '09'],
    stages: ['ingest'],
    title: { zh: '未印的栏目', en: 'A standard column is not printed' },
    description: {
      zh: '表头已识别，但没有印出某个标准栏目；该栏按未印处理（空白），不是零。',
      en: 'The header was read but does not print one of the standard columns; that column is read as not printed (blank), never as zero.',
    },
  },
  {
    type: 'part-not-read',
    severities: ['info'],
    tables: ['profile', 'narrative', 'performance'],
    stages: ['ingest'],
    title: { zh: '未读取的部分', en: 'A part of the report was not read' },
    description: {
      zh: '报告的某一部分（概况、情况说明、附件）未找到，因而未读取；需要它的校验已跳过。未读取不等于内容为空。',
      en: 'A part of the report (profile, narrative, annexes) was not found, and so not read; the rules that need it were skipped. Not read is not empty.',
    },
  },
  {
    type: 'figure-unit-normalised',
    severities: ['info'],
    tables: ['narrative', 'projects', 'performance'],
    stages: ['ingest'],
    title: { zh: '金额单位已换算', en: 'An amount stated in 元 or 亿元, read in 万元' },
    description: {
      zh: '文字中以“元”或“亿元”表述的金额，按表格的单位“万元”精确换算读取；提示中引用原文。',
      en: 'An amount the text states in 元 or 亿元 is read in 万元, the unit of the tables, exactly (by moving the decimal point); the original is quoted.',
    },
  },
  {
    type: 'paragraph-rejoined',
    severities: ['info'],
    tables: ['profile', 'narrative', 'projects', 'performance'],
    stages: ['ingest'],
    title: { zh: '断开的段落已合并', en: 'A broken paragraph rejoined' },
    description: {
      zh: '一行在句中断开（如分页），下一行是同一段落的下文，两行合并读取。',
      en: 'A line breaks off mid-sentence (at a page break, say) and the next line continues the same paragraph, so the two are read as one.',
    },
  },
  {
    type: 'stray-character-dropped',
    severities: ['info'],
    tables: ['narrative', 'performance'],
    stages: ['ingest'],
    title: { zh: '数字前多余的字母已去掉', en: 'A stray letter before a figure dropped' },
    description: {
      zh: '文中数字前多出一个字母（提取所致），去掉后读取该数字。',
      en: 'A stray letter stands before a figure in the prose (an extraction artefact); the figure is read without it.',
    },
  },
  {
    type: 'label-split',
    severities: ['info'],
    tables: ['performance'],
    stages: ['ingest'],
    title: { zh: '竖排标签被分页拆开', en: 'A vertical label split by a page break' },
    description: {
      zh: '自评表的竖排标签“绩效指标”被分页拆成几行，识别为同一个标签，不作数据。',
      en: 'The vertical label 绩效指标 of a self-evaluation is split over lines by a page break; it is read as the one label, not as data.',
    },
  },
  {
    type: 'indicator-regrouped',
    severities: ['info'],
    tables: ['performance'],
    stages: ['ingest'],
    title: { zh: '二级指标归入其一级指标', en: 'An indicator regrouped under its own group' },
    description: {
      zh: '二级指标印在其一级指标标签之前、上一组之下，按其所属的一级指标归组。',
      en: 'A 二级指标 is printed before its 一级指标 label, under the group above; it is grouped under the one it belongs to.',
    },
  },
  {
    type: 'score-not-a-number',
    severities: ['error'],
    tables: ['performance'],
    stages: ['ingest'],
    title: { zh: '自评表数字单元格不是数字', en: 'A self-evaluation cell is not a number' },
    description: {
      zh: '自评表的金额、分值或得分单元格不是数字，按空白读取；提示中引用原文。',
      en: 'An amount, weight (分值) or score (得分) cell of a self-evaluation is not a number; it is read as blank and quoted.',
    },
  },
  {
    type: 'thousands-separator-removed',
    severities: ['info'],
    tables: ['01', '02', '03', '04', '05', '06', '07', '08', '09', 'performance'],
    stages: ['ingest'],
    title: { zh: '千位分隔符已去掉', en: 'Thousands separators removed' },
    description: {
      zh: '数字单元格印有千位分隔符（“1,511.38”），去掉后按十进制数读取；其他写法不猜测。',
      en: 'A numeric cell printed thousands separators ("1,511.38"); it is read without them. No other form is guessed at.',
    },
  },
  {
    type: 'figure-unreadable',
    severities: ['warning'],
    tables: ['narrative', 'performance'],
    stages: ['ingest'],
    title: { zh: '文字中的数字无法读取', en: 'A figure in the text is unreadable' },
    description: {
      zh: '文字中单位前的数字不是规范的十进制数（如“0619.54万元”的前导零，或位数过多），不猜测其值，不作为数字读取。',
      en: 'A number before a unit in the text is not a plain decimal (a leading zero as in "0619.54万元", or too many digits); its value is not guessed and it is not read as a figure.',
    },
  },
  {
    type: 'cell-space-removed',
    severities: ['info'],
    tables: ['performance'],
    stages: ['ingest'],
    title: { zh: '数字中的空格已去掉', en: 'A space inside a figure removed' },
    description: {
      zh: '提取在数字中加了空格（“100 %”），去掉后读取。',
      en: 'Text extraction put a space inside a figure ("100 %"); it is read without it.',
    },
  },
  {
    type: 'row-shifted',
    severities: ['info'],
    tables: ['performance'],
    stages: ['ingest'],
    title: { zh: '整行右移一列，已复位', en: 'A row shifted one column right' },
    description: {
      zh: '某行的单元格整体比表头右移一列，左移一列后按表头读取。',
      en: 'The cells of a row sit one column right of the header; they are read one column left.',
    },
  },
] as const satisfies readonly FindingTypeEntry[]
