import { shiftDecimal } from '../model/decimal.ts'
import { finding } from '../model/finding-builder.ts'
import type { Finding, FindingTable } from '../model/finding.ts'
import type { FigureKey, NarrativeFigure, NarrativeMeasure } from '../model/narrative.ts'
import { compact, lineAt, type Paragraph, PROSE_NUMBER, sentences } from './prose.ts'

/** What a figure's subject resolves to: its key, and the 功能分类 code where it names one. */
export interface Resolved {
  key: FigureKey | null
  code: string | null
}

export interface SubjectInfo {
  subject: string
  measure: NarrativeMeasure
  unit: string
  /** The key of the figure before it in the paragraph: "人数" after 会议费 is the meeting's. */
  previous: FigureKey | null
  /** The subject came from the item heading above the paragraph ("（1）值班工作经费"). */
  fromContext: boolean
}

export interface FigureScope {
  section: string
  /** The heading of the item this paragraph belongs to, e.g. 1、一般公共服务（类）…行政运行（项）. */
  context: string | null
  resolve: (info: SubjectInfo) => Resolved
  table: FindingTable
}

const UNITS =
  '亿元|万元|元|%|％|人次|场次|批次|台（套）|台\\(套\\)|人|名|个|辆|台|套|件|次|篇|期|份|条|项|本|起|处'
/** A number and its unit; a Latin letter glued before it is an extraction glitch. "50万元以上" is a threshold, not a figure. */
const FIGURE = new RegExp(
  `(?<![\\d.A-Za-z])([A-Za-z]?)(${PROSE_NUMBER})\\s*(余)?\\s*(${UNITS})(?!\\s*(?:以上|以下|以内))`,
  'g',
)
const FIGURE_IN = new RegExp(FIGURE.source)
/** Digits before a unit that are not a plain decimal ("0619.54万元"): seen, never guessed at. */
const UNREADABLE = new RegExp(
  `(?<![\\d.])(0\\d+(?:\\.\\d+)?|\\d{16,}(?:\\.\\d+)?)\\s*(?:余)?\\s*(?:${UNITS})`,
  'g',
)
/** Money units, by the power of ten that brings them to 万元. */
const MONEY_SCALE: Record<string, number> = { 亿元: 4, 万元: 0, 元: -4 }
const ITEM_BREAK = /[，,；;。：:、]/
const CLAUSE_BREAK = /[，,；;。：:]/
const CHANGE_WORD = /增加|减少|增长|下降|降低|上升/
const DECREASE = /减少|下降|降低/
/** A comparison with the year before, in the wordings of different years and places. */
const COMPARED = /上年|与\s*\d{4}\s*年度?\s*相比|[较比]\s*\d{4}\s*年度?/
/** A noun after a count: "7个项目支出", "17 名党员以…". */
const NOUN_AFTER = /^[\u4e00-\u9fff]+?(?=支出|开展|以|是|的|[^\u4e00-\u9fff]|$)/
/** Words that say nothing of what a figure is of, read from either end of its clause. */
const LEADING = [
  /^其中/,
  /^\d{4}年度?/,
  /^(本部门|本单位|我单位|我部门|全[办局部委])/,
  /^全年/,
  /^共有?/,
  /^开支/,
  /^安排/,
  /^(与上年相比|比上年决算数?|比上年)/,
  /^(与\d{4}年度?相比|[较比]\d{4}年度?(决算数?)?)/,
  /^未举办/,
]
const TRAILING = [
  /(年初)?预算数?为?$/,
  /(支出)?决算数?为?$/,
  /(增加|减少|增长|下降)了?$/,
  /减少（增加）$/,
  /为$/,
  /达到?$/,
]
/** Subjects that, right under an item heading, stand for the item: "（1）值班工作经费 / 项目支出4万元". */
const GENERIC = new Set(['项目支出', '支出'])

function strip(text: string): string {
  let s = text
  for (let changed = true; changed;) {
    changed = false
    for (const re of [...LEADING, ...TRAILING]) {
      const next = s.replace(re, '')
      if (next !== s) [s, changed] = [next, true]
    }
  }
  const of = s.lastIndexOf('的')
  return of >= 0 && of < s.length - 1 ? s.slice(of + 1) : s
}

