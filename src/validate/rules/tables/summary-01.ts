import type { Finding } from '../../../model/finding.ts'
import type { Side } from '../../../model/tables.ts'
import type { Rule } from '../../rule.ts'
import { checkEqual, checkSum, lineMissing } from './compare.ts'
import { type AnyRow, amountOf, findLine, hasEnumerator, type Text } from './rows.ts'

/**
 * The numbered lines of one side printed above its 本年…合计 line: 一…八 on the income side,
 * the function classes on the expenditure side. "其中：" lines are parts of a line above and are
 * not added again (older layouts: 一、财政拨款收入 / 其中：政府性基金预算财政拨款).
 */
export function numberedLines(rows: readonly AnyRow[], side: Side, subtotal: AnyRow): AnyRow[] {
  const sideRows = rows.filter((r) => r.side === side)
  const end = sideRows.indexOf(subtotal)
  return sideRows.slice(0, end).filter((r) => hasEnumerator(r.label) && !r.label.startsWith('其中'))
}

const where: Text = { zh: '01表', en: 'table 01' }

function place(row: AnyRow) {
  return { table: '01' as const, row: row.label, column: 'amount', line: row.line, where }
}

/** A line's figure, named as the message should say it ("收入总计" for the income 总计). */
const fig = (row: AnyRow | undefined, name: string) => ({
  zh: name,
  en: name,
  value: amountOf(row, 'amount'),
})

/**
 * 01 收入支出决算总表: 本年收入合计 = Σ 一…八; 本年支出合计 = Σ class lines;
 * 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余;
 * 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余; 收入总计 = 支出总计.
 * Lines are found by name, not position; an absent optional line counts as blank.
 */
export const summary01: Rule = {
  ids: [
    'summary-total-mismatch',
    'summary-balance-mismatch',
    'summary-line-missing',
    'total-missing',
  ],
  check(report) {
    const rows = report.tables['01'].rows
    const revenue = findLine(rows, 'income', '本年收入合计')
    const spending = findLine(rows, 'expenditure', '本年支出合计')
    const incomeTotal = findLine(rows, 'income', '总计')
    const spendingTotal = findLine(rows, 'expenditure', '总计')
    const findings: Finding[] = []
    if (!revenue) findings.push(...lineMissing('01', 'income', '本年收入合计'))
    if (!spending) findings.push(...lineMissing('01', 'expenditure', '本年支出合计'))
    if (!incomeTotal) findings.push(...lineMissing('01', 'income', '总计'))
    if (!spendingTotal) findings.push(...lineMissing('01', 'expenditure', '总计'))
    const rule = 'summary-total-mismatch'
    if (revenue) {
      const terms = numberedLines(rows, 'income', revenue)
      findings.push(
        ...checkSum({
          ...place(revenue),
          rule,
          total: fig(revenue, '本年收入合计'),
          terms: terms.map((r) => fig(r, r.label)),
          termsName: { zh: '各项收入（一至八）之和', en: 'the sum of the income lines 一…八' },
        }),
      )
    }
    if (spending) {
      const terms = numberedLines(rows, 'expenditure', spending)
      findings.push(
        ...checkSum({
          ...place(spending),
          rule,
          total: fig(spending, '本年支出合计'),
          terms: terms.map((r) => fig(r, r.label)),
          termsName: { zh: '各功能分类支出之和', en: 'the sum of the function-class lines' },
        }),
      )
    }
    if (incomeTotal) {
      findings.push(
        ...checkSum({
          ...place(incomeTotal),
          rule,
          total: fig(incomeTotal, '收入总计'),
          terms: [
            fig(revenue, '本年收入合计'),
            fig(findLine(rows, 'income', '使用非财政拨款结余'), '使用非财政拨款结余'),
            fig(findLine(rows, 'income', '年初结转和结余'), '年初结转和结余'),
          ],
          termsName: {
            zh: '本年收入合计、使用非财政拨款结余与年初结转和结余之和',
            en: 'revenue plus use of non-appropriation balances plus opening balances',
          },
        }),
      )
    }
    if (spendingTotal) {
      findings.push(
        ...checkSum({
          ...place(spendingTotal),
          rule,
          total: fig(spendingTotal, '支出总计'),
          terms: [
            fig(spending, '本年支出合计'),
            fig(findLine(rows, 'expenditure', '结余分配'), '结余分配'),
            fig(findLine(rows, 'expenditure', '年末结转和结余'), '年末结转和结余'),
          ],
          termsName: {
            zh: '本年支出合计、结余分配与年末结转和结余之和',
            en: 'expenditure plus distribution of balances plus closing balances',
          },
        }),
      )
    }
    if (incomeTotal && spendingTotal) {
      findings.push(
        ...checkEqual({
          ...place(spendingTotal),
          rule: 'summary-balance-mismatch',
          value: fig(spendingTotal, '支出总计'),
          other: fig(incomeTotal, '收入总计'),
        }),
      )
    }
    return findings
  },
}
