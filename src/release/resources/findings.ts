import { compareFindings, FINDING_TABLES, Severity, type Finding } from '../../model/finding.ts'
import {
  decimalField,
  schemaOf,
  SOURCE_LINE_FIELD,
  type Row,
  type TabularResource,
} from '../table-schema.ts'

/** The validation findings, one per row, in the one order findings are reported in. */
export function findingsResource(findings: readonly Finding[]): TabularResource {
  const rows: Row[] = [...findings]
    .sort(compareFindings)
    .map((f) => [
      f.rule,
      f.severity,
      f.table,
      f.row,
      f.column,
      f.expected,
      f.actual,
      f.difference,
      f.line,
      f.message.zh,
      f.message.en,
    ])
  const diff = 'Exact decimal; empty where the finding is not about a figure.'
  return {
    name: 'validation-findings',
    title: '校验结果 (validation findings)',
    description:
      'Every finding of the validation of the report: arithmetic and cross-table checks done with exact decimals, and what the parser noticed ' +
      '(e.g. a repaired code). Sorted by source line, then severity, rule and row (text by Unicode code unit, not locale). ' +
      'validation-report.json holds the same in Frictionless report shape.',
    schema: schemaOf([
      {
        name: 'rule',
        type: 'string',
        title: '规则 (rule)',
        description: 'The stable kebab-case id of the check; finding-types.csv says what it means.',
        constraints: { required: true },
      },
      {
        name: 'severity',
        type: 'string',
        title: '严重程度 (severity)',
        description: 'error, warning or info.',
        constraints: { required: true, enum: [...Severity.options] },
      },
      {
        name: 'table',
        type: 'string',
        title: '表 (table)',
        description:
          'The table (01 … 09) or part of the report (profile, narrative, projects, performance, report).',
        constraints: { required: true, enum: [...FINDING_TABLES] },
      },
      {
        name: 'row',
        type: 'string',
        title: '行 (row)',
        description: 'The row as printed: a code, a label or a line number.',
      },
      {
        name: 'column',
        type: 'string',
        title: '栏 (column)',
        description: "The column key, as in the table's CSV header.",
      },
      decimalField('expected', '应为 (expected)', `What the figure should be. ${diff}`),
      decimalField('actual', '实为 (actual)', `The figure as printed. ${diff}`),
      decimalField('difference', '差额 (difference)', `actual − expected. ${diff}`),
      {
        ...SOURCE_LINE_FIELD,
        constraints: { minimum: 1 },
        description:
          'The 1-based line of the source report the finding is about; empty for the report as a whole.',
      },
      {
        name: 'message_zh',
        type: 'string',
        title: '说明 (message, Chinese)',
        constraints: { required: true },
      },
      {
        name: 'message_en',
        type: 'string',
        title: '说明 (message, English)',
        constraints: { required: true },
      },
    ]),
    rows,
    candidateKeys: [],
    candidateForeignKeys: [
      { fields: ['rule'], reference: { resource: 'finding-types', fields: ['type'] } },
    ],
  }
}