function measureOf(prefix: string, unit: string, sentence: string): NarrativeMeasure {
  const change = CHANGE_WORD.test(prefix)
  if (unit === '%') {
    if (prefix.includes('占')) return 'share'
    if (prefix.includes('完成')) return 'completion-rate'
    return change ? 'growth' : 'percent'
  }
  if (change && COMPARED.test(sentence)) return 'change'
  if (unit !== '万元') return 'count'
  return /预算数?为?$/.test(prefix) ? 'budget' : 'amount'
}

function directionOf(prefix: string, measure: NarrativeMeasure): NarrativeFigure['direction'] {
  if (measure !== 'change' && measure !== 'growth') return null
  const down = DECREASE.test(prefix)
  const up = /增加|增长|上升/.test(prefix)
  return down === up ? null : down ? 'decrease' : 'increase'
}

/**
 * "占本年支出合计的" → 本年支出合计; "完成年初预算的" → 年初预算; a budget says which one it is
 * ("年初预算为" the initial budget, "全年预算为" the adjusted one): two different figures.
 */
function baseOf(prefix: string, measure: NarrativeMeasure): string | null {
  if (measure === 'budget')
    return /(年初|全年|调整后?)预算数?为?$/.exec(prefix)?.[0].replace(/数?为?$/, '') ?? null
  const m =
    measure === 'share'
      ? /占(.*?)的/.exec(prefix)
      : measure === 'completion-rate'
        ? /完成(.*?)的/.exec(prefix)
        : null
  return m?.[1] ? m[1] : null
}

interface Made {
  figure: NarrativeFigure
  sentenceStart: number
}

/** Every figure of a paragraph with what it is of. */
export function figuresOf(
  paragraph: Paragraph,
  scope: FigureScope,
  findings: Finding[],
): NarrativeFigure[] {
  const { text } = paragraph
  const made: Made[] = []
  const spans = sentences(text)
  for (const m of text.matchAll(UNREADABLE)) {
    findings.push(
      finding({
        rule: 'figure-unreadable',
        severity: 'warning',
        table: scope.table,
        row: m[1]!,
        line: lineAt(paragraph, m.index),
        zh: `“${m[0]}”中的数字不是规范的十进制数（前导零或位数过多），未作为数字读取。`,
        en: `The number in "${m[0]}" is not a plain decimal (a leading zero or too many digits); it was not read as a figure.`,
      }),
    )
  }
  let lastHead: Made | null = null
  let lastEnd = 0
  for (const m of text.matchAll(FIGURE)) {
    const [whole, letter = '', value = '', approx, rawUnit = ''] = m
    const numberAt = m.index + letter.length
    const end = m.index + whole.length
    const line = lineAt(paragraph, numberAt)
    const sentence = spans.filter((s) => s.start <= numberAt).at(-1) ?? { text, start: 0 }
    const itemStart = Math.max(lastBreak(text, numberAt, ITEM_BREAK) + 1, lastEnd, sentence.start)
    const prefix = compact(text.slice(itemStart, m.index))
    lastEnd = end
    if (letter) {
      findings.push(
        finding({
          rule: 'stray-character-dropped',
          severity: 'info',
          table: scope.table,
          row: prefix + letter,
          line,
          zh: `“${prefix}${letter}${value}${rawUnit}”中数字前多出字母“${letter}”，按“${value}${rawUnit}”读取。`,
          en: `"${prefix}${letter}${value}${rawUnit}" has a stray letter "${letter}" before the figure; read as "${value}${rawUnit}".`,
        }),
      )
    }
    const printedUnit = rawUnit === '％' ? '%' : rawUnit.replace('(套)', '（套）')
    // Money in 亿元 or 元 is stated in 万元, the unit of the tables, exactly; on record.
    const scale = MONEY_SCALE[printedUnit]
    const unit = scale === undefined ? printedUnit : '万元'
    const stated = scale === undefined ? value : shiftDecimal(value, scale)
    if (scale !== undefined && scale !== 0)
      findings.push(
        finding({
          rule: 'figure-unit-normalised',
          severity: 'info',
          table: scope.table,
          row: prefix,
          line,
          zh: `“${value}${printedUnit}”按“${stated}万元”读取。`,
          en: `"${value}${printedUnit}" is read as ${stated} 万元 (10,000 yuan).`,
        }),
      )
    const measure = measureOf(prefix, unit, sentence.text)
    const inSentence = made.filter((f) => f.sentenceStart === sentence.start)
    const head = inSentence.find((f) => f.figure.measure !== 'share') ?? lastHead
    const { subject, fromContext, inherited } = subjectOf({
      text,
      prefix,
      measure,
      end,
      itemStart,
      sentenceStart: sentence.start,
      context: scope.context,
      made,
      inSentence,
      head,
    })
    const resolved: Resolved = inherited
      ? { key: inherited.figure.key, code: inherited.figure.code }
      : scope.resolve({
          subject,
          measure,
          unit,
          previous: made.at(-1)?.figure.key ?? null,
          fromContext,
        })
    const figure: NarrativeFigure = {
      section: scope.section,
      subject,
      key: resolved.key,
      code: resolved.code,
      measure,
      value: stated,
      unit,
      direction: directionOf(prefix, measure),
      base: baseOf(prefix, measure),
      approximate: approx !== undefined,
      sentence: sentence.text.trim(),
      line,
    }
    const entry = { figure, sentenceStart: sentence.start }
    made.push(entry)
    if (inSentence.length === 0 && measure !== 'share') lastHead = entry
  }
  return made.map((f) => f.figure)
}

