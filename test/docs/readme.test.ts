import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { USAGE } from '../../src/cli/usage.ts'
import { FINDING_TYPES } from '../../src/model/finding-types.ts'
import { TABLES } from '../../src/model/tables.ts'
import { buildRelease } from '../../src/release/command.ts'

/**
 * The README is tested, in the manner of Datasette's docs: whatever the code offers — a command,
 * a flag, an environment variable, a route, a file of a release, a finding type — the README
 * names, or this fails saying what to add.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const README = read('README.md')

/** The text of a `## title` section, up to the next `## `. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`)
  if (start < 0) throw new Error(`README.md has no section "## ${title}"`)
  const end = README.indexOf('\n## ', start + 1)
  return README.slice(start, end < 0 ? undefined : end)
}

const missingFrom = (text: string, words: readonly string[]) =>
  words.filter((w) => !text.includes(w))

/** The keys of an object literal `const NAME … = { … }` in a source file, one per line. */
function literalKeys(source: string, name: string): string[] {
  const body = source.split(new RegExp(`const ${name}\\b[^\\n]*= \\{\\n`))[1]!.split(/\n\}/)[0]!
  return [...body.matchAll(/^ {2}'?([\w-]+)'?:/gm)].map((m) => m[1]!)
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => join(d.parentPath, d.name))
}

/** Every environment variable the code reads: `process.env.X`, `env.X`, `{ X } = env`, `${X:-…}`. */
function environmentVariables(): string[] {
  const names = new Set<string>()
  const files = [
    ...['src', 'bin', 'scripts', 'test/support'].flatMap((d) => filesUnder(d, /\.[jt]s$/)),
    ...filesUnder('scripts', /\.sh$/),
  ]
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/\benv\.([A-Z][A-Z0-9_]*)\b/g)) names.add(m[1]!)
    for (const m of text.matchAll(/\{([^{}]*)\}\s*=\s*(?:process\.)?env\b/g))
      for (const k of m[1]!.matchAll(/\b([A-Z][A-Z0-9_]+)\b\s*[:,}\n]/g)) names.add(k[1]!)
    for (const m of text.matchAll(/\$\{([A-Z][A-Z0-9_]*):?[-=?]/g)) names.add(m[1]!)
  }
  return [...names].sort()
}

describe('README.md', () => {
  it('opens with how to install, start and test', () => {
    const [first] = README.split('```sh\n')[1]!.split('```')
    expect(first).toContain('npm install && npm start')
    expect(first).toContain('npm test')
  })

  it('and the usage text name every command and flag of the CLI', () => {
    const main = read('src/cli/main.ts')
    const commands = literalKeys(main, 'COMMANDS')
    const flags = literalKeys(main, 'OPTIONS').map((f) => `--${f}`)
    const shorts = [...main.matchAll(/short: '(\w)'/g)].map((m) => `-${m[1]}`)
    expect(commands).toContain('validate')
    expect(flags).toContain('--dry-run')
    expect(
      missingFrom(
        README,
        commands.map((c) => `gongkai ${c}`),
      ),
    ).toEqual([])
    expect(missingFrom(README, [...flags, ...shorts])).toEqual([])
    expect(commands.filter((c) => !new RegExp(`^ {2}${c}\\b`, 'm').test(USAGE))).toEqual([])
    expect(missingFrom(USAGE, [...flags, ...shorts])).toEqual([])
  })

  it('names every npm script', () => {
    const scripts = Object.keys(
      (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
    )
    const run = (s: string) => (['start', 'test'].includes(s) ? `npm ${s}` : `npm run ${s}`)
    expect(missingFrom(README, scripts.map(run))).toEqual([])
  })

  it('names every environment variable the code reads', () => {
    const names = environmentVariables()
    for (const known of ['AWS_ENDPOINT_URL_S3', 'GONGKAI_BUCKET', 'PORT', 'S3_ENDPOINT'])
      expect(names).toContain(known)
    expect(
      missingFrom(
        README,
        names.map((n) => `\`${n}\``),
      ),
    ).toEqual([])
  })

  it('describes every path of openapi.yaml in its API section', () => {
    const paths = Object.keys((parse(read('openapi.yaml')) as { paths: object }).paths)
    expect(paths.length).toBeGreaterThan(5)
    expect(
      missingFrom(
        section('API'),
        paths.map((p) => `\`${p}\``),
      ),
    ).toEqual([])
  })

  describe('Releases', () => {
    let files: string[]
    beforeAll(async () => {
      files = (await buildRelease(join(ROOT, 'data/zhuzhou-shifeng-gov-office-2020'))).map(
        (f) => f.name,
      )
    })

    it('lists every kind of file a release holds', () => {
      const text = section('Releases')
      const perTable = TABLES.flatMap((t) =>
        ['.csv', '-excel.csv', '.json'].map((ext) => `${t.id}-${t.slug}${ext}`),
      )
      // Each CSV's Excel twin is one line of the list, the source report another.
      const named = files.filter(
        (f) => !perTable.includes(f) && !f.endsWith('-excel.csv') && !f.endsWith('.txt'),
      )
      expect(text).toContain('`…-excel.csv`')
      expect(named.length).toBeGreaterThan(10)
      expect(
        missingFrom(
          text,
          named.map((n) => `\`${n}\``),
        ),
      ).toEqual([])
      // The nine tables by name: each has a CSV, an Excel twin and a JSON file.
      expect(
        missingFrom(
          text,
          TABLES.map((t) => `\`${t.id}-${t.slug}\``),
        ),
      ).toEqual([])
    })
  })

  it('tables every finding type, as the catalogue has it', () => {
    // Cells, not lines: a formatter may align the columns.
    const cells = (line: string) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
    const rows = section('Finding types')
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map(cells)
    const expected = FINDING_TYPES.map((t) => [
      `\`${t.type}\``,
      t.severities.join(', '),
      t.tables.join(' '),
      t.title.en,
    ])
    // On failure the expected rows are the table to put into README.md.
    expect(rows).toEqual(expected)
  })
})
