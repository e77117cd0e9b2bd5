import { describe, expect, it } from 'vitest'
import { ingest, ReportRefused } from '../../src/ingest/index.ts'
import { sha256Hex } from '../../src/model/digest.ts'
import { compareFindings, Finding } from '../../src/model/finding.ts'
import type { Manifest } from '../../src/model/release.ts'
import { Report } from '../../src/model/report.ts'
import { assembleRelease } from '../../src/release/build.ts'
import { BUILDER } from '../../src/release/builder.ts'
import { loadDataset } from '../../src/release/dataset-folder.ts'
import { ReleaseRefused } from '../../src/release/refusal.ts'
import { validate } from '../../src/validate/index.ts'
import { SEED_DIR } from '../support/seed.ts'
import { KINDS, mutant, type Mutant } from './mutants.ts'
import { expectOneParagraph } from './paragraph.ts'

/**
 * 300 damaged copies of the seed report, each reproducible from its seed (the test name carries
 * it: `npx vitest run test/robustness -t "seed 9017"`). Every one is either refused with one
 * paragraph naming the file and what is wrong, or read into a model that validates without a
 * rule crashing and becomes a whole release or a ReleaseRefused — never another error.
 */
const FIRST_SEED = 9000
const COUNT = 300
const FILE = 'mutant.txt'

const dataset = await loadDataset(SEED_DIR)
const outcomes = { refused: 0, parsed: 0, released: 0, releaseRefused: 0 }

async function check({ seed, what, bytes }: Mutant): Promise<void> {
  const at = `seed ${seed} (${what})`
  let ingested
  try {
    ingested = await ingest(bytes, FILE)
  } catch (error) {
    expect(error, `${at}: ingest threw ${String(error)}`).toBeInstanceOf(ReportRefused)
    const message = (error as ReportRefused).message
    expect(message.startsWith(`${FILE}: `), `${at}: ${message}`).toBe(true)
    expectOneParagraph(message, at)
    // It says what is wrong where: the tables missing, the cover, the line and byte, or empty.
    expect(message, at).toMatch(/公开0\d表|line \d+|\d+ lines|cover|empty/)
    // The parser's safety net (src/ingest/refusal.ts unfitModel) catching it is a parser bug too.
    expect(message, at).not.toMatch(/bug in gongkai/)
    outcomes.refused++
    return
  }
  outcomes.parsed++
  const { report, findings: repairs } = ingested
  expect(Report.safeParse(report).error, at).toBeUndefined()
  const findings = [...repairs, ...validate(report)].sort(compareFindings)
  for (const f of findings) {
    expect(Finding.safeParse(f).error, `${at}: ${JSON.stringify(f)}`).toBeUndefined()
    expect(f.rule, `${at}: ${f.message.en}`).not.toBe('rule-failed')
  }

  const metadata = {
    ...dataset.metadata,
    source: { ...dataset.metadata.source, sha256: await sha256Hex(bytes) },
  }
  let files
  try {
    files = await assembleRelease({
      metadata,
      changelog: dataset.changelog,
      source: bytes,
      report,
      findings,
      builder: BUILDER,
    })
  } catch (error) {
    expect(error, `${at}: the release threw ${String(error)}`).toBeInstanceOf(ReleaseRefused)
    expectOneParagraph((error as Error).message, at)
    outcomes.releaseRefused++
    return
  }
  // Whole: the manifest lists every other file, and the source is published byte-identical.
  const byName = new Map(files.map((f) => [f.name, f]))
  const manifest = JSON.parse(
    new TextDecoder().decode(byName.get('manifest.json')!.bytes),
  ) as Manifest
  expect(manifest.files.map((f) => f.name).sort(), at).toEqual(
    [...byName.keys()].filter((n) => n !== 'manifest.json').sort(),
  )
  expect(byName.get(metadata.source.file)!.bytes, at).toEqual(bytes)
  outcomes.released++
}

describe('damaged reports are refused in one paragraph or read whole', () => {
  const seeds = Array.from({ length: COUNT }, (_, i) => FIRST_SEED + i)
  it.each(seeds)('seed %i', async (seed) => {
    await check(mutant(seed))
  })

  it('the same seed gives the same damage', () => {
    const [a, b] = [mutant(FIRST_SEED + 7), mutant(FIRST_SEED + 7)]
    expect(a.what).toBe(b.what)
    expect(a.bytes).toEqual(b.bytes)
  })

  // Last, so it sees every outcome (and is skipped when one seed is run by name).
  it('takes both paths: a sweep that only refused, or only read, would test one', () => {
    expect(outcomes.refused + outcomes.parsed).toBe(COUNT)
    expect(outcomes.refused).toBeGreaterThan(COUNT / 10)
    expect(outcomes.released).toBeGreaterThan(COUNT / 10)
    expect(KINDS.length).toBeLessThan(COUNT / 5)
  })
})
