import type { Finding } from '../model/finding.ts'
import type { Duty, Profile } from '../model/profile.ts'
import { sectionHeading } from './narrative.ts'
import type { Parts } from './parts.ts'
import { countOf, type Paragraph, type Parsed, paragraphs } from './prose.ts'

/** （一）协助区政府领导… */
const NUMBERED = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*(.+)$/
/** "4个机构：综合室、调研室、督查室（对外称石峰区政府督查室）、文电室。" */
const UNITS = /(?:(\d+)\s*个(?:内设)?机构\s*[：:])?\s*([^：:]+?)。?$/
const UNITS_LEAD = /内设机构(?:设置)?[。．.]?.*?(?:包括|有|为)\s*[：:]?/

/** The paragraphs of a section of part one whose heading matches `title`. */
function section(all: readonly Paragraph[], title: RegExp): Paragraph[] {
  const start = all.findIndex((p) => sectionHeading(p) !== null && title.test(p.text))
  if (start < 0) return []
  const next = all.findIndex((p, k) => k > start && sectionHeading(p) !== null)
  return all.slice(start + 1, next < 0 ? undefined : next)
}

/** Splits a list on 、 outside brackets: "督查室（对外称…）" stays one name. */
function splitNames(list: string): string[] {
  const names: string[] = []
  let depth = 0
  let current = ''
  for (const ch of list) {
    if (ch === '（' || ch === '(') depth++
    if (ch === '）' || ch === ')') depth--
    if (ch === '、' && depth === 0) {
      names.push(current.trim())
      current = ''
    } else current += ch
  }
  names.push(current.trim())
  return names.filter((n) => n !== '')
}

/** The list （一）… and the unnumbered lines after it; the lead-in ("主要职责是：") is not a duty. */
function duties(body: readonly Paragraph[]): Duty[] {
  const first = body.findIndex((p) => NUMBERED.test(p.text))
  if (first < 0)
    return body
      .filter((p) => !/[：:]$/.test(p.text))
      .map((p) => ({ number: null, text: p.text, line: p.line }))
  return body.slice(first).map((p) => {
    const m = NUMBERED.exec(p.text)
    return { number: m ? m[1]! : null, text: m ? m[2]!.trim() : p.text, line: p.line }
  })
}

function internalUnits(body: readonly Paragraph[]): Profile['internalUnits'] {
  const p = body.find((q) => UNITS_LEAD.test(q.text))
  if (!p) return { count: null, names: [], line: null }
  const rest = p.text.slice(UNITS_LEAD.exec(p.text)!.index + UNITS_LEAD.exec(p.text)![0].length)
  const m = UNITS.exec(rest)
  return {
    count: m?.[1] ? countOf(m[1]) : null,
    names: m?.[2] ? splitNames(m[2]) : [],
    line: p.line,
  }
}

/** 第一部分 概况: 部门职责, 内设机构 and 决算单位构成. */
export function parseProfile(lines: readonly string[], parts: Parts): Parsed<Profile> {
  const findings: Finding[] = []
  const empty: Profile = {
    duties: [],
    internalUnits: { count: null, names: [], line: null },
    budgetUnits: null,
  }
  if (!parts.profile) return { value: empty, findings }
  const all = paragraphs(lines, parts.profile, 'profile', findings)
  const setup = section(all, /机构设置/)
  // Under 机构设置 ("（二）决算单位构成。…"), or a section of its own ("二、部门决算单位构成").
  const own = section(all, /决算单位构成/).filter((p) => !p.text.includes('\t'))
  const composition =
    setup.find((p) => /决算单位构成/.test(p.text)) ??
    (own.length > 0 ? { text: own.map((p) => p.text).join(''), line: own[0]!.line } : undefined)
  return {
    value: {
      duties: duties(section(all, /职责|职能/)),
      internalUnits: internalUnits(setup),
      budgetUnits: composition
        ? {
            text: composition.text.replace(
              /^[（(][一二三四五六七八九十]+[）)]\s*决算单位构成[。．.]?\s*/,
              '',
            ),
            line: composition.line,
          }
        : null,
    },
    findings,
  }
}