const QUALIFIERS: ReadonlySet<NarrativeMeasure> = new Set([
  'share',
  'completion-rate',
  'growth',
  'change',
  'percent',
])

interface SubjectSearch {
  text: string
  prefix: string
  measure: NarrativeMeasure
  /** End of the figure's match, start of its item, start of its sentence. */
  end: number
  itemStart: number
  sentenceStart: number
  context: string | null
  made: readonly Made[]
  inSentence: readonly Made[]
  head: Made | null
}

/**
 * What a figure is of: the words before it in its item, stripped of filler; a count's noun after
 * it ("7个项目"); else — a share or rate qualifies the figure before it, a change or growth the
 * head of its sentence, and an amount takes the clause before it ("未举办节庆…活动，开支0万元"),
 * the figure before it in its sentence, or the item heading above its paragraph.
 */
function subjectOf(s: SubjectSearch): {
  subject: string
  fromContext: boolean
  inherited: Made | null
} {
  const after = NOUN_AFTER.exec(s.text.slice(s.end))?.[0] ?? ''
  const own =
    s.measure === 'share' || s.measure === 'completion-rate'
      ? s.prefix.replace(/(占|完成).*$/, '')
      : s.prefix
  const subject = s.measure === 'count' && after !== '' ? after : strip(own)
  const stands = subject !== '' && !(s.context && GENERIC.has(subject) && s.made.length === 0)
  if (stands) return { subject, fromContext: false, inherited: null }
  const inherit = (m: Made | null | undefined) =>
    m
      ? { subject: m.figure.subject, fromContext: false, inherited: m }
      : { subject, fromContext: false, inherited: null }
  if (s.measure === 'share' || s.measure === 'completion-rate')
    return inherit([...s.made].reverse().find((f) => !QUALIFIERS.has(f.figure.measure)))
  if (s.measure === 'change' || s.measure === 'growth') return inherit(s.head)
  const before = previousClause(s.text, s.itemStart, s.sentenceStart)
  const named = before !== null && !FIGURE_IN.test(before) ? strip(compact(before)) : ''
  if (named !== '') return { subject: named, fromContext: false, inherited: null }
  if (s.inSentence.length > 0) return inherit(s.inSentence.at(-1))
  if (s.context) return { subject: s.context, fromContext: true, inherited: null }
  return { subject, fromContext: false, inherited: null }
}

/** The clause before the one at `itemStart`, within its sentence; null if it is the first. */
function previousClause(text: string, itemStart: number, sentenceStart: number): string | null {
  if (itemStart <= sentenceStart) return null
  const end = lastBreak(text, itemStart, CLAUSE_BREAK)
  if (end < sentenceStart) return null
  return text.slice(Math.max(lastBreak(text, end, CLAUSE_BREAK) + 1, sentenceStart), end)
}

/** 收、支总计 is one word, not a list. */
function lastBreak(text: string, before: number, re: RegExp): number {
  for (let i = before - 1; i >= 0; i--)
    if (re.test(text[i]!) && text.slice(i - 1, i + 2) !== '收、支') return i
  return -1
}
