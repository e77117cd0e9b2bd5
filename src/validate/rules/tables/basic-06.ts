import type { Finding } from '../../../model/finding.ts'
import type { Rule } from '../../rule.ts'
import { checkSum, lineMissing, type Term } from './compare.ts'
import { type AnyRow, amountOf, findLine, type Text } from './rows.ts'

/** 人员经费: 301 工资福利支出 and 303 对个人和家庭的补助. */
export const STAFF_CLASSES = ['301', '303'] as const
/** 公用经费: 302 商品和服务支出, 307, 309, 310 资本性支出, 312, 399 其他支出 — whichever are printed. */
export const OFFICE_CLASSES = ['302', '307', '309', '310', '312', '399'] as const

/** The figures that make up a class: its 款 rows when printed, else the 类 row itself. */
export function classTerms(rows: readonly AnyRow[], classCode: string): Term[] {
  const sections = rows.filter(
    (r) => r.code !== null && r.code.length === 5 && r.code.startsWith(classCode),
  )
  const parts = sections.length > 0 ? sections : rows.filter((r) => r.code === classCode)
  return parts.map((r) => ({ zh: r.code!, en: r.code!, value: amountOf(r, 'amount') }))
}

interface Bottom {
  name: string
  en: string
  classes: readonly string[]
}

const BOTTOM_LINES: readonly Bottom[] = [
  { name: '人员经费合计', en: 'total staff costs (人员经费合计)', classes: STAFF_CLASSES },
  { name: '公用经费合计', en: 'total office costs (公用经费合计)', classes: OFFICE_CLASSES },
]

function checkBottom(rows: readonly AnyRow[], bottom: Bottom): Finding[] {
  const row = findLine(rows, null, bottom.name)
  const terms = bottom.classes.flatMap((c) => classTerms(rows, c))
  const classes = bottom.classes.filter((c) => rows.some((r) => r.code?.startsWith(c)))
  const termsName: Text = {
    zh: `${classes.join('、')} 各款之和`,
    en: `the sum of the sections of ${classes.join(', ')}`,
  }
  if (!row) return lineMissing('06', null, bottom.name)
  return checkSum({
    rule: 'summary-total-mismatch',
    table: '06',
    row: bottom.name,
    column: 'amount',
    line: row.line,
    where: { zh: '06表', en: 'table 06' },
    total: { zh: bottom.name, en: bottom.en, value: amountOf(row, 'amount') },
    terms,
    termsName,
  })
}

/** 06: 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 307 + 309 + 310 + 312 + 399 (by their 款). */
export const basicExpenditure: Rule = {
  ids: ['summary-total-mismatch', 'summary-line-missing', 'total-missing'],
  check(report) {
    const rows = report.tables['06'].rows
    return BOTTOM_LINES.flatMap((b) => checkBottom(rows, b))
  },
}
