import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { MODULE_PATH, OPENAPI_PATH, renderOpenapiModule } from '../../scripts/openapi-module.ts'
import { createApp } from '../../src/http/app.ts'
import { memoryStore } from '../../src/storage/memory.ts'

const yamlText = readFileSync(OPENAPI_PATH, 'utf8')
const document = parse(yamlText) as { paths: Record<string, Record<string, unknown>> }

describe('openapi.yaml', () => {
  it('is what the app serves: src/http/openapi-document.ts is generated from it', () => {
    const message =
      'src/http/openapi-document.ts is stale: run `npm exec -- node scripts/openapi-module.ts`'
    expect(readFileSync(MODULE_PATH, 'utf8'), message).toBe(renderOpenapiModule(yamlText))
  })

  it('describes exactly the routes the app registers', () => {
    const app = createApp(() => memoryStore(), 'http://api.test')
    const registered = new Set(
      app.routes.filter((r) => r.method === 'GET').map((r) => r.path.replace(/:([a-z]+)/g, '{$1}')),
    )
    const described = new Set(Object.keys(document.paths))
    expect([...registered].sort()).toEqual([...described].sort())
    for (const [path, item] of Object.entries(document.paths))
      expect(Object.keys(item), path).toEqual(['get'])
  })

  it('passes `redocly lint` (recommended rules; exceptions in .redocly.lint-ignore.yaml)', async () => {
    const require = createRequire(import.meta.url)
    const root = dirname(require.resolve('@redocly/cli/package.json'))
    const cli = join(
      root,
      (require('@redocly/cli/package.json') as { bin: { redocly: string } }).bin.redocly,
    )
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [cli, 'lint', OPENAPI_PATH, '--format=stylish'],
      {
        cwd: dirname(OPENAPI_PATH),
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    ).catch((error: { stdout: string; stderr: string }) => error)
    const output = `${stdout}\n${stderr}`
    expect(output).toContain('Your API description is valid')
    expect(output).not.toMatch(/\d+ warnings?\b/)
  }, 60_000)
})
