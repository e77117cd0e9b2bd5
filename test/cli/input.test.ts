import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEED_DIR, SEED_FILE } from '../support/seed.ts'

const BIN = new URL('../../bin/gongkai.js', import.meta.url).pathname

/** The real command, as a user runs it; a hang is a failure, not a stuck test. */
function gongkai(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 })
  expect(result.signal, 'gongkai did not finish').toBeNull()
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const oneParagraph = (stderr: string) => {
  expect(stderr.trim()).not.toContain('\n')
  expect(stderr).not.toMatch(/\n\s+at |\.ts:\d+:\d+/)
}

const scratch = () => mkdtempSync(join(tmpdir(), 'gongkai-input-'))

describe('gongkai validate reads only regular files, of bounded size', () => {
  it('refuses /dev/zero at once, saying why and the limit (exit 2)', () => {
    const { code, stdout, stderr } = gongkai(['validate', '/dev/zero'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('/dev/zero: cannot be read: it is a character device')
    expect(stderr).toContain('regular files of at most 64 MiB')
    oneParagraph(stderr)
  })

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = join(scratch(), 'report.txt')
    execFileSync('mkfifo', [fifo])
    const { code, stderr } = gongkai(['validate', fifo])
    expect(code).toBe(2)
    expect(stderr).toContain(`${fifo}: cannot be read: it is a named pipe (FIFO)`)
    oneParagraph(stderr)
  })

  it('refuses a file larger than the limit, naming it', () => {
    const big = join(scratch(), 'big.txt')
    writeFileSync(big, '')
    truncateSync(big, 64 * 1024 * 1024 + 1)
    const { code, stderr } = gongkai(['validate', big])
    expect(code).toBe(2)
    expect(stderr).toContain(`${big}: cannot be read: it is larger than 64 MiB`)
    oneParagraph(stderr)
  })

  it('refuses a directory', () => {
    const { code, stderr } = gongkai(['validate', scratch()])
    expect(code).toBe(2)
    expect(stderr).toContain('it is a directory')
  })

  it('still reads a report through a symbolic link', () => {
    const link = join(scratch(), 'report.txt')
    symlinkSync(SEED_FILE, link)
    expect(gongkai(['validate', link]).code).toBe(0)
  })
})

describe('a dataset folder holds its own files', () => {
  const copyOfSeed = () => {
    const dir = join(scratch(), 'dataset')
    cpSync(SEED_DIR, dir, { recursive: true })
    return dir
  }

  it('refuses a source report that is a symbolic link out of the folder (exit 2)', () => {
    const dir = copyOfSeed()
    const outside = join(scratch(), 'elsewhere.txt')
    cpSync(SEED_FILE, outside)
    const report = join(dir, '000_66555173f63991a7.txt')
    rmSync(report)
    symlinkSync(outside, report)
    const { code, stderr } = gongkai(['build', dir, '--out', join(scratch(), 'out')])
    expect(code).toBe(2)
    expect(stderr).toContain(
      `${report} is a symbolic link to ${outside}, outside the dataset folder`,
    )
    oneParagraph(stderr)
  })

  it('refuses a changelog.json linked from elsewhere, and a FIFO as dataset.json', () => {
    const dir = copyOfSeed()
    const elsewhere = join(scratch(), 'changelog.json')
    cpSync(join(dir, 'changelog.json'), elsewhere)
    rmSync(join(dir, 'changelog.json'))
    symlinkSync(elsewhere, join(dir, 'changelog.json'))
    expect(gongkai(['publish', dir, '--dry-run']).stderr).toContain('outside the dataset folder')

    const fifoDir = copyOfSeed()
    rmSync(join(fifoDir, 'dataset.json'))
    execFileSync('mkfifo', [join(fifoDir, 'dataset.json')])
    const { code, stderr } = gongkai(['build', fifoDir, '--out', join(scratch(), 'out')])
    expect(code).toBe(2)
    expect(stderr).toContain('it is a named pipe (FIFO), not a regular file')
    oneParagraph(stderr)
  })

  it('builds from a folder whose files are linked within it', () => {
    const dir = copyOfSeed()
    const report = join(dir, '000_66555173f63991a7.txt')
    cpSync(report, join(dir, 'original.txt'))
    rmSync(report)
    symlinkSync('original.txt', report)
    const out = join(scratch(), 'out')
    expect(gongkai(['build', dir, '--out', out]).code).toBe(0)
  })
})
