// npm run bench: speed and memory as ratios against baselines measured in the same run, so the
// numbers mean the same on a loaded laptop and an idle CI machine.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { ingest } from '../src/ingest/index.ts'
import { validate } from '../src/validate/index.ts'

const SEED = new URL(
  '../data/zhuzhou-shifeng-gov-office-2020/000_66555173f63991a7.txt',
  import.meta.url,
)
const bytes = new Uint8Array(readFileSync(SEED))
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30)

async function timeIt(fn: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await fn() // warm-up
  const samples: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now()
    await fn()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]!
}

// Baseline: what any reader of the file must do — decode it, split lines and cells, hash it.
const baseline = await timeIt(async () => {
  const text = new TextDecoder().decode(bytes)
  text.split('\n').map((l) => l.split('\t'))
  await crypto.subtle.digest('SHA-256', bytes)
})
const read = await timeIt(() => ingest(bytes, 'seed.txt'))
const { report } = await ingest(bytes, 'seed.txt')
const check = await timeIt(() => validate(report))

const heapBefore = process.memoryUsage().heapUsed
const keep = await Promise.all(Array.from({ length: 20 }, () => ingest(bytes, 'seed.txt')))
const perReport = (process.memoryUsage().heapUsed - heapBefore) / keep.length

const rows = [
  ['baseline (decode + split + sha256)', baseline, 1],
  ['ingest (parse the whole report)', read, read / baseline],
  ['validate (every rule)', check, check / baseline],
  ['ingest + validate', read + check, (read + check) / baseline],
] as const
console.log(`seed report: ${bytes.length} bytes, median of ${ROUNDS} rounds`)
for (const [name, ms, ratio] of rows)
  console.log(`${name.padEnd(38)} ${ms.toFixed(2).padStart(8)} ms  ×${ratio.toFixed(1)}`)
console.log(
  `${'retained heap per parsed report'.padEnd(38)} ${(perReport / 1024).toFixed(0).padStart(8)} KiB  ×${(perReport / bytes.length).toFixed(1)} of the source size`,
)
