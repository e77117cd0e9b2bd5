import { createHash } from 'node:crypto'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import { parseContentRange, rangeHeader } from './range.ts'
import {
  assertValidKey,
  assertValidPrefix,
  TransientStoreError,
  type ByteRange,
  type ListPage,
  type ObjectBody,
  type ObjectInfo,
  type ObjectStore,
  type PutOptions,
  type PutResult,
} from './types.ts'

/**
 * The store over any S3-compatible service (AWS, R2's S3 API, Ceph RGW) with @aws-sdk/client-s3:
 * for publishing and the Node server, never the Worker bundle.
 * API: https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/s3/
 */
export interface S3StoreOptions {
  bucket: string
  /** A custom endpoint (R2, RGW): addressed path-style, `endpoint/bucket/key`. */
  endpoint?: string
  region?: string
  /** Without them the SDK's default chain applies (env, profile, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** Tries per request inside the SDK; callers that retry themselves pass 1. */
  maxAttempts?: number
  requestTimeoutMs?: number
}

const DEFAULT_REGION = 'us-east-1' // R2 aliases it to `auto`; RGW accepts it
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000
const CONNECTION_TIMEOUT_MS = 5_000
/** The most keys one ListObjectsV2 returns (MaxKeys). */
const MAX_LIST_LIMIT = 1000
const NETWORK_ERROR_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
])

/** Refusals that mean the credentials, not the request, are wrong. */
const AUTH_ERRORS = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AccessDenied',
  'InvalidToken',
])

/** The S3 configuration in the environment is incomplete: the message names the variable. */
export class S3ConfigError extends Error {
  override readonly name = 'S3ConfigError'
}

/** Options from the SDK's own variables plus GONGKAI_BUCKET; a clear error names what is missing. */
export function s3OptionsFromEnv(
  env: Record<string, string | undefined> = process.env,
): S3StoreOptions {
  const bucket = env.GONGKAI_BUCKET
  if (!bucket) {
    throw new S3ConfigError(
      'GONGKAI_BUCKET is not set: name the bucket to publish to. The S3 endpoint and credentials ' +
        'come from AWS_ENDPOINT_URL_S3 (omit for AWS itself), AWS_ACCESS_KEY_ID, ' +
        'AWS_SECRET_ACCESS_KEY and AWS_REGION.',
    )
  }
  const { AWS_ENDPOINT_URL_S3: endpoint, AWS_REGION: region } = env
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env
  return {
    bucket,
    ...(endpoint ? { endpoint } : {}),
    ...(region ? { region } : {}),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  }
}

