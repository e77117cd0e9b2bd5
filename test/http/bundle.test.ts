import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The Worker as `wrangler deploy` would upload it (--dry-run): the app, the R2 driver and Hono,
 * and nothing of the AWS SDK or zod, which stay on the Node side.
 */
const GZIP_BUDGET = 48 * 1024
let outdir: string
let inputs: string[]
let gzipBytes: number

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'gongkai-bundle-'))
  const require = createRequire(import.meta.url)
  const wrangler = join(dirname(require.resolve('wrangler/package.json')), 'bin', 'wrangler.js')
  const root = join(import.meta.dirname, '..', '..')
  await promisify(execFile)(
    process.execPath,
    [wrangler, 'deploy', '--dry-run', '--outdir', outdir, '--metafile'],
    {
      cwd: root,
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_HIDE_BANNER: 'true',
        CI: 'true',
      },
    },
  )
  const meta = JSON.parse(await readFile(join(outdir, 'bundle-meta.json'), 'utf8')) as {
    inputs: Record<string, unknown>
  }
  inputs = Object.keys(meta.inputs)
  gzipBytes = gzipSync(await readFile(join(outdir, 'worker.js'))).length
}, 120_000)
afterAll(() => rm(outdir, { recursive: true, force: true }))

describe('the Worker bundle', () => {
  it('holds the app and the R2 driver, no SDK and no zod', () => {
    expect(inputs.some((i) => i.endsWith('src/http/app.ts'))).toBe(true)
    expect(inputs.some((i) => i.endsWith('src/storage/r2.ts'))).toBe(true)
    // From the model only its zod-free modules: layout, table definitions, the digest, SemVer.
    const allowedModel = /src\/model\/(layout|table-defs|digest|semver)\.ts$/
    expect(
      inputs.filter(
        (i) =>
          /@aws-sdk|@smithy|node_modules\/zod|src\/storage\/s3|src\/model\//.test(i) &&
          !allowedModel.test(i),
      ),
    ).toEqual([])
    expect(inputs.some((i) => allowedModel.test(i))).toBe(true)
  })

  it(`stays under ${GZIP_BUDGET / 1024} KiB gzipped`, () => {
    expect(gzipBytes).toBeLessThan(GZIP_BUDGET)
  })
})
