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
 * The offset of the byte where decoding first fails: the longest prefix that decodes (a sequence
 * cut at its end aside) ends just before it. Binary search, on the refusal path only.
 */
function firstUndecodable(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): number {
  const decodes = (n: number) => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), {
        stream: true,
      })
      return true
    } catch {
      return false
    }
  }
  // A file whose every prefix decodes ends inside a character.
  if (decodes(bytes.length)) return bytes.length - 1
  let [good, bad] = [0, bytes.length]
  while (bad - good > 1) {
    const mid = (good + bad) >> 1
    if (decodes(mid)) good = mid
    else bad = mid
  }
  return bad - 1
}

/** "line 12, byte 345": where a byte of the file stands, for a publisher to find it. */
function placeOf(bytes: Uint8Array, offset: number): string {
  const before = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(
    bytes.subarray(0, offset),
  )
  return `line ${before.split(/\r\n|\n|\r/).length}, byte ${offset + 1}`
}

const badByte = (bytes: Uint8Array, offset: number) =>
  `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} at ${placeOf(bytes, offset)}`

/**
 * Decodes a report as publishers really send it: UTF-8 with or without BOM, or GB18030/GBK
 * (GBK is a subset of GB18030); CRLF, LF or CR line ends. The same text gives the same lines.
 */
export async function decodeSource(bytes: Uint8Array, file: string): Promise<SourceText> {
  if (bytes.length === 0)
    throw new ReportRefused(file, 'the file is empty; expected the text of a 部门决算 report.')
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b)
  const skip = bom ? UTF8_BOM.length : 0
  const body = bytes.subarray(skip)
  if (body.includes(0)) {
    throw new ReportRefused(
      file,
      `the file is binary: it contains NUL bytes, the first at ${placeOf(bytes, skip + body.indexOf(0))}; expected the text of a 部门决算 report, UTF-8 or GB18030.`,
    )
  }
  let text: string
  let encoding: SourceInfo['encoding'] = 'utf-8'
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    const utf8At = badByte(bytes, skip + firstUndecodable(body, 'utf-8'))
    if (bom)
      throw new ReportRefused(
        file,
        `the file starts with a UTF-8 byte-order mark but is not valid UTF-8: ${utf8At}.`,
      )
    try {
      text = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }).decode(body)
      encoding = 'gb18030'
    } catch {
      const gbAt = badByte(bytes, skip + firstUndecodable(body, 'gb18030'))
      throw new ReportRefused(
        file,
        `the file is neither valid UTF-8 (${utf8At}) nor valid GB18030/GBK text (${gbAt}).`,
      )
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
