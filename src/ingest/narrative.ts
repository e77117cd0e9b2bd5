import type { Finding } from '../model/finding.ts'
import type { Narrative, NarrativeFigure, NarrativeSection } from '../model/narrative.ts'
import { figuresOf } from './figures.ts'
import type { Parts } from './parts.ts'
import { ENUMERATOR, type Paragraph, type Parsed, paragraphs } from './prose.ts'
import { narrativeKey, topicOf } from './subject-keys.ts'

/** 一、收入支出决算总体情况说明: a section heading is short and says no sentence. */
const SECTION = /^([一二三四五六七八九十]+)\s*、\s*(\S.*)$/
const HEADING_MAX = 40
const DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** 一 → 1, 十 → 10, 十五 → 15, 二十一 → 21. */
function chineseNumber(numeral: string): number {
  const [tens = '', ones = ''] = numeral.includes('十') ? numeral.split('十') : ['', numeral]
  const t = numeral.includes('十') ? (tens === '' ? 1 : (DIGIT[tens] ?? 0)) : 0
  return t * 10 + (DIGIT[ones] ?? 0)
}

export function sectionHeading(p: Paragraph): { number: number; heading: string } | null {
  const m = SECTION.exec(p.text)
  if (!m || p.text.length > HEADING_MAX || /[。；]/.test(p.text)) return null
  const number = chineseNumber(m[1]!)
  // "一二、" is no numeral: not a heading.
  return number > 0 ? { number, heading: p.text } : null
}

/**
 * An item heading with no figure of its own ("1、一般公共服务（类）…行政运行（项）。",
 * "（1）值班工作经费") says what the paragraph right under it is about.
 */
export function itemContext(p: Paragraph | undefined): string | null {
  if (!p || !ENUMERATOR.test(p.text) || /\d+(\.\d+)?\s*(万元|%)/.test(p.text)) return null
  return (
    p.text
      .replace(ENUMERATOR, '')
      .replace(/[。：:]$/, '')
      .trim() || null
  )
}

/** 第三部分 情况说明: its sections by heading (一、… 十五、) and every figure stated in them. */
export function parseNarrative(lines: readonly string[], parts: Parts): Parsed<Narrative> {
  const findings: Finding[] = []
  if (!parts.narrative) return { value: { sections: [], figures: [] }, findings }
  const sections: NarrativeSection[] = []
  const figures: NarrativeFigure[] = []
  let open: {
    heading: { number: number; heading: string }
    line: number
    body: Paragraph[]
  } | null = null
  const close = () => {
    if (!open) return
    const topic = topicOf(open.heading.heading)
    sections.push({
      ...open.heading,
      topic,
      line: open.line,
      text: open.body.map((p) => p.text).join('\n'),
    })
    open.body.forEach((p, k) => {
      const scope = {
        section: open!.heading.heading,
        context: itemContext(open!.body[k - 1]),
        resolve: narrativeKey.bind(null, topic),
        table: 'narrative' as const,
      }
      figures.push(...figuresOf(p, scope, findings))
    })
  }
  for (const p of paragraphs(lines, parts.narrative, 'narrative', findings)) {
    const heading = sectionHeading(p)
    if (heading) {
      close()
      open = { heading, line: p.line, body: [] }
    } else open?.body.push(p)
  }
  close()
  return { value: { sections, figures }, findings }
}
