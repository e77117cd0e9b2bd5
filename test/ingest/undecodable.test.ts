import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'
import { seedBytes, seedText } from '../support/seed.ts'

/**
 * A file that cannot be decoded is refused naming where: the line and byte of the first bad
 * byte, so a publisher can find it (the mutation sweep in test/robustness found the refusal
 * named only the file).
 */
const refusal = (bytes: Uint8Array) =>
  ingest(bytes, 'input.txt').then(
    () => '',
    (e: Error) => e.message,
  )
/** The 1-based line of a byte: one more than the line feeds before it. */
const lineOf = (bytes: Uint8Array, offset: number) =>
  bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1
const withByte = (bytes: Uint8Array, offset: number, value: number) => {
  const out = bytes.slice()
  out[offset] = value
  return out
}
const gb18030 = new Uint8Array(
  execFileSync(
    'python3',
    ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("gb18030"))'],
    { input: seedText() },
  ),
)

describe('an undecodable file is refused naming the first bad byte', () => {
  it('a NUL byte', async () => {
    const message = await refusal(withByte(seedBytes(), 1000, 0))
    expect(message).toContain(
      `NUL bytes, the first at line ${lineOf(seedBytes(), 1000)}, byte 1001;`,
    )
  })

  it('UTF-8 with a byte no encoding has there', async () => {
    const message = await refusal(withByte(seedBytes(), 50_000, 0xff))
    expect(message).toContain(
      `valid UTF-8 (0xFF at line ${lineOf(seedBytes(), 50_000)}, byte 50001)`,
    )
  })

  it('GB18030 with a corrupt byte: where each encoding fails', async () => {
    const message = await refusal(withByte(gb18030, 5000, 0xff))
    expect(message).toContain(`GB18030/GBK text (0xFF at line ${lineOf(gb18030, 5000)}, byte 5001)`)
  })

  it('a byte-order mark then invalid UTF-8: the byte counts the mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0a, 0x42, 0xff])
    expect(await refusal(bytes)).toBe(
      'input.txt: the file starts with a UTF-8 byte-order mark but is not valid UTF-8: 0xFF at line 2, byte 7.',
    )
  })
})
