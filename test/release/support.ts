import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { ingest } from '../../src/ingest/index.ts'
import { finding } from '../../src/model/finding-builder.ts'
import type { Finding } from '../../src/model/finding.ts'
import type { Report } from '../../src/model/report.ts'
import { assembleRelease, type ReleaseInput } from '../../src/release/build.ts'
import { BUILDER } from '../../src/release/builder.ts'
import { loadDataset, type DatasetFolder } from '../../src/release/dataset-folder.ts'
import type { ReleaseFile } from '../../src/release/formats.ts'

export const SEED_DIR = 'data/zhuzhou-shifeng-gov-office-2020'
/** The Data Package 2.0 profiles (JSON Schema), copied verbatim from the published standard. */
export const STANDARDS = fileURLToPath(new URL('../fixtures/datapackage-2.0/', import.meta.url))

let seed: Promise<{ dataset: DatasetFolder; report: Report; findings: Finding[] }> | undefined

/** The seed dataset, parsed once per test file: real components, no mocks. */
export function seedParts() {
  seed ??= (async () => {
    const dataset = await loadDataset(SEED_DIR)
    const { report, findings } = await ingest(dataset.source, dataset.metadata.source.file)
    return { dataset, report, findings }
  })()
  return seed
}

/**
 * Findings of every severity, as the validator would give them, to exercise the report shapes.
 * Their ids are catalogued, so a build declares the foreign key from findings to finding types.
 */
export const SAMPLE_FINDINGS: Finding[] = [
  finding({
    rule: 'row-sum-mismatch',
    severity: 'error',
    table: '03',
    row: '201',
    column: 'basic_expenditure',
    expected: '511.38',
    actual: '511.37',
    line: 172,
    zh: '合计不符',
    en: 'The total does not add up',
  }),
  finding({
    rule: 'narrative-share-mismatch',
    severity: 'warning',
    table: 'narrative',
    row: null,
    column: null,
    expected: '97.9',
    actual: '97.8',
    line: 360,
    zh: '占比，“引号”',
    en: 'Share, with "quotes", commas\nand a line break',
  }),
  finding({
    rule: 'line-number-gap',
    severity: 'info',
    table: '01',
    row: '一、一般公共服务支出',
    column: 'amount',
    line: 100,
    zh: '同一行的支出侧',
    en: 'The expenditure side of a two-sided line',
  }),
  // Two findings that differ only in Chinese text: a zh-CN locale would sort them by pinyin.
  ...['行政运行', '一般行政管理事务'].map((row) =>
    finding({
      rule: 'code-unknown',
      severity: 'info',
      table: '03',
      row,
      line: 172,
      zh: row,
      en: 'note',
    }),
  ),
]

export async function buildSeed(overrides: Partial<ReleaseInput> = {}): Promise<ReleaseFile[]> {
  const { dataset, report, findings } = await seedParts()
  return assembleRelease({
    ...dataset,
    report,
    findings: [...findings, ...SAMPLE_FINDINGS],
    builder: BUILDER,
    ...overrides,
  })
}

export const fileNamed = (files: readonly ReleaseFile[], name: string): ReleaseFile => {
  const f = files.find((x) => x.name === name)
  if (!f) throw new Error(`no file ${name} in the release`)
  return f
}

export const textOf = (f: ReleaseFile) =>
  new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(f.bytes)
export const jsonOf = <T = Record<string, unknown>>(f: ReleaseFile) => JSON.parse(textOf(f)) as T

/** A CSV read back with csv-parse: header and records as strings. */
export function readCsv(f: ReleaseFile): { header: string[]; records: string[][] } {
  const [header, ...records] = parse(textOf(f), { relax_column_count: false })
  return { header: header!, records }
}

export function python(script: string, ...args: string[]): string {
  return execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8' })
}

/**
 * A Python that can import `module`: python3 on the PATH, or Debian's own (apt's python3-pandas
 * installs there, which a pyenv python3 on the PATH does not see). Null when none can.
 */
export function pythonWith(module: string): string | null {
  for (const exe of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(exe, ['-c', `import ${module}`], { stdio: 'ignore' })
      return exe
    } catch {
      // try the next
    }
  }
  return null
}

export function runPython(exe: string, script: string, ...args: string[]): string {
  return execFileSync(exe, ['-c', script, ...args], { encoding: 'utf8' })
}

export { readFile }
