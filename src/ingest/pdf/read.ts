import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { ReportRefused } from '../refusal.ts'
import type { PageContent, Rule, TextRun } from './page.ts'

type Matrix = [number, number, number, number, number, number]

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** m × n, as PDF composes transforms: n applied first (PDF 32000-1 §8.3.4). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ]
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
]

/** A rule is thinner than this (points): thicker filled boxes are shading, not lines. */
const RULE_THICKNESS = 2
/** Shorter segments are glyph strokes or ticks, not the lines of a table. */
const RULE_MIN_LENGTH = 4
/** How far from axis-aligned a segment may be and still count as a rule. */
const SKEW = 0.5

function segmentRule(x1: number, y1: number, x2: number, y2: number): Rule | null {
  if (Math.abs(y1 - y2) <= SKEW && Math.abs(x1 - x2) >= RULE_MIN_LENGTH)
    return { axis: 'h', at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) }
  if (Math.abs(x1 - x2) <= SKEW && Math.abs(y1 - y2) >= RULE_MIN_LENGTH)
    return { axis: 'v', at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) }
  return null
}

/** A thin filled box drawn as a line: its long axis is the rule. */
function boxRule(xs: number[], ys: number[]): Rule | null {
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  if (y1 - y0 <= RULE_THICKNESS && x1 - x0 >= RULE_MIN_LENGTH)
    return { axis: 'h', at: (y0 + y1) / 2, from: x0, to: x1 }
  if (x1 - x0 <= RULE_THICKNESS && y1 - y0 >= RULE_MIN_LENGTH)
    return { axis: 'v', at: (x0 + x1) / 2, from: y0, to: y1 }
  return null
}

// pdfjs's path opcodes (DrawOPS) inside a constructPath's data.
const MOVE = 0
const LINE = 1
const CURVE = 2
const QUAD = 3
const CLOSE = 4

interface Ops {
  constructPath: number
  save: number
  restore: number
  transform: number
  paintFormXObjectBegin: number
  paintFormXObjectEnd: number
  stroke: number
  closeStroke: number
  fill: number
  closeEOFillStroke: number
}

/**
 * The ruled lines a page draws: stroked axis-aligned segments and thin filled boxes, in page
 * space (the transforms in force applied), y downwards.
 */
function rulesOf(
  fnArray: number[],
  argsArray: unknown[][],
  ops: Ops,
  base: Matrix,
  top: number,
): Rule[] {
  const rules: Rule[] = []
  const stack: Matrix[] = []
  let ctm = base
  const push = (rule: Rule | null) => {
    if (!rule) return
    // Page space has y upwards; the reader wants it downwards.
    rules.push(
      rule.axis === 'h'
        ? { ...rule, at: top - rule.at }
        : { ...rule, from: top - rule.to, to: top - rule.from },
    )
  }
  fnArray.forEach((fn, i) => {
    const args = argsArray[i]!
    if (fn === ops.save) stack.push(ctm)
    else if (fn === ops.restore) ctm = stack.pop() ?? base
    else if (fn === ops.transform) ctm = multiply(ctm, args as unknown as Matrix)
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm)
      const matrix = args[0] as Matrix | null
      if (matrix) ctm = multiply(ctm, matrix)
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? base
    else if (fn === ops.constructPath) {
      const paint = args[0] as number
      if (paint < ops.stroke || paint > ops.closeEOFillStroke) return // a clip or no paint
      const filled = paint >= ops.fill
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0]
      if (!data) return
      let points: [number, number][] = []
      const flush = () => {
        if (points.length === 0) return
        const xs = points.map((p) => p[0])
        const ys = points.map((p) => p[1])
        if (filled) push(boxRule(xs, ys))
        if (!filled || boxRule(xs, ys) === null)
          for (let k = 1; k < points.length; k++)
            push(segmentRule(...points[k - 1]!, ...points[k]!))
        points = []
      }
      for (let k = 0; k < data.length;) {
        const op = data[k]!
        if (op === MOVE) {
          flush()
          points.push(apply(ctm, data[k + 1]!, data[k + 2]!))
          k += 3
        } else if (op === LINE) {
          points.push(apply(ctm, data[k + 1]!, data[k + 2]!))
          k += 3
        } else if (op === CURVE) {
          flush() // curves are not rules
          k += 7
        } else if (op === QUAD) {
          flush()
          k += 5
        } else if (op === CLOSE) {
          if (points.length > 1) points.push(points[0]!)
          flush()
          k += 1
        } else break
      }
      flush()
    }
  })
  return rules
}

/** Where pdfjs-dist lies, for the character maps and fonts it ships (read locally, never fetched). */
function pdfjsFolder(): string {
  const require = createRequire(import.meta.url)
  return dirname(require.resolve('pdfjs-dist/package.json'))
}

/**
 * Reads every page of a PDF: its text runs and its ruled lines. CJK text needs the character maps
 * pdfjs-dist ships (cmaps/); they are read from disk, nothing from the network.
 */
export async function readPdfPages(bytes: Uint8Array, file: string): Promise<PageContent[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const folder = pdfjsFolder()
  const task = pdfjs.getDocument({
    // pdfjs detaches the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(folder, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(folder, 'standard_fonts') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  })
  let doc
  try {
    doc = await task.promise
  } catch (error) {
    const reason = (error as Error)?.message ?? String(error)
    throw new ReportRefused(
      file,
      `the file looks like a PDF but could not be opened (${reason}); expected an unencrypted PDF of a 部门决算 report.`,
    )
  }
  const ops = pdfjs.OPS as unknown as Ops
  const pages: PageContent[] = []
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      const content = await page.getTextContent()
      const runs: TextRun[] = []
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue
        const [, , c, d, e, f] = item.transform as Matrix
        runs.push({
          text: item.str,
          x: e - x0,
          y: y1 - f,
          width: item.width,
          size: Math.hypot(c, d) || item.height,
        })
      }
      const list = await page.getOperatorList()
      const base = multiply(IDENTITY, [1, 0, 0, 1, -x0, -y0])
      const rules = rulesOf(list.fnArray, list.argsArray as unknown[][], ops, base, y1 - y0)
      pages.push({ page: n, width: x1 - x0, height: y1 - y0, runs, rules })
      page.cleanup()
    }
  } finally {
    await task.destroy()
  }
  return pages
}
