import { spawn } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { publishRelease } from '../publish/publish.ts'
import { buildRelease } from '../release/command.ts'
import { r2Store } from '../storage/r2.ts'
import { UsageError } from './usage.ts'

const DATA_DIR = 'data'
/** Where wrangler dev and getPlatformProxy keep local R2 (their shared default); derived from data/, so each start rebuilds it. */
const PERSIST_DIR = '.wrangler/state'
const QUIET_WRANGLER = {
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
}

/** Every folder of data/ that holds a dataset.json. */
function datasetFolders(): string[] {
  return readdirSync(DATA_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DATA_DIR, d.name, 'dataset.json')))
    .map((d) => join(DATA_DIR, d.name))
    .sort()
}

/** Builds each dataset and publishes it into the local R2 store of `wrangler dev`, offline. */
async function loadLocalReleases(): Promise<void> {
  Object.assign(process.env, QUIET_WRANGLER)
  const { getPlatformProxy } = await import('wrangler')
  rmSync(PERSIST_DIR, { recursive: true, force: true })
  const proxy = await getPlatformProxy<{ RELEASES: R2Bucket }>({
    configPath: 'wrangler.toml',
    persist: true,
  })
  try {
    const store = r2Store({ bucket: proxy.env.RELEASES })
    for (const dir of datasetFolders()) {
      const files = await buildRelease(dir)
      const summary = await publishRelease(
        store,
        Object.fromEntries(files.map((f) => [f.name, f.bytes])),
      )
      console.log(
        `gongkai: ${summary.dataset} ${summary.version} published locally (${summary.files.length} files)`,
      )
    }
  } finally {
    await proxy.dispose()
  }
}

/** `gongkai start` (npm start): the seed published locally and served by wrangler dev on 127.0.0.1. */
export async function startCommand(
  positionals: string[],
  flags: Record<string, string | boolean | undefined>,
): Promise<number> {
  if (positionals.length > 0) throw new UsageError('start takes no arguments')
  const port = String(flags.port ?? process.env.PORT ?? 8787)
  if (!/^\d{1,5}$/.test(port)) throw new UsageError(`the port must be a number, not "${port}"`)
  await loadLocalReleases()
  // wrangler's exports hide its bin; its package.json is exported and the bin sits beside it.
  const wrangler = join(
    dirname(createRequire(import.meta.url).resolve('wrangler/package.json')),
    'bin/wrangler.js',
  )
  const args = [
    wrangler,
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    port,
    // Links start with the URL it serves on, whatever wrangler.toml's PUBLIC_BASE_URL says.
    '--var',
    `PUBLIC_BASE_URL:http://127.0.0.1:${port}`,
    '--show-interactive-dev-session=false',
  ]
  const child = spawn(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, ...QUIET_WRANGLER },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)))
}
