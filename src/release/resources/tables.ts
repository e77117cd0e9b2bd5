import type { DatasetMetadata } from '../../model/dataset.ts'
import type { Report } from '../../model/report.ts'
import { TABLES, tableDef, type TableDef } from '../../model/tables.ts'
import { amountMeaning, codeMeaning } from '../fiscal.ts'
import { ReleaseRefused } from '../refusal.ts'
import {
  decimalField,
  EXACT_DECIMALS,
  schemaOf,
  SOURCE_LINE_FIELD,
  type Field,
  type Row,
  type TabularResource,
} from '../table-schema.ts'

/** `03-expenditure`: the file stem and resource name of a table. */
export const tableResourceName = (def: Pick<TableDef, 'id' | 'slug'>) => `${def.id}-${def.slug}`

const CODE_TITLE = {
  function: '功能分类科目编码 (functional classification code)',
  economic: '经济分类科目编码 (economic classification code)',
  none: '科目编码 (classification code)',
}

/** Tables whose rows are 支出功能分类 codes that must also be rows of 公开03表 (all expenditure). */
const EXPENDITURE_SUBSETS = new Set(['05', '08', '09'])

/** One resource per standard table: one row per printed row, in source order. */
export function tableResources(report: Report, metadata: DatasetMetadata): TabularResource[] {
  return TABLES.map((def) => tableResource(def, report, metadata))
}

function tableResource(def: TableDef, report: Report, metadata: DatasetMetadata): TabularResource {
  const table = report.tables[def.id]
  const fields: Field[] = [SOURCE_LINE_FIELD]
  if (def.sided) {
    fields.push(
      {
        name: 'side',
        type: 'string',
        title: '收入/支出 (side)',
        description: 'Which half of the two-sided table the row stands in.',
        constraints: { required: true, enum: ['income', 'expenditure'] },
      },
      {
        name: 'line_no',
        type: 'string',
        title: '行次 (line number)',
        description: 'The 行次 printed in the row, as printed.',
      },
    )
  }
  // 01 and 04 print no codes, but their expenditure side lists 功能分类 classes the parser resolves.
  const scheme = def.codeScheme ?? (def.sided ? 'function' : null)
  fields.push(
    {
      name: 'code',
      type: 'string',
      title: CODE_TITLE[scheme ?? 'none'],
      description:
        'The classification code of the row: 类 3 digits, 款 5, 项 7 (economic: 类 3, 款 5), after any repair recorded in validation-findings.csv. ' +
        (def.codeScheme
          ? 'Empty on total rows such as 合计.'
          : 'Empty where the row names no classification (the table prints no codes; they are resolved from the names).'),
      ...(scheme && { fiscal: codeMeaning(scheme, metadata.fiscalYear) }),
    },
    {
      name: 'level',
      type: 'string',
      title: '级次 (level)',
      description:
        'class (类), section (款) or item (项), from the code; empty where the code is empty or malformed.',
      constraints: { enum: ['class', 'section', 'item'] },
    },
  )
  fields.push({
    name: 'name',
    type: 'string',
    title: def.codeScheme ? '科目名称 (account name)' : '项目 (item)',
    description:
      'The row label as printed, whitespace inside it removed. Empty where the source row has no label.',
  })
  for (const c of def.columns) {
    fields.push({
      ...decimalField(
        c.key,
        `${c.zh} (${c.en})`,
        `${c.en}, in ${metadata.unit}. ${EXACT_DECIMALS}`,
      ),
      fiscal: amountMeaning(def.id, c.key, metadata.unit),
    })
  }

  const rows: Row[] = table.rows.map((r) => {
    if (!def.sided && (r.side !== null || r.lineNo !== null))
      refuse(def, r.line, 'has a side or 行次, but the table is not two-sided')
    const amounts = r.amounts as Record<string, string | null>
    return [
      r.line,
      ...(def.sided ? [r.side, r.lineNo] : []),
      r.code,
      r.level,
      r.label,
      ...def.columns.map((c) => amounts[c.key] ?? null),
    ]
  })

  const notes = table.notes.length ? ` Notes as printed: ${table.notes.join(' ')}` : ''
  return {
    name: tableResourceName(def),
    title: `公开${def.id}表 ${def.zh} (${def.en})`,
    description:
      `${def.en}, table ${def.id} of the report, printed as "${table.title}" at line ${table.line}; amounts in ${table.unit ?? metadata.unit}. ` +
      `One row per printed row, in source order; a blank cell is an empty field, never 0.${notes}`,
    schema: schemaOf(fields),
    rows,
    candidateKeys: def.sided ? [['line', 'side']] : [['line'], ['line', 'code'], ['line', 'name']],
    candidateForeignKeys: EXPENDITURE_SUBSETS.has(def.id)
      ? [
          {
            fields: ['code'],
            reference: { resource: tableResourceName(tableDef('03')), fields: ['code'] },
          },
        ]
      : [],
  }
}

function refuse(def: TableDef, line: number, what: string): never {
  throw new ReleaseRefused(
    `Cannot build the release: the row of 公开${def.id}表 (${def.zh}) at source line ${line} ${what}; the parsed report does not fit the table's definition in src/model/table-defs.ts.`,
  )
}
