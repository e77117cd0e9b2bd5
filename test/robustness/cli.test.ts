import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Finding } from '../../src/model/finding.ts'
import { mutant, seedOfKind } from './mutants.ts'
import { expectOneParagraph, STACK_FRAME } from './paragraph.ts'

const BIN = new URL('../../bin/gongkai.js', import.meta.url).pathname

/** The real command as a user runs it, with the Node that runs the tests (≥ 22). */
function gongkai(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    )
  })
}

/** One damaged report of each kind a publisher's upload might be; the seed names each. */
const KINDS = [
  'truncate-bytes',
  'insert-nul',
  'gb18030-corrupt',
  'bom-then-invalid',
  'remove-cover',
  'remove-labels',
  'garbage-cells',
  'garbage-in-prose',
  'stacked',
]

describe('gongkai validate on damaged reports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-mutants-'))
  const cases = KINDS.map((kind) => {
    const m = mutant(seedOfKind(kind, 3))
    const file = join(dir, `mutant-${m.seed}.txt`)
    writeFileSync(file, m.bytes)
    return { kind, file, m }
  })
  const runs = new Map<string, Awaited<ReturnType<typeof gongkai>>>()
  beforeAll(async () => {
    // Two at a time: each is a Node process.
    for (let i = 0; i < cases.length; i += 2) {
      await Promise.all(
        cases
          .slice(i, i + 2)
          .map(async (c) => runs.set(c.file, await gongkai(['validate', c.file, '--json']))),
      )
    }
  })

  it.each(cases)('$kind (seed $m.seed)', ({ file, m }) => {
    const at = `seed ${m.seed} (${m.what})`
    const { code, stdout, stderr } = runs.get(file)!
    // Without --strict, 1 is only ever "unexpected failure": a crash.
    expect([0, 2], `${at}: exit ${code}, ${stderr}`).toContain(code)
    expect(stderr, at).not.toMatch(STACK_FRAME)
    if (code === 0) {
      expect(stderr, at).toBe('')
      const doc = JSON.parse(stdout) as { findings: unknown[] }
      for (const f of doc.findings) expect(Finding.safeParse(f).error, at).toBeUndefined()
    } else {
      expect(stdout, at).toBe('')
      expect(stderr.startsWith(`gongkai: ${file}: `), `${at}: ${stderr}`).toBe(true)
      expectOneParagraph(stderr.trimEnd(), at)
    }
  })

  it('both answers occur: some damaged reports are read, some refused', () => {
    const codes = cases.map((c) => runs.get(c.file)!.code)
    expect(codes).toContain(0)
    expect(codes).toContain(2)
  })
})
