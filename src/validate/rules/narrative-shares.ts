import type { NarrativeFigure } from '../../model/narrative.ts'
import type { Report } from '../../model/report.ts'
import { dec } from '../arithmetic.ts'
import type { Rule } from '../rule.ts'
import { shareBase, tableFigure } from './narrative-cells.ts'
import { comparePercent } from './narrative-compare.ts'

/** The part a share is of: the table's figure when printed, else the amount the narrative states just before it. */
function part(report: Report, f: NarrativeFigure, all: readonly NarrativeFigure[]) {
  const printed = tableFigure(report, { ...f, measure: 'amount' })
  if (printed && printed.value !== null && printed.figures.length === 1)
    return { value: printed.value, name: printed.name }
  const own = all
    .slice(0, all.indexOf(f))
    .reverse()
    .find((g) => g.key === f.key && g.code === f.code && g.measure === 'amount')
  return own
    ? { value: own.value, name: { zh: `文中所述${own.subject}`, en: `the stated ${own.subject}` } }
    : null
}

/**
 * Each share (占 …%) against the tables: income items of 本年收入合计 (02), spending items of
 * 本年支出合计 (03), 财政拨款支出 of 本年支出合计, each 类 of 一般公共预算财政拨款支出 (05),
 * 人员/公用经费 of 基本支出 (05), each 三公 item of the 三公 total (07).
 */
export const narrativeShares: Rule = {
  ids: ['narrative-share-mismatch'],
  check(report) {
    const all = report.narrative.figures
    return all
      .filter((f) => f.measure === 'share')
      .flatMap((f) => {
        const base = shareBase(report, f)
        const of = part(report, f, all)
        if (!base || !of) return []
        const whole = dec(base.value)
        if (whole.isZero()) return []
        return comparePercent({
          rule: 'narrative-share-mismatch',
          table: 'narrative',
          figure: f,
          ratio: dec(of.value).div(whole),
          ratioName: {
            zh: `${of.name.zh} ${of.value} ÷ ${base.name.zh} ${base.value}`,
            en: `${of.name.en} ${of.value} ÷ ${base.name.en} ${base.value}`,
          },
        })
      })
  },
}
