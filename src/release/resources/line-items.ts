import type { DatasetMetadata } from '../../model/dataset.ts'
import type { Report } from '../../model/report.ts'
import { TABLES } from '../../model/tables.ts'
import { amountMeaning, money } from '../fiscal.ts'
import { ROLLUPS, rollups } from './rollup.ts'
import {
  decimalField,
  EXACT_DECIMALS,
  schemaOf,
  SOURCE_LINE_FIELD,
  type Row,
  type TabularResource,
} from '../table-schema.ts'

const BY_SIDE: Record<string, string | undefined> = {
  income: 'revenue',
  expenditure: 'expenditure',
}

/**
 * Every figure of the nine tables as one row: the long shape spending portals aggregate.
 * A blank cell is not a line item, so blanks are left out (the wide table CSVs keep them).
 */
export function lineItemsResource(report: Report, metadata: DatasetMetadata): TabularResource {
  const rows: Row[] = []
  for (const def of TABLES) {
    const printed = report.tables[def.id].rows
    const rollup = rollups(printed)
    for (const [i, r] of printed.entries()) {
      const amounts = r.amounts as Record<string, string | null>
      for (const c of def.columns) {
        const amount = amounts[c.key] ?? null
        if (amount === null) continue
        const { direction, phase } = amountMeaning(def.id, c.key, metadata.unit)
        const resolved = direction === 'by-side' ? BY_SIDE[r.side ?? 'none'] : direction
        rows.push([
          def.id,
          def.en,
          r.side,
          r.code,
          r.level,
          r.label,
          rollup[i]!,
          c.key,
          resolved ?? null,
          phase ?? null,
          amount,
          r.line,
        ])
      }
    }
  }
  return {
    name: 'line-items',
    title: '明细 (line items): every amount of 公开01–09表',
    description:
      'Every amount of the nine standard tables as one row (table, row, measure, amount), in table order, then source order, ' +
      'then column order. Blank cells are omitted: a blank is not a line item. Totals and subtotals are rows too: ' +
      'rollup says which, so the sum of the leaf rows of one table, side and measure is the printed total ' +
      `(sum one measure at a time: a measure may be the total of others, as total_expenditure is). Amounts in ${metadata.unit}.`,
    schema: schemaOf([
      {
        name: 'table',
        type: 'string',
        title: '表号 (table)',
        description: 'The table: 01 … 09 (公开01表 … 公开09表).',
        constraints: { required: true, enum: TABLES.map((t) => t.id) },
      },
      {
        name: 'table_title',
        type: 'string',
        title: '表名 (table title)',
        description: 'The English title of the table.',
        constraints: { required: true },
      },
      {
        name: 'side',
        type: 'string',
        title: '收入/支出 (side)',
        description: 'income or expenditure in the two-sided tables 01 and 04; empty elsewhere.',
        constraints: { enum: ['income', 'expenditure'] },
      },
      {
        name: 'code',
        type: 'string',
        title: '科目编码 (classification code)',
        description:
          'The functional (tables 02, 03, 05, 08, 09) or economic (table 06) classification code; empty where the row has none.',
      },
      {
        name: 'level',
        type: 'string',
        title: '级次 (level)',
        description: 'class (类), section (款) or item (项); empty where there is no code.',
        constraints: { enum: ['class', 'section', 'item'] },
      },
      {
        name: 'name',
        type: 'string',
        title: '科目名称/项目 (name)',
        description: 'The row label as printed.',
      },
      {
        name: 'rollup',
        type: 'string',
        title: '汇总层级 (rollup)',
        description:
          'What the row is in its table: leaf (sum these), subtotal (a 类 or 款 with rows below it, a 小计, a 合计 under a 总计), ' +
          'total (总计, else 合计) or part (其中: already in the row above). The leaf rows of one table, side and measure add up to its total.',
        constraints: { required: true, enum: [...ROLLUPS] },
      },
      {
        name: 'measure',
        type: 'string',
        title: '栏目 (measure)',
        description:
          "The table's column key, as in the table's own CSV header (e.g. total_expenditure).",
        constraints: { required: true },
      },
      {
        name: 'direction',
        type: 'string',
        title: '收支方向 (direction)',
        description:
          'revenue, expenditure or balance (Fiscal Data Package direction); for tables 01 and 04 taken from the side.',
        constraints: { required: true, enum: ['revenue', 'expenditure', 'balance'] },
      },
      {
        name: 'phase',
        type: 'string',
        title: '阶段 (phase)',
        description: 'approved (预算数) or executed (决算数).',
        constraints: { required: true, enum: ['approved', 'executed'] },
      },
      {
        ...decimalField(
          'amount',
          `金额 (amount, ${metadata.unit})`,
          `The amount, in ${metadata.unit}. ${EXACT_DECIMALS}`,
          true,
        ),
        fiscal: money(metadata.unit),
      },
      SOURCE_LINE_FIELD,
    ]),
    rows,
    // Two-sided tables print two rows on a line, 公开06表 up to three: the key needs more than the line.
    candidateKeys: [
      ['table', 'line', 'side', 'measure'],
      ['table', 'line', 'side', 'code', 'measure'],
      ['table', 'line', 'side', 'name', 'measure'],
    ],
  }
}
