import { sha256Hex } from '../model/digest.ts'
import type { SourceInfo } from '../model/report.ts'
import { ReportRefused } from './refusal.ts'

/** The decoded report: `lines[i]` is source line i + 1, without its line end. */
export interface SourceText {
  info: SourceInfo
  lines: readonly string[]
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]

function lineEnding(text: string): SourceInfo['lineEnding'] {
  const crlf = (text.match(/\r\n/g) ?? []).length
  const lf = (text.match(/\n/g) ?? []).length - crlf
  const cr = (text.match(/\r/g) ?? []).length - crlf
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length
  if (kinds === 0) return 'none'
  if (kinds > 1) return 'mixed'
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr'
}

/**
 * Decodes a report as publishers really send it: UTF-8 with or without BOM, or GB18030/GBK
 * (GBK is a subset of GB18030); CRLF, LF or CR line ends. The same text gives the same lines.
 */
export async function decodeSource(bytes: Uint8Array, file: string): Promise<SourceText> {
  if (bytes.length === 0)
    throw new ReportRefused(file, 'the file is empty; expected the text of a 部门决算 report.')
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b)
  const body = bom ? bytes.subarray(3) : bytes
  if (body.includes(0)) {
    throw new ReportRefused(
      file,
      'the file is binary (it contains NUL bytes); expected the text of a 部门决算 report, UTF-8 or GB18030.',
    )
  }
  let text: string
  let encoding: SourceInfo['encoding'] = 'utf-8'
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    if (bom)
      throw new ReportRefused(
        file,
        'the file starts with a UTF-8 byte-order mark but is not valid UTF-8.',
      )
    try {
      text = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }).decode(body)
      encoding = 'gb18030'
    } catch {
      throw new ReportRefused(file, 'the file is neither valid UTF-8 nor valid GB18030/GBK text.')
    }
  }
  const lines = text.split(/\r\n|\n|\r/)
  // A final line end does not open another line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return {
    info: {
      file,
      bytes: bytes.length,
      sha256: await sha256Hex(bytes),
      encoding,
      bom,
      lineEnding: lineEnding(text),
      lines: lines.length,
    },
    lines,
  }
}
