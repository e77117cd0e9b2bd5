import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { Manifest } from '../../src/model/release.ts'
import { TABLES } from '../../src/model/tables.ts'
import { checkTables } from '../../src/release/check.ts'
import type { ReleaseFile } from '../../src/release/formats.ts'
import type { TableSchema } from '../../src/release/table-schema.ts'
import { chineseTitles } from '../../src/release/titles.ts'
import { writeRelease } from '../../src/release/write.ts'
import {
  buildSeed,
  fileNamed,
  pythonWith,
  runPython,
  jsonOf,
  python,
  readCsv,
  SAMPLE_FINDINGS,
  SEED_DIR,
  seedParts,
  STANDARDS,
  textOf,
} from './support.ts'

let files: ReleaseFile[]
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const csvFiles = () =>
  files.filter((f) => f.name.endsWith('.csv') && !f.name.endsWith('-excel.csv'))

interface PackageResource {
  name: string
  path: string
  bytes: number
  hash: string
  mediatype: string
  type?: string
  dialect?: Record<string, unknown>
  schema?: TableSchema
}

beforeAll(async () => {
  files = await buildSeed()
})

// pandas is optional here (apt-get install python3-pandas); the csv-module test always runs.
const PANDAS = pythonWith('pandas')

describe('a release of the seed dataset', () => {
  it('is byte-identical when built again, whatever order the findings come in', async () => {
    const { findings } = await seedParts()
    const again = await buildSeed({ findings: [...SAMPLE_FINDINGS, ...findings].reverse() })
    expect(again.map((f) => f.name)).toEqual(files.map((f) => f.name))
    for (const [i, f] of again.entries())
      expect(sha256(f.bytes), f.name).toBe(sha256(files[i]!.bytes))
  })

  it('is byte-identical when built by another process under a Chinese locale', () => {
    const script = `
const { buildSeed, fileNamed, textOf } = await import('./test/release/support.ts')
process.stdout.write(textOf(fileNamed(await buildSeed(), 'SHA256SUMS')))`
    const env = { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8', TZ: 'Asia/Shanghai' }
    const sums = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env,
      encoding: 'utf8',
    })
    expect(sums).toBe(textOf(fileNamed(files, 'SHA256SUMS')))
  })

  it('has a CSV, an Excel CSV and a JSON file for every standard table, and the package files', () => {
    const names = files.map((f) => f.name)
    for (const t of TABLES) {
      expect(names).toContain(`${t.id}-${t.slug}.csv`)
      expect(names).toContain(`${t.id}-${t.slug}-excel.csv`)
      expect(names).toContain(`${t.id}-${t.slug}.json`)
    }
    for (const name of [
      'line-items.csv',
      'validation-findings.csv',
      'narrative-figures.csv',
      'projects.csv',
      'self-evaluation-indicators.csv',
      'self-evaluation-funding.csv',
    ]) {
      expect(names).toContain(name)
    }
    for (const name of [
      'report.json',
      'validation-report.json',
      'datapackage.json',
      'csv-metadata.json',
      'dataset.json',
      'manifest.json',
      'SHA256SUMS',
      '000_66555173f63991a7.txt',
    ]) {
      expect(names).toContain(name)
    }
    expect(names).toEqual([...names].sort())
  })

  it('carries the source report byte-identical', () => {
    const original = readFileSync(join(SEED_DIR, '000_66555173f63991a7.txt'))
    expect(Buffer.from(fileNamed(files, '000_66555173f63991a7.txt').bytes).equals(original)).toBe(
      true,
    )
  })

  it('has a manifest listing every other file with its size and SHA-256, sorted by name', async () => {
    const manifest = Manifest.parse(jsonOf(fileNamed(files, 'manifest.json')))
    const { dataset } = await seedParts()
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(manifest.dataset.id).toBe('zhuzhou-shifeng-gov-office-2020')
    expect(manifest.version).toBe(dataset.changelog[0]!.version)
    expect(manifest.released).toBe(dataset.changelog[0]!.date)
    expect(manifest.predecessor).toBeNull()
    expect(manifest.builder).toEqual({ name: 'gongkai', version: pkg.version })
    expect(manifest.source).toEqual({
      file: '000_66555173f63991a7.txt',
      bytes: 57388,
      sha256: '3fed8b11ad79706fea6496ae5dac8a3a0e52df3b67ee0496ff0ea29fbcfdf78d',
    })
    // The manifest lists every file but itself, SHA256SUMS included.
    const listed = files.filter((f) => f.name !== 'manifest.json')
    expect(manifest.files.map((f) => f.name)).toEqual(listed.map((f) => f.name))
    for (const [i, entry] of manifest.files.entries()) {
      expect(entry).toEqual({
        name: listed[i]!.name,
        bytes: listed[i]!.bytes.length,
        sha256: sha256(listed[i]!.bytes),
        mediaType: listed[i]!.mediaType,
      })
    }
  })

  it('passes sha256sum -c in a folder it was written to, covering every file but itself and the manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-release-'))
    await writeRelease(files, dir)
    const out = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], {
      cwd: dir,
      encoding: 'utf8',
    })
    const ok = out
      .trim()
      .split('\n')
      .map((l) => l.replace(/: OK$/, ''))
    expect(ok).toEqual(
      files.map((f) => f.name).filter((n) => n !== 'SHA256SUMS' && n !== 'manifest.json'),
    )
    // …and fails when a byte changes.
    writeFileSync(
      join(dir, '03-expenditure.csv'),
      textOf(fileNamed(files, '03-expenditure.csv')).replace('619.54', '619.55'),
    )
    expect(() =>
      execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' }),
    ).toThrow()
  })

  it('has a datapackage.json valid against the Data Package 2.0 profiles', () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    ajv.addFormat('textarea', true) // an editor hint in the profiles, not a constraint
    const profile = (name: string) =>
      ajv.compile(JSON.parse(readFileSync(join(STANDARDS, name), 'utf8')))
    const descriptor = jsonOf(fileNamed(files, 'datapackage.json'))
    const pkg = profile('datapackage.json')
    expect(pkg(descriptor), JSON.stringify(pkg.errors)).toBe(true)
    const tableSchema = profile('tableschema.json')
    const dialect = profile('tabledialect.json')
    for (const r of descriptor.resources as PackageResource[]) {
      if (!r.schema) continue
      expect(tableSchema(r.schema), `${r.name}: ${JSON.stringify(tableSchema.errors)}`).toBe(true)
      expect(dialect(r.dialect), `${r.name}: ${JSON.stringify(dialect.errors)}`).toBe(true)
    }
  })

  it('describes the package from the dataset and changelog: version, creation date, source, no invented licence', async () => {
    const { dataset } = await seedParts()
    const d = jsonOf(fileNamed(files, 'datapackage.json'))
    expect(d.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json')
    expect(d.name).toBe(dataset.metadata.id)
    expect(d.version).toBe(dataset.changelog[0]!.version)
    expect(d.created).toBe(`${dataset.changelog[0]!.date}T00:00:00Z`)
    expect(d.licenses).toBeUndefined()
    expect(d.description).toContain(
      dataset.metadata.license.status === 'not-stated' ? dataset.metadata.license.statement.en : '',
    )
    expect(d.sources).toEqual([
      expect.objectContaining({
        path: '000_66555173f63991a7.txt',
        hash: `sha256:${dataset.metadata.source.sha256}`,
      }),
    ])
  })

  it('gives every resource the path, size, hash and media type of a file in the release', () => {
    const resources = jsonOf(fileNamed(files, 'datapackage.json')).resources as PackageResource[]
    expect(
      resources
        .filter((r) => r.type === 'table')
        .map((r) => r.path)
        .sort(),
    ).toEqual(
      csvFiles()
        .map((f) => f.name)
        .sort(),
    )
    for (const r of resources) {
      const f = fileNamed(files, r.path)
      expect(r.bytes, r.name).toBe(f.bytes.length)
      expect(r.hash, r.name).toBe(`sha256:${sha256(f.bytes)}`)
      expect(f.mediaType.startsWith(r.mediatype), r.name).toBe(true)
    }
  })

  it('has CSV data that matches the Table Schemas it declares: types, constraints, keys, foreign keys', () => {
    const resources = (
      jsonOf(fileNamed(files, 'datapackage.json')).resources as PackageResource[]
    ).filter((r) => r.schema)
    const tables = resources.map((r) => ({
      name: r.name,
      schema: r.schema!,
      ...readCsv(fileNamed(files, r.path)),
    }))
    expect(checkTables(tables)).toEqual([])
    // Amounts are plain decimals as printed, never exponent notation.
    for (const t of tables) {
      const numbers = t.schema.fields.flatMap((f, i) => (f.type === 'number' ? [i] : []))
      for (const r of t.records) for (const i of numbers) expect(r[i]).toMatch(/^(-?\d+(\.\d+)?)?$/)
    }
  })

  it('declares the keys that hold on this data', () => {
    const schemaOf = (name: string) =>
      (jsonOf(fileNamed(files, 'datapackage.json')).resources as PackageResource[]).find(
        (r) => r.name === name,
      )!.schema!
    expect(schemaOf('01-income-expenditure-summary').primaryKey).toEqual(['line', 'side'])
    expect(schemaOf('03-expenditure').primaryKey).toEqual(['line'])
    expect(schemaOf('05-general-budget-expenditure').foreignKeys).toEqual([
      { fields: ['code'], reference: { resource: '03-expenditure', fields: ['code'] } },
    ])
  })

  it('has per-table CSVs whose values are the model’s, row for row in source order', async () => {
    const { report } = await seedParts()
    for (const def of TABLES) {
      const { header, records } = readCsv(fileNamed(files, `${def.id}-${def.slug}.csv`))
      const keys = def.columns.map((c) => c.key)
      expect(header).toEqual([
        'line',
        ...(def.sided ? ['side', 'line_no'] : []),
        'code',
        'level',
        'name',
        ...keys,
      ])
      const expected = report.tables[def.id].rows.map((r) => [
        String(r.line),
        ...(def.sided ? [r.side ?? '', r.lineNo ?? ''] : []),
        r.code ?? '',
        r.level ?? '',
        r.label,
        ...keys.map((k) => (r.amounts as Record<string, string | null>)[k] ?? ''),
      ])
      expect(records, def.id).toEqual(expected)
    }
  })

  it('has a line item for every amount of the model and none for a blank', async () => {
    const { report } = await seedParts()
    const expected = TABLES.flatMap((def) =>
      report.tables[def.id].rows.flatMap((r) =>
        Object.entries(r.amounts)
          .filter(([, v]) => v !== null)
          .map(([k, v]) => [
            def.id,
            r.side ?? '',
            r.code ?? '',
            r.label,
            k,
            v as string,
            String(r.line),
          ]),
      ),
    )
    const { header, records } = readCsv(fileNamed(files, 'line-items.csv'))
    const pick = ['table', 'side', 'code', 'name', 'measure', 'amount', 'line'].map((n) =>
      header.indexOf(n),
    )
    expect(records.map((r) => pick.map((i) => r[i]))).toEqual(expected)
    expect(expected.length).toBeGreaterThan(100)
  })

  it('has a validation report shaped like Frictionless: invalid when there are errors, each located in the CSVs', async () => {
    const { findings } = await seedParts()
    const all = [...findings, ...SAMPLE_FINDINGS]
    const report = jsonOf<{
      valid: boolean
      stats: Record<string, number>
      errors: Array<Record<string, unknown>>
      warnings: Array<Record<string, unknown>>
    }>(fileNamed(files, 'validation-report.json'))
    expect(report.valid).toBe(false)
    expect(report.stats).toEqual({
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      infos: all.filter((f) => f.severity === 'info').length,
      findings: all.length,
    })
    const error = report.errors.find((e) => e.type === 'row-sum-mismatch')!
    expect(error).toMatchObject({
      resource: '03-expenditure',
      fieldName: 'basic_expenditure',
      line: 172,
      expected: '511.38',
      actual: '511.37',
      difference: '-0.01',
    })
    const row = readCsv(fileNamed(files, '03-expenditure.csv')).records[
      (error.rowNumber as number) - 2
    ]!
    expect(row[0]).toBe('172')
    expect(row[1]).toBe('201')
    expect(readCsv(fileNamed(files, 'validation-findings.csv')).records).toHaveLength(all.length)
    // On a two-sided line the finding's row names the side it is about.
    const info = (report as unknown as { infos: Array<Record<string, unknown>> }).infos.find(
      (e) => e.type === 'line-number-gap',
    )!
    const sided = readCsv(fileNamed(files, '01-income-expenditure-summary.csv')).records[
      (info.rowNumber as number) - 2
    ]!
    expect(sided.slice(0, 2)).toEqual(['100', 'expenditure'])
  })

  it('has an Excel twin for every CSV: a byte-order mark, a header of Chinese titles, then the same bytes', () => {
    const pkg = jsonOf<{ resources: PackageResource[] }>(fileNamed(files, 'datapackage.json'))
    for (const f of csvFiles()) {
      const excel = fileNamed(files, f.name.replace(/\.csv$/, '-excel.csv'))
      expect([...excel.bytes.subarray(0, 3)], excel.name).toEqual([0xef, 0xbb, 0xbf])
      const schema = pkg.resources.find((r) => r.path === f.name)!.schema!
      const [twinHeader, ...twinRecords]: string[][] = parse(textOf(excel))
      expect(twinHeader, excel.name).toEqual(chineseTitles(schema.fields))
      expect(
        twinHeader!.some((t) => /\p{Script=Han}/u.test(t)),
        excel.name,
      ).toBe(true)
      // Records as in the CSV (formula-like text aside, which the seed does not print).
      expect(twinRecords, excel.name).toEqual(readCsv(f).records)
    }
  })

  it('describes every CSV in CSVW, with column names equal to the headers', () => {
    const csvw = jsonOf<{
      '@context': string
      tables: Array<{
        url: string
        tableSchema: { columns: Array<{ name: string; titles: string }> }
      }>
    }>(fileNamed(files, 'csv-metadata.json'))
    expect(csvw['@context']).toBe('http://www.w3.org/ns/csvw')
    expect(csvw.tables.map((t) => t.url).sort()).toEqual(
      csvFiles()
        .map((f) => f.name)
        .sort(),
    )
    for (const t of csvw.tables) {
      expect(
        t.tableSchema.columns.map((c) => c.name),
        t.url,
      ).toEqual(readCsv(fileNamed(files, t.url)).header)
      expect(
        t.tableSchema.columns.map((c) => c.titles),
        t.url,
      ).toEqual(readCsv(fileNamed(files, t.url)).header)
    }
  })

  it("reads the same in Python's csv module as in csv-parse, every CSV of the release", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-release-'))
    await writeRelease(files, dir)
    const names = files.filter((f) => f.name.endsWith('.csv')).map((f) => f.name)
    const script = `
import csv, json, os, sys
out = {}
for name in sys.argv[2:]:
    with open(os.path.join(sys.argv[1], name), newline='', encoding='utf-8-sig' if name.endswith('-excel.csv') else 'utf-8') as f:
        out[name] = list(csv.reader(f))
print(json.dumps(out))`
    const read = JSON.parse(python(script, dir, ...names)) as Record<string, string[][]>
    for (const name of names) {
      const { header, records } = readCsv(fileNamed(files, name))
      expect(read[name], name).toEqual([header, ...records])
    }
  })

  it.skipIf(!PANDAS)('reads in pandas, amounts as exact strings with dtype=str', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-release-'))
    await writeRelease(files, dir)
    const script = `
import json, sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
print(json.dumps([list(df.columns)] + df.values.tolist()))`
    const { header, records } = readCsv(fileNamed(files, '03-expenditure.csv'))
    expect(JSON.parse(runPython(PANDAS!, script, join(dir, '03-expenditure.csv')))).toEqual([
      header,
      ...records,
    ])
  })

  it('has report.json equal to the parsed model, amounts as decimal strings and blanks as null', async () => {
    const { report } = await seedParts()
    const json = jsonOf(fileNamed(files, 'report.json'))
    expect(json).toEqual(JSON.parse(JSON.stringify(report)))
    const row = (json.tables as typeof report.tables)['07'].rows[0]!
    expect(row.amounts.actual_total).toBe('0.92')
    expect(row.amounts.budget_total).toBeNull()
  })
})
