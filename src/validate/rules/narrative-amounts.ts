import type { Rule } from '../rule.ts'
import { tableFigure } from './narrative-cells.ts'
import { compareAmount } from './narrative-compare.ts'

/**
 * Every amount and budget the narrative states against the table cell it reports: 收支总计 (01),
 * each income and spending item (02/03), 财政拨款 (04/05), each 类/款/项 (05), 人员/公用经费
 * (06), 三公 预算/决算 (07), 政府性基金 (08); 会议费/培训费 (06 30215/30216) and 机关运行经费
 * (06 公用经费合计) are soft: 06 is basic spending only.
 */
export const narrativeAmounts: Rule = {
  ids: ['narrative-amount-mismatch'],
  check(report) {
    return report.narrative.figures.flatMap((f) => {
      const t = tableFigure(report, f)
      if (!t) return []
      const soft = t.soft
        ? {
            zh: '（该表只含基本支出，仅作参考核对。）',
            en: '(That table holds basic spending only; a soft check.)',
          }
        : undefined
      return compareAmount({
        rule: 'narrative-amount-mismatch',
        table: 'narrative',
        figure: f,
        expected: t.value,
        expectedName: t.name,
        figures: t.figures,
        soft: t.soft,
        note: soft,
      })
    })
  },
}
