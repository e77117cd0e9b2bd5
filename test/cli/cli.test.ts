import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Finding } from '../../src/model/finding.ts'
import { SEED_DIR, SEED_FILE } from '../support/seed.ts'

const BIN = new URL('../../bin/gongkai.js', import.meta.url).pathname

/** Runs the real command, as a user would, with the Node that runs the tests (≥ 22). */
function gongkai(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const expectOneParagraph = (stderr: string) => {
  expect(stderr.trim().split('\n\n')[0]).not.toMatch(/\n\s+at /)
  expect(stderr).not.toMatch(/\.ts:\d+:\d+/)
}

describe('gongkai validate', () => {
  it('prints findings grouped by table and exits 0 when the report was read', () => {
    const { code, stdout } = gongkai(['validate', SEED_FILE])
    expect(code).toBe(0)
    expect(stdout).toContain('公开06表')
    expect(stdout).toMatch(/\d+ errors, \d+ warnings, \d+ infos\n?$/)
  })
  it('--json prints one document whose stats count its findings', () => {
    const { code, stdout } = gongkai(['validate', SEED_FILE, '--json'])
    expect(code).toBe(0)
    const doc = JSON.parse(stdout) as {
      valid: boolean
      stats: Record<string, number>
      findings: unknown[]
    }
    const findings = doc.findings.map((f) => Finding.parse(f))
    const count = (s: string) => findings.filter((f) => f.severity === s).length
    expect(doc.stats).toEqual({
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    })
    expect(doc.valid).toBe(count('error') === 0)
    expect(count('error')).toBeGreaterThan(12)
  })
  it('--strict exits 1 when errors were found', () => {
    expect(gongkai(['validate', SEED_FILE, '--strict']).code).toBe(1)
  })
  it('refuses what is not a report with exit 2 and one paragraph naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-'))
    const file = join(dir, 'other.txt')
    writeFileSync(file, '地区\t人口\n北京\t2189\n')
    const { code, stdout, stderr } = gongkai(['validate', file, '--json'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(file)
    expect(stderr).toContain('none of the nine tables')
    expectOneParagraph(stderr)
  })
  it('names a missing file', () => {
    const { code, stderr } = gongkai(['validate', '/no/such/report.txt'])
    expect(code).toBe(2)
    expect(stderr).toContain('/no/such/report.txt: cannot be read: no such file.')
  })
  it('answers a wrong call with the usage and exit 2', () => {
    for (const args of [['frobnicate'], ['validate'], ['validate', SEED_FILE, '--bogus']]) {
      const { code, stderr } = gongkai(args)
      expect(code).toBe(2)
      expect(stderr).toContain('usage: gongkai')
      expectOneParagraph(stderr)
    }
  })
})

describe('gongkai build and publish', () => {
  it('build writes a release with its manifest and SHA256SUMS', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gongkai-cli-')), 'release')
    const { code, stdout } = gongkai(['build', SEED_DIR, '--out', out])
    expect(code).toBe(0)
    expect(readdirSync(out)).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'SHA256SUMS',
        'datapackage.json',
        '000_66555173f63991a7.txt',
      ]),
    )
    expect(stdout).toContain('built zhuzhou-shifeng-gov-office-2020 1.0.0')
  })
  it('build without --out is a usage error', () => {
    const { code, stderr } = gongkai(['build', SEED_DIR])
    expect(code).toBe(2)
    expect(stderr).toContain('--out')
  })
  it('serve names a bad port, from --port or PORT', () => {
    for (const [args, env] of [
      [['serve', '--port', 'x1'], {}],
      [['serve'], { PORT: 'abc' }],
    ] as const) {
      const { code, stderr } = gongkai([...args], env)
      expect(code).toBe(2)
      expect(stderr).toContain(`not "${args.length > 1 ? 'x1' : 'abc'}"`)
    }
  })
  it('publish without a bucket says which variable is missing', () => {
    const { code, stderr } = gongkai(['publish', SEED_DIR, '--dry-run'], { GONGKAI_BUCKET: '' })
    expect(code).toBe(2)
    expect(stderr).toContain('GONGKAI_BUCKET is not set')
    expectOneParagraph(stderr)
  })
})
