import { type ExtractedLine, layoutPage } from './layout.ts'
import { joinParagraphs } from './paragraphs.ts'
import { readPdfPages } from './read.ts'

/** A PDF's text as the table reader reads it, with the page each line stands on. */
export interface PdfExtraction {
  lines: string[]
  /** `pages[i]` is the 1-based page of `lines[i]`. */
  pages: number[]
}

/** `%PDF-` within the first KiB: how PDF readers recognise the format (PDF 32000-1 §7.5.2). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return head.includes('%PDF-')
}

/** PDF → lines: table rows as tab-separated cells (empty cells kept), prose as lines. */
export async function extractPdf(bytes: Uint8Array, file: string): Promise<PdfExtraction> {
  const pages = await readPdfPages(bytes, file)
  const laid: ExtractedLine[] = pages.flatMap(layoutPage)
  const joined = joinParagraphs(laid)
  return { lines: joined.map((l) => l.text), pages: joined.map((l) => l.page) }
}
