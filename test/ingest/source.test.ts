import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ingest, ReportRefused } from '../../src/ingest/index.ts'
import { SEED_FILE, seedBytes, seedText } from '../support/seed.ts'

const utf8 = (s: string) => new TextEncoder().encode(s)
/** GB18030 bytes, encoded by Python's codec: an encoder independent of ours. */
const gb18030 = (s: string) =>
  new Uint8Array(
    execFileSync(
      'python3',
      ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("gb18030"))'],
      { input: s },
    ),
  )

describe('encodings and line ends as publishers send them', async () => {
  const reference = (await ingest(seedBytes(), SEED_FILE)).report
  const variants: Array<[string, Uint8Array, string, boolean, string]> = [
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes()]), 'utf-8', true, 'lf'],
    ['CRLF', utf8(seedText().replace(/\n/g, '\r\n')), 'utf-8', false, 'crlf'],
    ['GB18030', gb18030(seedText()), 'gb18030', false, 'lf'],
    ['GBK with CRLF', gb18030(seedText().replace(/\n/g, '\r\n')), 'gb18030', false, 'crlf'],
  ]
  it.each(variants)('%s gives the same model', async (_name, bytes, encoding, bom, lineEnding) => {
    const { report } = await ingest(bytes, 'variant.txt')
    expect(report.source).toMatchObject({
      encoding,
      bom,
      lineEnding,
      lines: reference.source.lines,
    })
    expect(report.tables).toEqual(reference.tables)
    expect({ ...report, source: null }).toEqual({ ...reference, source: null })
  })
  it('records the source bytes and their SHA-256', () => {
    expect(reference.source).toMatchObject({
      bytes: 57388,
      sha256: '3fed8b11ad79706fea6496ae5dac8a3a0e52df3b67ee0496ff0ea29fbcfdf78d',
      lines: 876,
      encoding: 'utf-8',
      bom: false,
    })
    expect(reference.department).toBe('株洲市石峰区人民政府办公室')
    expect(reference.fiscalYear).toBe(2020)
  })
})

describe('input that is not such a report is refused in one paragraph', () => {
  const refusal = async (bytes: Uint8Array) => {
    const error = await ingest(bytes, 'input.txt').then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ReportRefused)
    const message = (error as ReportRefused).message
    expect(message.startsWith('input.txt: ')).toBe(true)
    expect(message).not.toMatch(/\n|at .*\.ts:\d+/)
    return message
  }
  it('empty', async () => expect(await refusal(new Uint8Array())).toContain('empty'))
  it('binary', async () =>
    expect(await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toContain('binary'))
  it('neither UTF-8 nor GB18030', async () =>
    expect(await refusal(new Uint8Array([0xff, 0xff, 0xff, 0x41]))).toContain('neither'))
  it('some other table', async () => {
    const message = await refusal(utf8('地区\t人口\n北京\t2189\n'))
    expect(message).toContain('none of the nine tables')
  })
  it('truncated after the tables: names the parts its table of contents promised', async () => {
    const message = await refusal(utf8(seedText().split('\n').slice(0, 335).join('\n')))
    expect(message).toContain('"第三部分 石峰区人民政府办公室2020年度部门决算情况说明" (line 26)')
    expect(message).toContain('"第五部分附件" (line 46)')
    expect(message).toContain('ends at line 335')
    const later = await refusal(utf8(seedText().split('\n').slice(0, 400).join('\n')))
    expect(later).not.toContain('第三部分')
    expect(later).toContain('"第四部分名词解释" (line 44)')
  })
  it('truncated: names the missing tables and where the text stops', async () => {
    const truncated = seedText().split('\n').slice(0, 240).join('\n')
    const message = await refusal(utf8(truncated))
    expect(message).toContain('公开06表 一般公共预算财政拨款基本支出决算表')
    expect(message).toContain('公开09表')
    expect(message).not.toContain('公开05表 一般公共预算财政拨款支出决算表;')
    expect(message).toContain('starts at line 235')
    expect(message).toContain('ends at line 240')
  })
})
