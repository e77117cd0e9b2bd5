import type { PageContent, Rule, TextRun } from './page.ts'

/** Points within which two rules or two edges are the same line. */
const SNAP = 1.5

/** One line of the extraction: a table row (cells joined by tabs) or a line of prose. */
export interface ExtractedLine {
  text: string
  page: number
  /** Top of the line on its page, for ordering. */
  top: number
  /** The page's width: pages of one format share their margins. */
  width: number
  /** A table row, or a line of prose with its left and right edges and font size. */
  prose: { left: number; right: number; size: number } | null
}

interface Grid {
  xs: number[]
  ys: number[]
  rules: Rule[]
  left: number
  right: number
  top: number
  bottom: number
}

function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[] = []
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SNAP) out.push(v)
  return out
}

const crosses = (h: Rule, v: Rule) =>
  v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP

/**
 * The tables of a page: sets of ruled lines that cross one another, with at least two
 * horizontal and two vertical lines. Each is a grid of row bands and column intervals.
 */
function gridsOf(rules: Rule[]): Grid[] {
  const parent = rules.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const hs = rules.map((r, i) => [r, i] as const).filter(([r]) => r.axis === 'h')
  const vs = rules.map((r, i) => [r, i] as const).filter(([r]) => r.axis === 'v')
  for (const [h, i] of hs) for (const [v, j] of vs) if (crosses(h, v)) parent[find(i)] = find(j)
  const groups = new Map<number, Rule[]>()
  rules.forEach((r, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), r])
  })
  const grids: Grid[] = []
  for (const group of groups.values()) {
    const h = group.filter((r) => r.axis === 'h')
    const v = group.filter((r) => r.axis === 'v')
    if (h.length < 2 || v.length < 2) continue
    const xs = distinct(v.map((r) => r.at))
    const ys = distinct(h.map((r) => r.at))
    if (xs.length < 2 || ys.length < 2) continue
    const [left, right, top, bottom] = [xs[0]!, xs[xs.length - 1]!, ys[0]!, ys[ys.length - 1]!]
    // Every rule inside the frame separates cells, also a segment that crosses no other (a
    // vertical between two header rows drawn in pieces).
    const within = rules.filter((r) =>
      r.axis === 'v'
        ? r.at >= left - SNAP &&
          r.at <= right + SNAP &&
          r.from >= top - SNAP &&
          r.to <= bottom + SNAP
        : r.at >= top - SNAP &&
          r.at <= bottom + SNAP &&
          r.from >= left - SNAP &&
          r.to <= right + SNAP,
    )
    grids.push({ xs, ys, rules: within, left, right, top, bottom })
  }
  return grids
}

/** Whether a vertical rule stands at x over the height (y0, y1) of a row band. */
function ruledAt(grid: Grid, x: number, y0: number, y1: number): boolean {
  const mid = (y0 + y1) / 2
  return grid.rules.some(
    (r) => r.axis === 'v' && Math.abs(r.at - x) <= SNAP && r.from <= mid && r.to >= mid,
  )
}

/** The vertical middle of a run's glyphs: the baseline less a third of the font size. */
const middle = (run: TextRun) => run.y - run.size * 0.35

const inside = (grid: Grid, run: TextRun) => {
  const cx = run.x + run.width / 2
  const cy = middle(run)
  return cx > grid.left && cx < grid.right && cy > grid.top && cy < grid.bottom
}

/** Runs in reading order: by line (baselines within half a font size), then left to right. */
function linesOf(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x)
  const lines: TextRun[][] = []
  for (const run of sorted) {
    const line = lines[lines.length - 1]
    if (line && Math.abs(line[0]!.y - run.y) <= Math.max(line[0]!.size, run.size) * 0.5)
      line.push(run)
    else lines.push([run])
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x))
}

/**
 * Joins the runs of one line: no space where glyphs touch (Chinese is set without spaces, and
 * extraction splits it anywhere), one space where a gap of about a character or more separates them.
 */
function joinRuns(runs: TextRun[]): string {
  let text = ''
  let end: number | null = null
  for (const run of runs) {
    if (end !== null && run.x - end >= run.size * 0.6 && !text.endsWith(' ')) text += ' '
    text += run.text
    end = run.x + run.width
  }
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * A grid's rows: one per row band, one cell per column interval, empty cells kept. A cell that
 * spans columns (no rule on its left inside it) stands in its first column, as printed; text
 * wrapped over two lines inside a band is one cell.
 */
function gridLines(grid: Grid, runs: TextRun[], page: number, width: number): ExtractedLine[] {
  const cells = new Map<string, TextRun[]>()
  for (const run of runs) {
    const cy = middle(run)
    const row = grid.ys.findIndex((y, k) => k > 0 && cy < y) - 1
    // A run may be longer than its cell says (trailing spaces): its start decides.
    const start = run.x + Math.min(run.size * 0.5, run.width / 2)
    let col = grid.xs.findIndex((x, k) => k > 0 && start < x) - 1
    if (row < 0 || col < 0) continue
    const [y0, y1] = [grid.ys[row]!, grid.ys[row + 1]!]
    while (col > 0 && !ruledAt(grid, grid.xs[col]!, y0, y1)) col--
    const key = `${row}:${col}`
    cells.set(key, [...(cells.get(key) ?? []), run])
  }
  const out: ExtractedLine[] = []
  for (let row = 0; row + 1 < grid.ys.length; row++) {
    const texts = grid.xs.slice(0, -1).map((_, col) =>
      linesOf(cells.get(`${row}:${col}`) ?? [])
        .map(joinRuns)
        .join(''),
    )
    if (texts.every((t) => t === '')) continue
    out.push({ text: texts.join('\t'), page, top: grid.ys[row]!, width, prose: null })
  }
  return out
}

/** A page number alone in the top or bottom margin ("5", "- 5 -", "第5页"). */
const PAGE_NUMBER = /^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)$/

/**
 * The lines of one page, top to bottom: each table row as tab-separated cells, each line of
 * prose as its text. Page numbers in the margins are left out.
 */
export function layoutPage(content: PageContent): ExtractedLine[] {
  const grids = gridsOf(content.rules)
  const byGrid = new Map<Grid, TextRun[]>(grids.map((g) => [g, []]))
  const loose: TextRun[] = []
  for (const run of content.runs) {
    const grid = grids.find((g) => inside(g, run))
    if (grid) byGrid.get(grid)!.push(run)
    else loose.push(run)
  }
  const out: ExtractedLine[] = []
  for (const [grid, runs] of byGrid) out.push(...gridLines(grid, runs, content.page, content.width))
  for (const line of linesOf(loose)) {
    const text = joinRuns(line)
    const y = line[0]!.y
    const margin = content.height * 0.08
    if (PAGE_NUMBER.test(text) && (y < margin || y > content.height - margin)) continue
    const last = line[line.length - 1]!
    out.push({
      text,
      page: content.page,
      top: y - line[0]!.size,
      width: content.width,
      prose: { left: line[0]!.x, right: last.x + last.width, size: line[0]!.size },
    })
  }
  return out.sort((a, b) => a.top - b.top)
}
