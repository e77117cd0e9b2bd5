import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { SEED_DIR } from '../support/seed.ts'

/**
 * What the end-to-end tests share: the real `gongkai` command run as a user runs it, with the
 * Node that runs the tests (≥ 22), on a free port, stopped however the test ends.
 */
export const REPO = fileURLToPath(new URL('../../', import.meta.url))
export const BIN = `${REPO}bin/gongkai.js`

/** The seed dataset's id, as its publisher wrote it in dataset.json. */
export const SEED_ID = (
  JSON.parse(readFileSync(`${SEED_DIR}dataset.json`, 'utf8')) as { id: string }
).id

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const inCi = () => Boolean(process.env.CI && process.env.CI !== 'false')

/**
 * Whether a system tool a test needs is here. Missing: fails under CI (where .ci/run installs
 * it), skips locally with a message saying how to install it.
 */
export function systemTool(what: string, present: boolean, install: string): boolean {
  if (present) return true
  const message = `${what} is not installed (${install})`
  if (inCi()) throw new Error(`end-to-end tests cannot run: ${message}`)
  console.warn(`skipping: ${message}`)
  return false
}

/** A Python that has pandas: Debian's own first (python3-pandas), then whatever python3 is on PATH. */
export function pythonWithPandas(): string | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import pandas'], { stdio: 'ignore', timeout: 30_000 })
    if (probe.status === 0) return python
  }
  return null
}

/** A port nobody listens on now (the OS picks it; the caller binds it right away). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** The environment of a child: ours without any AWS_* (a developer's own account is never used). */
export function childEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && !name.startsWith('AWS_')) env[name] = value
  return { ...env, ...extra }
}

export interface Finished {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `gongkai …` to its end (at most `timeoutMs`), without blocking the test's event loop. */
export function runGongkai(
  args: string[],
  options: { cwd?: string; env: Record<string, string>; timeoutMs?: number },
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`gongkai ${args.join(' ')} ran over ${options.timeoutMs} ms:\n${stderr}`))
    }, options.timeoutMs ?? 60_000)
    child.once('error', reject)
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

export interface Running {
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string
  /** Resolves once `url` answers 200; rejects with the output if it exits or time runs out. */
  ready(url: string, timeoutMs: number): Promise<void>
  /** SIGTERM to its whole process group, then SIGKILL to whatever is left after a grace period. */
  stop(): Promise<void>
}

/** Starts a long-running `gongkai …` (serve, start) in its own process group. */
export function startGongkai(
  args: string[],
  options: { cwd?: string; env: Record<string, string> },
): Running {
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.once('error', (error) => (output += `${error}\n`))
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const alive = () => child.exitCode === null && child.signalCode === null
  const group = (signal: NodeJS.Signals | 0) => {
    try {
      process.kill(-child.pid!, signal)
      return true
    } catch {
      return false // ESRCH: the group is gone
    }
  }
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  return {
    output: () => output,
    async ready(url, timeoutMs) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        if (!alive())
          throw new Error(`gongkai ${args.join(' ')} exited (${child.exitCode}):\n${output}`)
        try {
          const res = await fetch(url, { signal: AbortSignal.timeout(5_000) })
          if (res.status === 200) return
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline)
          throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output}`)
        await sleep(250)
      }
    },
    async stop() {
      if (child.pid === undefined) return
      group('SIGTERM')
      await Promise.race([exited, sleep(10_000)])
      // The group leader is gone; give what it started (wrangler, workerd) a moment, then end it.
      for (let i = 0; i < 20 && group(0); i++) await sleep(250)
      group('SIGKILL')
    },
  }
}

/** LibreOffice's launcher on PATH, or where Debian and macOS put it; null when absent. */
export function findSoffice(): string | null {
  for (const bin of [
    'soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ]) {
    const probe = spawnSync(bin, ['--version'], { stdio: 'ignore', timeout: 60_000 })
    if (probe.status === 0) return bin
  }
  return null
}

/** Runs a command in its own process group; kills the group if it runs over `timeoutMs`. */
export function runToEnd(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // ESRCH: the group is gone
      }
      reject(new Error(`${command} ran over ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    child.once('error', reject)
    child.once('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new Error(`${command} exited with ${code}:\n${output}`))
    })
  })
}
