import type { Finding } from '../model/finding.ts'
import type { Project, Projects } from '../model/projects.ts'
import { sectionHeading } from './narrative.ts'
import type { Parts } from './parts.ts'
import { countOf, lineAt, type Paragraph, type Parsed, paragraphs, PROSE_NUMBER } from './prose.ts'
import { topicOf } from './subject-keys.ts'

/** "（1）值班工作经费" / "(3) 机要保密经费": a project's name on a line of its own. */
const ITEM = /^[（(]\s*(\d+)\s*[）)]\s*(\S.{0,40})$/
const OUTLAY = new RegExp(`项目支出\\s*(${PROSE_NUMBER})\\s*万元`)
const PURPOSE = /主要用于\s*(.+?)\s*$/
/** "对2020年度7个项目支出开展了绩效自评，共涉及资金95.34万元" */
const STATED_COUNT = /(\d+)\s*个项目/
const STATED_AMOUNT = new RegExp(`涉及资金\\s*(${PROSE_NUMBER})\\s*万元`)

/** A numbered project list: each name line, then the paragraph with its 项目支出 and purpose. */
export function projectItems(list: readonly Paragraph[]): Project[] {
  const items: Project[] = []
  list.forEach((p, k) => {
    const m = ITEM.exec(p.text)
    const index = m && countOf(m[1]!)
    // "（0）" or a number too long to be one does not open a project.
    if (!m || !index || /[。，]/.test(m[2]!)) return
    const next = list[k + 1]
    const body = next && !ITEM.test(next.text) ? next : undefined
    const outlay = body ? OUTLAY.exec(body.text) : null
    items.push({
      index,
      name: m[2]!.trim(),
      amount: outlay?.[1] ?? null,
      purpose: (body ? PURPOSE.exec(body.text)?.[1] : null) ?? '',
      line: p.line,
      amountLine: body && outlay ? lineAt(body, outlay.index) : null,
    })
  })
  return items
}

/** 十四、重点项目预算的绩效评价结果: the count and total it states, and the list (1) … (n). */
export function parseProjects(lines: readonly string[], parts: Parts): Parsed<Projects> {
  const none = { value: { stated: null, items: [] }, findings: [] }
  if (!parts.narrative) return none
  const repairs: Finding[] = []
  const all = paragraphs(lines, parts.narrative, 'projects', repairs)
  const start = all.findIndex((p) => {
    const h = sectionHeading(p)
    return h !== null && topicOf(h.heading) === 'performance'
  })
  if (start < 0) return none
  const next = all.findIndex((p, k) => k > start && sectionHeading(p) !== null)
  const section = all.slice(start + 1, next < 0 ? undefined : next)
  const within = (f: Finding) =>
    f.line !== null && f.line > all[start]!.line && (next < 0 || f.line < all[next]!.line)
  return {
    value: { stated: statedTotal(section), items: projectItems(section) },
    findings: repairs.filter(within),
  }
}

function statedTotal(section: readonly Paragraph[]): Projects['stated'] {
  for (const p of section) {
    const count = STATED_COUNT.exec(p.text)
    const amount = STATED_AMOUNT.exec(p.text)
    if (!count && !amount) continue
    return {
      count: count ? countOf(count[1]!) : null,
      amount: amount?.[1] ?? null,
      line: lineAt(p, (amount ?? count)!.index),
    }
  }
  return null
}