export function s3Store(options: S3StoreOptions): ObjectStore {
  const Bucket = options.bucket
  const client = new S3Client({
    region: options.region ?? DEFAULT_REGION,
    ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    // Checksums only where an operation requires one: RGW rejects the SDK's default trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
  })

  /** What a publisher can do about a store's refusal that is a matter of configuration. */
  function adviceFor(name: string | undefined, status: number | undefined): string {
    const where = options.endpoint ?? 'AWS S3'
    if (name === 'NoSuchBucket')
      return ` (the bucket "${Bucket}" does not exist at ${where}: create it, or set GONGKAI_BUCKET to one that does)`
    if (status === 401 || status === 403 || AUTH_ERRORS.has(name ?? ''))
      return ` (the store refused these credentials for bucket "${Bucket}" at ${where}: check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_REGION, and that the key may read and write the bucket)`
    return ''
  }

  /**
   * Runs one request. An `expected` status comes back as a number (a missing bucket never counts:
   * it is a configuration error); anything worth retrying becomes TransientStoreError.
   */
  async function send<T>(
    what: string,
    key: string,
    request: () => Promise<T>,
    expected: readonly number[] = [],
  ): Promise<T | number> {
    try {
      return await request()
    } catch (error) {
      const status = statusOf(error)
      const name = (error as { name?: string }).name
      if (status !== undefined && expected.includes(status) && name !== 'NoSuchBucket')
        return status
      const message = `S3 ${what} ${Bucket}/${key} failed: ${describe(error, status)}${adviceFor(name, status)}`
      if (isTransient(error, status)) throw new TransientStoreError(message, { cause: error })
      throw new Error(message, { cause: error })
    }
  }

  return {
    async get(key: string, get: { range?: ByteRange } = {}): Promise<ObjectBody | null> {
      assertValidKey(key)
      // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html
      const res = await send(
        'GetObject',
        key,
        () =>
          client.send(
            new GetObjectCommand({
              Bucket,
              Key: key,
              ...(get.range ? { Range: rangeHeader(get.range) } : {}),
            }),
          ),
        [404],
      )
      if (typeof res === 'number' || !res.Body) return null
      const range = res.ContentRange ? parseContentRange(res.ContentRange) : null
      const size = range ? range.size : (res.ContentLength ?? 0)
      return {
        key,
        size,
        etag: unquote(res.ETag),
        contentType: res.ContentType ?? null,
        metadata: { ...res.Metadata },
        body: res.Body.transformToWebStream() as ReadableStream<Uint8Array>,
        // A server may answer a range covering the whole object with all of it (200, no Content-Range).
        range: get.range
          ? range
            ? { offset: range.offset, length: range.length }
            : { offset: 0, length: size }
          : null,
      }
    },

    async head(key: string): Promise<ObjectInfo | null> {
      assertValidKey(key)
      // https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html
      const res = await send(
        'HeadObject',
        key,
        () => client.send(new HeadObjectCommand({ Bucket, Key: key })),
        [404],
      )
      if (typeof res === 'number') return null
      return {
        key,
        size: res.ContentLength ?? 0,
        etag: unquote(res.ETag),
        contentType: res.ContentType ?? null,
        metadata: { ...res.Metadata },
      }
    },

    async put(key: string, body: Uint8Array | string, put: PutOptions = {}): Promise<PutResult> {
      assertValidKey(key)
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
      // Content-MD5 makes every S3 server refuse bytes damaged on the way; ChecksumSHA256 is
      // checked by AWS and R2 only (RGW ignores it), so nothing relies on it.
      // https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
      // https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html
      const command = new PutObjectCommand({
        Bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.length,
        ContentMD5: createHash('md5').update(bytes).digest('base64'),
        ...(put.contentType ? { ContentType: put.contentType } : {}),
        Metadata: { ...put.metadata, ...(put.sha256 ? { sha256: put.sha256 } : {}) },
        ...(put.sha256
          ? { ChecksumSHA256: Buffer.from(put.sha256, 'hex').toString('base64') }
          : {}),
        ...(put.ifNoneMatch ? { IfNoneMatch: put.ifNoneMatch } : {}),
        ...(put.ifMatch !== undefined ? { IfMatch: put.ifMatch } : {}),
      })
      // AWS answers If-Match on a missing key with 404, RGW with 412: both mean "not that version".
      const refused = put.ifMatch !== undefined ? [412, 404] : [412]
      const res = await send('PutObject', key, () => client.send(command), refused)
      if (typeof res === 'number') return { ok: false, reason: 'precondition-failed' }
      return { ok: true, etag: unquote(res.ETag) }
    },

    async list(prefix: string, list: { cursor?: string; limit?: number } = {}): Promise<ListPage> {
      assertValidPrefix(prefix)
      // https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html
      const res = await send('ListObjectsV2', prefix, () =>
        client.send(
          new ListObjectsV2Command({
            Bucket,
            Prefix: prefix,
            MaxKeys: Math.min(list.limit ?? MAX_LIST_LIMIT, MAX_LIST_LIMIT),
            ...(list.cursor ? { ContinuationToken: list.cursor } : {}),
          }),
        ),
      )
      if (typeof res === 'number') return { keys: [] } // no status is expected: unreachable
      const keys = (res.Contents ?? []).map((o) => o.Key!).filter(Boolean)
      return res.IsTruncated && res.NextContinuationToken
        ? { keys, cursor: res.NextContinuationToken }
        : { keys }
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key)
      // https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html
      await send('DeleteObject', key, () =>
        client.send(new DeleteObjectCommand({ Bucket, Key: key })),
      )
    },
  }
}

const unquote = (etag: string | undefined) => (etag ?? '').replace(/^W\//, '').replace(/"/g, '')

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
}

/** 5xx, 409 (AWS: a concurrent conditional write, retry), timeouts and dropped connections. */
function isTransient(error: unknown, status: number | undefined): boolean {
  if (status !== undefined && (status >= 500 || status === 409 || status === 429)) return true
  const e = error as { name?: string; code?: string; cause?: { code?: string } }
  return (
    e?.name === 'TimeoutError' ||
    NETWORK_ERROR_CODES.has(e?.code ?? '') ||
    NETWORK_ERROR_CODES.has(e?.cause?.code ?? '')
  )
}

function describe(error: unknown, status: number | undefined): string {
  const e = error as { name?: string; code?: string; message?: string }
  const what = [e?.name, e?.code].filter(Boolean).join(' ')
  return `${what}${status ? ` (HTTP ${status})` : ''}${e?.message ? `: ${e.message}` : ''}`
}
