import { finding } from '../model/finding-builder.ts'
import type { Finding, FindingTable } from '../model/finding.ts'
import type { LineRange } from './parts.ts'
import { compact, isTabRow } from './tables/cells.ts'

/** What each part parser returns: the value for the model and the repairs it made, on record. */
export interface Parsed<T> {
  value: T
  findings: Finding[]
}

/** A paragraph of prose: one line of text, or several when a page break split it. */
export interface Paragraph {
  /** 1-based line of its first segment. */
  line: number
  text: string
  /** Where each source line starts in `text`, so a figure keeps its own line. */
  segments: ReadonlyArray<{ line: number; start: number }>
}

/** 一、 （一） (1) 1、 1. : a line that opens an item is never the tail of the line before. */
export const ENUMERATOR =
  /^\s*(?:[一二三四五六七八九十]+\s*、|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+\s*[、.．])/
const TERMINAL = /[。；;！？!?：:]$/
const PART_HEADING = /^\s*第\s*[一二三四五]\s*部\s*分/
/** Shorter lines are titles and headings, which end without punctuation by nature. */
const BODY_LINE = 20

/**
 * A body line (not a heading: those open with an enumerator or are short) that stops without
 * closing punctuation, followed by a line that opens no new item: the same paragraph.
 */
function continues(before: string, after: string): boolean {
  return (
    !TERMINAL.test(before) &&
    before.length >= BODY_LINE &&
    !ENUMERATOR.test(before) &&
    !ENUMERATOR.test(after)
  )
}

/** The 1-based line of a character of a paragraph. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.line
  for (const s of paragraph.segments) if (s.start <= offset) line = s.line
  return line
}

/**
 * The prose lines of a range as paragraphs. Table rows (tab-separated) are skipped. A body line
 * that stops mid-sentence and is followed, past a page break, by a line that does not open a new
 * item is the same paragraph: the two are joined, and the join is recorded.
 */
export function paragraphs(
  lines: readonly string[],
  [start, end]: LineRange,
  table: FindingTable,
  findings: Finding[],
): Paragraph[] {
  const out: Paragraph[] = []
  let open: { line: number; text: string; segments: { line: number; start: number }[] } | null =
    null
  for (let i = start; i < end; i++) {
    const raw = lines[i]!
    const text = raw.trim()
    if (text === '') continue
    if (isTabRow(raw) || PART_HEADING.test(text)) {
      if (open) out.push(open)
      open = null
      continue
    }
    if (open && continues(open.text, text)) {
      const last = open.segments[open.segments.length - 1]!
      findings.push(
        finding({
          rule: 'paragraph-rejoined',
          severity: 'info',
          table,
          row: null,
          line: i + 1,
          zh: `第${last.line}行在句中断开（“…${open.text.slice(-8)}”），第${i + 1}行（“${text.slice(0, 8)}…”）是同一段落的下文，已合并。`,
          en: `Line ${last.line} breaks off mid-sentence ("…${open.text.slice(-8)}"); line ${i + 1} ("${text.slice(0, 8)}…") continues the same paragraph, so the two are joined.`,
        }),
      )
      open.segments.push({ line: i + 1, start: open.text.length })
      open.text += text
      continue
    }
    if (open) out.push(open)
    open = { line: i + 1, text, segments: [{ line: i + 1, start: 0 }] }
  }
  if (open) out.push(open)
  return out
}

/** The sentences of a paragraph, each with its offset: 。；! ? end one. */
export function sentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = []
  const re = /[^。；;！？!?]+[。；;！？!?]?/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() !== '') out.push({ text: m[0], start: m.index })
  }
  return out
}

/**
 * A number as prose prints it, when it is a plain decimal: "0.5", "619.54", never "007" (a garbled
 * figure is not read as a different one, and the model holds plain decimals only).
 */
export const PROSE_NUMBER = '(?:0|[1-9]\\d*)(?:\\.\\d+)?'

/** A count or list number as printed; null when too long to be one (a garbled figure). */
export function countOf(digits: string): number | null {
  const n = Number(digits)
  return Number.isSafeInteger(n) ? n : null
}

/** The line of a table-like label with the spaces extraction puts inside Chinese text removed. */
export { compact }
