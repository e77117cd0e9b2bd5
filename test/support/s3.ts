import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import type { S3StoreOptions } from '../../src/storage/s3.ts'
import { seededRandom } from './random.ts'

/**
 * The real S3 server for tests (Ceph RGW, started by `scripts/s3-server.sh start`; `.ci/run` does
 * it and exports its lines). Tests read only S3_* — never AWS_*, so a developer's own AWS account
 * is never touched. Without a server: fails under CI, skips locally.
 */
export interface S3TestServer {
  endpoint: string
  region: string
  credentials: { accessKeyId: string; secretAccessKey: string }
  /** A fresh, empty bucket named after `label`. */
  bucket(label: string): Promise<S3StoreOptions>
}

export const S3_MISSING =
  'no S3 server: S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY are not set. Start one with ' +
  '`bash scripts/s3-server.sh install && bash scripts/s3-server.sh start` and export the lines it prints.'

export function s3TestServer(): S3TestServer | null {
  const {
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY: accessKeyId,
    S3_SECRET_KEY: secretAccessKey,
  } = process.env
  if (!endpoint || !accessKeyId || !secretAccessKey) {
    if (process.env.CI && process.env.CI !== 'false')
      throw new Error(`S3 tests cannot run: ${S3_MISSING}`)
    console.warn(`skipping S3 tests: ${S3_MISSING}`)
    return null
  }
  const region = process.env.S3_REGION || 'us-east-1'
  const credentials = { accessKeyId, secretAccessKey }
  const client = new S3Client({ endpoint, region, credentials, forcePathStyle: true })
  return {
    endpoint,
    region,
    credentials,
    async bucket(label: string) {
      const bucket = `gongkai-${label}-${crypto.randomUUID().slice(0, 8)}`
      await client.send(new CreateBucketCommand({ Bucket: bucket }))
      return { bucket, endpoint, region, credentials }
    },
  }
}

/** Fast, repeatable retries for tests: tiny delays, seeded jitter. */
export const testRetry = (seed: number) => ({
  attempts: 6,
  baseDelayMs: 5,
  maxDelayMs: 40,
  random: seededRandom(seed),
})
