import { sha256Hex } from '../../model/digest.ts'
import type { SourceText } from '../source.ts'
import { extractPdf } from './index.ts'

/** The lines of a PDF report, with the extraction and its page map recorded on the source. */
export async function extractedSource(bytes: Uint8Array, file: string): Promise<SourceText> {
  const { lines, pages } = await extractPdf(bytes, file)
  const lineRanges: Array<{ page: number; firstLine: number; lastLine: number }> = []
  pages.forEach((page, i) => {
    const last = lineRanges[lineRanges.length - 1]
    if (last && last.page === page) last.lastLine = i + 1
    else lineRanges.push({ page, firstLine: i + 1, lastLine: i + 1 })
  })
  const extraction = lines.map((l) => `${l}\n`).join('')
  return {
    info: {
      file,
      bytes: bytes.length,
      sha256: await sha256Hex(bytes),
      encoding: 'utf-8',
      bom: false,
      lineEnding: 'lf',
      lines: lines.length,
      pdf: { pages: Math.max(0, ...pages), extraction, lineRanges },
    },
    lines,
  }
}
