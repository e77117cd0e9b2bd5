import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { s3TestServer } from '../support/s3.ts'
import { SEED_DIR } from '../support/seed.ts'
import {
  childEnv,
  freePort,
  runGongkai,
  SEED_ID,
  sha256Hex,
  startGongkai,
  type Finished,
  type Running,
} from './support.ts'

/**
 * The Node runtime as an operator runs it: `gongkai publish` of the seed to a real S3 server
 * (Ceph RGW), then `gongkai serve` over the same bucket, read by a client; publishing again
 * changes nothing. The S3_* test variables become the AWS_* ones the command reads.
 */
const s3 = s3TestServer()

let env: Record<string, string>
let bucket: string
let published: Finished
let app: Running | undefined
let base: string

/** Every object of the bucket with its ETag and time: what a publish that wrote nothing keeps. */
async function bucketListing(): Promise<string[]> {
  const client = new S3Client({
    endpoint: s3!.endpoint,
    region: s3!.region,
    credentials: s3!.credentials,
    forcePathStyle: true,
  })
  const lines: string[] = []
  let ContinuationToken: string | undefined
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken }))
    for (const o of page.Contents ?? [])
      lines.push(`${o.Key} ${o.ETag} ${o.Size} ${o.LastModified?.toISOString()}`)
    ContinuationToken = page.NextContinuationToken
  } while (ContinuationToken)
  client.destroy()
  return lines.sort()
}

beforeAll(async () => {
  if (!s3) return
  bucket = (await s3.bucket('e2e-serve')).bucket
  env = childEnv({
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    AWS_REGION: s3.region,
    GONGKAI_BUCKET: bucket,
  })
  published = await runGongkai(['publish', SEED_DIR], { env, timeoutMs: 120_000 })
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  app = startGongkai(['serve', '--port', String(port)], { env })
  await app.ready(`${base}/healthz`, 60_000)
}, 180_000)

afterAll(() => app?.stop(), 30_000)

describe.skipIf(!s3)('gongkai publish, then gongkai serve, over S3', () => {
  it('publishes the seed, every file uploaded, and lists it', () => {
    expect(published.stderr).toBe('')
    expect(published.code).toBe(0)
    const summary = published.stdout.trim().split('\n').at(-1)!
    expect(summary).toMatch(
      new RegExp(
        `^published ${SEED_ID} \\S+: \\d+ files uploaded \\(\\d+ bytes\\), 0 already present; index updated; catalog updated$`,
      ),
    )
    expect(app!.output()).toContain(`(S3 bucket ${bucket})`)
  })

  it('serves the catalogue, and a file by its latest URL with the manifest’s bytes', async () => {
    const catalog = await (
      await fetch(`${base}/api/datasets`)
    ).json<{ datasets: { id: string; latestVersion: string; latestVersionUrl: string }[] }>()
    const seed = catalog.datasets.find((d) => d.id === SEED_ID)!
    expect(seed).toBeDefined()
    const release = await (
      await fetch(seed.latestVersionUrl)
    ).json<{
      manifest: { url: string; sha256: string }
      files: { name: string; url: string; sha256: string; bytes: number }[]
    }>()
    expect(release.files.length).toBeGreaterThan(20)

    for (const name of ['03-expenditure.csv', 'report.json', 'datapackage.json']) {
      const entry = release.files.find((f) => f.name === name)!
      const latest = await fetch(`${base}/datasets/${SEED_ID}/latest/${name}`, {
        redirect: 'manual',
      })
      expect(latest.status, name).toBe(302)
      expect(latest.headers.get('Location'), name).toBe(entry.url)
      const res = await fetch(entry.url)
      expect(res.status, name).toBe(200)
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect(bytes.length, name).toBe(entry.bytes)
      expect(sha256Hex(bytes), name).toBe(entry.sha256)
      expect(res.headers.get('ETag'), name).toBe(`"${entry.sha256}"`)
    }

    const manifest = new Uint8Array(await (await fetch(release.manifest.url)).arrayBuffer())
    expect(sha256Hex(manifest)).toBe(release.manifest.sha256)
  })

  it('publishing the same release again changes nothing', async () => {
    const before = await bucketListing()
    expect(before.length).toBeGreaterThan(20)
    const again = await runGongkai(['publish', SEED_DIR], { env, timeoutMs: 120_000 })
    expect(again.stderr).toBe('')
    expect(again.code).toBe(0)
    const lines = again.stdout.trim().split('\n')
    const files = lines.slice(0, -1)
    expect(files.length).toBeGreaterThan(20)
    for (const line of files) expect(line).toMatch(/^present\s/)
    expect(lines.at(-1)).toMatch(
      /: 0 files uploaded \(0 bytes\), \d+ already present; index unchanged; catalog unchanged$/,
    )
    expect(await bucketListing()).toEqual(before)
  })
})
