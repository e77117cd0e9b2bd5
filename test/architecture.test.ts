import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Data flows one way, one folder per stage under src/: a stage imports only stages before it in
 * this order, never a later one. `import type` counts too: a type is a dependency all the same.
 */
const ORDER = [
  'model',
  'reference',
  'ingest',
  'validate',
  'release',
  'storage',
  'publish',
  'http',
  'cli',
] as const
type Stage = (typeof ORDER)[number]

const before = (stage: Stage) => ORDER.slice(0, ORDER.indexOf(stage))

/** What each stage may import; where this is narrower or wider than "every earlier stage", why. */
const ALLOWED: Record<Stage, readonly Stage[]> = {
  model: [],
  // The reference lists codes of the model's classification schemes, and names their type.
  reference: ['model'],
  ingest: before('ingest'),
  validate: before('validate'),
  release: before('release'),
  // The storage drivers hold bytes: they know the model's types and nothing of releases.
  storage: ['model'],
  publish: before('publish'),
  // The API serves what is stored; it never parses, validates or builds a release itself.
  http: ['model', 'storage'],
  cli: before('cli'),
}

const SRC = fileURLToPath(new URL('../src/', import.meta.url))

/** Every module a file names: `import … from`, `export … from`, `import '…'` and `import('…')`. */
function specifiers(text: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\s[^'"]*?\bfrom\s*'([^']+)'/gm,
    /^\s*import\s*'([^']+)'/gm,
    /\bimport\(\s*'([^']+)'\s*\)/g,
  ]
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!))
}

const stageOf = (path: string) => path.split('/')[0] as Stage

/**
 * Each import of one stage from a stage it may not import, as "file → stage (specifier)".
 * `files` maps paths relative to src/ (with `/`) to their text.
 */
function violations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = []
  for (const [path, text] of files) {
    const from = stageOf(path)
    for (const spec of specifiers(text)) {
      if (!spec.startsWith('.')) continue
      const target = join(dirname(path), spec).split(sep).join('/')
      if (target.startsWith('..')) continue // outside src/ (package.json), no stage
      const to = stageOf(target)
      if (to !== from && !ALLOWED[from].includes(to)) found.push(`${path} → ${to} (${spec})`)
    }
  }
  return found.sort()
}

function sources(): Map<string, string> {
  const files = new Map<string, string>()
  for (const d of readdirSync(SRC, { withFileTypes: true, recursive: true })) {
    if (!d.isFile() || !d.name.endsWith('.ts')) continue
    const path = join(d.parentPath, d.name)
    files.set(relative(SRC, path).split(sep).join('/'), readFileSync(path, 'utf8'))
  }
  return files
}

describe('the stages of src/', () => {
  it('are the folders of src/, each a known stage', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
    expect(folders).toEqual([...ORDER].sort())
    expect([...sources().keys()].filter((p) => !p.includes('/'))).toEqual([])
  })

  it('import no later stage, nor any stage they may not', () => {
    const files = sources()
    expect(files.size).toBeGreaterThan(100)
    expect(violations(files)).toEqual([])
  })

  it('are told apart by the check: a backward import, a type-only one, a dynamic one', () => {
    const files = new Map([
      ['ingest/a.ts', "import { finding } from '../validate/finding.ts'\n"],
      ['model/b.ts', "import type {\n  Report,\n} from '../ingest/index.ts'\n"],
      ['http/c.ts', "const m = await import('../release/build.ts')\n"],
      ['storage/d.ts', "export { x } from '../publish/x.ts'\n"],
      ['cli/e.ts', "import { app } from '../http/app.ts'\nimport { z } from 'zod'\n"],
      ['validate/f.ts', "import { ingest } from '../ingest/index.ts'\n"],
    ])
    expect(violations(files)).toEqual([
      'http/c.ts → release (../release/build.ts)',
      'ingest/a.ts → validate (../validate/finding.ts)',
      'model/b.ts → ingest (../ingest/index.ts)',
      'storage/d.ts → publish (../publish/x.ts)',
    ])
  })
})
