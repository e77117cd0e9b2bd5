import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Manifest } from '../../src/model/release.ts'
import { buildCommand, buildRelease } from '../../src/release/index.ts'
import { SEED_DIR } from './support.ts'

describe('gongkai build <dataset-dir> --out <dir>', () => {
  it('writes every file of the release and says what it built', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gongkai-build-')), 'release')
    const summary = await buildCommand(SEED_DIR, out)
    const written = readdirSync(out).sort()
    expect(summary.files.map((f) => f.name).sort()).toEqual(written)
    expect(summary.bytes).toBe(
      written.reduce((n, name) => n + readFileSync(join(out, name)).length, 0),
    )
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')))
    expect(summary).toMatchObject({
      dataset: manifest.dataset.id,
      version: manifest.version,
      released: manifest.released,
      predecessor: null,
      outDir: out,
    })
    const report = JSON.parse(readFileSync(join(out, 'validation-report.json'), 'utf8')) as {
      valid: boolean
      stats: Record<string, number>
    }
    expect(summary.valid).toBe(report.valid)
    expect(summary.stats).toEqual({
      errors: report.stats.errors,
      warnings: report.stats.warnings,
      infos: report.stats.infos,
    })
    expect(() =>
      execFileSync('sha256sum', ['-c', '--quiet', '--strict', 'SHA256SUMS'], {
        cwd: out,
        stdio: 'pipe',
      }),
    ).not.toThrow()
  })

  it('builds the same bytes from the folder twice, findings of every rule included', async () => {
    const [a, b] = [await buildRelease(SEED_DIR), await buildRelease(SEED_DIR)]
    expect(b.map((f) => f.name)).toEqual(a.map((f) => f.name))
    for (const [i, f] of a.entries())
      expect(Buffer.from(b[i]!.bytes).equals(Buffer.from(f.bytes)), f.name).toBe(true)
  })
})
