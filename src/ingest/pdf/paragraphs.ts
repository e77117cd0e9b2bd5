import type { ExtractedLine } from './layout.ts'

/**
 * A line that opens an item of its own: "一、", "（二）", "3、", "4." — but not an amount that
 * wrapped to the start of a line ("95.36万元").
 */
const OPENS_ITEM =
  /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+\s*[、]|\d+[.．](?!\d)|第[一二三四五六七八九十]+[部条章])/

interface Margins {
  left: number
  right: number
}

/**
 * The text block of each page format (portrait, landscape): the left margin is where most prose
 * lines start (the continuation lines of paragraphs), the right edge where nine in ten of those
 * lines end at most. Measured over the whole document, so a page of tables with one note on it
 * does not make that note look like a full line.
 */
function marginsByPage(lines: ExtractedLine[]): Map<number, Margins> {
  const formatOf = new Map<number, number>()
  const byFormat = new Map<number, Array<{ left: number; right: number }>>()
  for (const { page, prose, width } of lines) {
    if (!prose) continue
    const format = Math.round(width)
    formatOf.set(page, format)
    byFormat.set(format, [...(byFormat.get(format) ?? []), prose])
  }
  const marginsOf = new Map<number, Margins>()
  for (const [format, edges] of byFormat) {
    const counts = new Map<number, number>()
    for (const e of edges) counts.set(Math.round(e.left), (counts.get(Math.round(e.left)) ?? 0) + 1)
    const left = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]
    const rights = edges
      .filter((e) => Math.abs(e.left - left) <= 1.5)
      .map((e) => e.right)
      .sort((a, b) => a - b)
    marginsOf.set(format, { left, right: rights[Math.floor((rights.length - 1) * 0.9)]! })
  }
  return new Map([...formatOf].map(([page, format]) => [page, marginsOf.get(format)!]))
}

/**
 * Rejoins the lines of a paragraph that the page wrapped: a line reaching (nearly) the right
 * edge of the text block continues on the next line when that one starts at the left margin (a new paragraph
 * is indented) and does not open an item. Across a page break too, when nothing stands between.
 */
export function joinParagraphs(lines: ExtractedLine[]): ExtractedLine[] {
  const margins = marginsByPage(lines)
  const out: ExtractedLine[] = []
  let previous: ExtractedLine | null = null
  for (const line of lines) {
    const p = previous?.prose
    const q = line.prose
    if (previous && p && q) {
      const mp = margins.get(previous.page)!
      const mq = margins.get(line.page)!
      // Lines wrap short of the edge when a number or a Latin word does not fit: by up to a
      // few characters.
      const full = p.right >= mp.right - 4.5 * p.size
      const flush = Math.abs(q.left - mq.left) <= 0.5 * q.size
      if (full && flush && !OPENS_ITEM.test(line.text)) {
        previous.text += line.text
        previous.prose = { ...p, right: q.right }
        // The joined line ends where its last piece ends: on this page's margins from now on.
        if (line.page !== previous.page) previous.prose = { ...q, left: p.left }
        continue
      }
    }
    previous = { ...line }
    out.push(previous)
  }
  return out
}
