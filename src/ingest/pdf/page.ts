/**
 * What a PDF page holds for the table reader: runs of text where the page puts them, and the
 * ruled lines of its tables. Coordinates are PDF points with y growing downwards (top = 0).
 */
export interface TextRun {
  text: string
  /** Left edge and baseline. */
  x: number
  y: number
  width: number
  /** Font size: the height of a line of this run. */
  size: number
}

/** A ruled line: horizontal (y fixed, from x1 to x2) or vertical (x fixed, from y1 to y2). */
export interface Rule {
  axis: 'h' | 'v'
  /** The fixed coordinate. */
  at: number
  from: number
  to: number
}

export interface PageContent {
  /** 1-based page number. */
  page: number
  width: number
  height: number
  runs: TextRun[]
  rules: Rule[]
}
