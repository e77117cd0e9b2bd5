// npm run bench: speed and memory as ratios against baselines measured in the same run, so the
// numbers mean the same on a loaded laptop and an idle CI machine.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { serveNode } from '../src/http/node.ts'
import { ingest } from '../src/ingest/index.ts'
import { publishRelease } from '../src/publish/publish.ts'
import { buildRelease } from '../src/release/command.ts'
import { memoryStore } from '../src/storage/memory.ts'
import { validate } from '../src/validate/index.ts'

const DATASET = new URL('../data/zhuzhou-shifeng-gov-office-2020/', import.meta.url).pathname
const SEED = `${DATASET}000_66555173f63991a7.txt`
const BIN = new URL('../bin/gongkai.js', import.meta.url).pathname
const bytes = new Uint8Array(readFileSync(SEED))
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30)

/** The median of ROUNDS runs after a warm-up, in milliseconds. */
async function timeIt(fn: () => unknown, rounds = ROUNDS): Promise<number> {
  for (let i = 0; i < Math.min(3, rounds); i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    const t = performance.now()
    await fn()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]!
}

const rows: Array<[string, number, number]> = []
const report = (name: string, ms: number, baseline: number) => rows.push([name, ms, ms / baseline])

// In-process work, against what any reader of the file must do: decode, split, hash.
const reading = await timeIt(async () => {
  new TextDecoder()
    .decode(bytes)
    .split('\n')
    .map((l) => l.split('\t'))
  await crypto.subtle.digest('SHA-256', bytes)
})
report('baseline: decode + split + sha256', reading, reading)
const parse = await timeIt(() => ingest(bytes, 'seed.txt'))
report('ingest (the whole report)', parse, reading)
const { report: model } = await ingest(bytes, 'seed.txt')
const check = await timeIt(() => validate(model))
report('validate (every rule)', check, reading)
const build = await timeIt(() => buildRelease(DATASET), 10)
report('build a release (57 files)', build, reading)

// The CLI as a user runs it, against starting Node itself.
const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: 'ignore' })
const node = await timeIt(() => run(['-e', '']), 5)
report('baseline: start node', node, node)
report(
  'gongkai validate <seed> (whole process)',
  await timeIt(() => run([BIN, 'validate', SEED]), 5),
  node,
)

// Serving: a versioned CSV through the app on Node, against a bare fetch of the healthz route.
const store = memoryStore()
const files = await buildRelease(DATASET)
await publishRelease(store, Object.fromEntries(files.map((f) => [f.name, f.bytes])))
const server = await serveNode({ store, port: 0 })
const csvUrl = `${server.url}/datasets/zhuzhou-shifeng-gov-office-2020/1.0.0/03-expenditure.csv`
const health = await timeIt(async () => (await fetch(`${server.url}/healthz`)).arrayBuffer(), 200)
report('baseline: GET /healthz', health, health)
report(
  'GET a versioned CSV',
  await timeIt(async () => (await fetch(csvUrl)).arrayBuffer(), 200),
  health,
)
await server.close()

const heapBefore = process.memoryUsage().heapUsed
const keep = await Promise.all(Array.from({ length: 20 }, () => ingest(bytes, 'seed.txt')))
const perReport = (process.memoryUsage().heapUsed - heapBefore) / keep.length

console.log(`seed report: ${bytes.length} bytes; medians`)
for (const [name, ms, ratio] of rows) {
  console.log(`${name.padEnd(42)} ${ms.toFixed(2).padStart(9)} ms  ×${ratio.toFixed(1)}`)
}
console.log(
  `${'retained heap per parsed report'.padEnd(42)} ${(perReport / 1024).toFixed(0).padStart(9)} KiB  ×${(perReport / bytes.length).toFixed(1)} of the source size`,
)
