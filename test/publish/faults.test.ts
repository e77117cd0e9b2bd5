import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DatasetIndex } from '../../src/model/release.ts'
import { PublishError, publishRelease } from '../../src/publish/publish.ts'
import { s3Store, type S3StoreOptions } from '../../src/storage/s3.ts'
import type { ObjectStore } from '../../src/storage/types.ts'
import { startFaultProxy, type FaultProxy, type FaultProxyOptions } from '../support/fault-proxy.ts'
import { storedReleaseProblems, syntheticRelease } from '../support/release.ts'
import { S3_MISSING, s3TestServer, testRetry } from '../support/s3.ts'

/**
 * Faults injected between the S3 client and the real server by a proxy: whatever breaks, a
 * release is either not visible or whole, and publishing again finishes it.
 */
const server = s3TestServer()

describe.skipIf(!server)('publishing through a faulty network', () => {
  let options: S3StoreOptions
  let direct: ObjectStore
  const proxies: FaultProxy[] = []
  beforeAll(async () => {
    options = { ...(await server!.bucket('faults')), maxAttempts: 1 }
    direct = s3Store(options)
  })
  afterEach(async () => {
    await Promise.all(proxies.splice(0).map((p) => p.close()))
  })

  /** A store whose every request goes through a fault proxy; SDK retries off, ours on. */
  async function through(faults: Omit<FaultProxyOptions, 'target'>, requestTimeoutMs = 2_000) {
    const proxy = await startFaultProxy({ target: server!.endpoint, ...faults })
    proxies.push(proxy)
    return { proxy, store: s3Store({ ...options, endpoint: proxy.url, requestTimeoutMs }) }
  }

  const versionsListed = async (id: string) => {
    const object = await direct.get(`datasets/${id}/index.json`)
    if (!object) return []
    return DatasetIndex.parse(await new Response(object.body).json()).versions.map((v) => v.version)
  }

  it.each([
    ['error-500', 'every third request answered 500'],
    ['reset', 'every third connection reset before the server sees it'],
    ['reset-after', 'every third answer lost after the server acted'],
  ] as const)('completes and verifies when %s: %s', async (fault, _) => {
    const id = `flaky-${fault}`
    const { proxy, store } = await through({ fault: (n) => (n % 3 === 0 ? fault : 'pass') })
    const lines: string[] = []
    const summary = await publishRelease(store, syntheticRelease({ id }), {
      retry: testRetry(21),
      log: (l) => lines.push(l),
    })
    expect(proxy.seen.filter((r) => r.fault === fault).length).toBeGreaterThanOrEqual(4)
    expect(lines.filter((l) => l.startsWith('retry ')).length).toBeGreaterThanOrEqual(4)
    expect(summary.files).toHaveLength(5)
    expect(await storedReleaseProblems(direct, id, '1.0.0')).toEqual([])
    expect(await versionsListed(id)).toEqual(['1.0.0'])
  })

  it('retries a request that hangs until its timeout fires', async () => {
    const id = 'flaky-hang'
    const { proxy, store } = await through(
      { fault: (n) => (n === 2 || n === 5 ? 'hang' : 'pass') },
      300,
    )
    await publishRelease(store, syntheticRelease({ id }), { retry: testRetry(22) })
    expect(proxy.seen.filter((r) => r.fault === 'hang')).toHaveLength(2)
    expect(await storedReleaseProblems(direct, id, '1.0.0')).toEqual([])
  })

  it('never makes a release visible when a file is damaged on the way', async () => {
    const id = 'flaky-corrupt'
    const { proxy, store } = await through({
      fault: (n, r) => (r.method === 'PUT' && r.path.includes('table-01.csv') ? 'corrupt' : 'pass'),
    })
    const error = await publishRelease(store, syntheticRelease({ id }), {
      retry: testRetry(23),
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PublishError)
    expect((error as Error).message).toMatch(
      /^uploading datasets\/flaky-corrupt\/1\.0\.0\/table-01\.csv failed: /,
    )
    expect(proxy.seen.some((r) => r.fault === 'corrupt')).toBe(true)
    expect(await storedReleaseProblems(direct, id, '1.0.0')).toBe('not visible')
    expect(await direct.head(`datasets/${id}/1.0.0/table-01.csv`)).toBeNull()
  })

  it('gives up after bounded retries with a clear message when the server keeps failing', async () => {
    const id = 'flaky-down'
    const { store } = await through({ fault: (n) => (n >= 3 ? 'error-500' : 'pass') })
    const error = await publishRelease(store, syntheticRelease({ id }), {
      retry: testRetry(24),
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PublishError)
    expect((error as Error).message).toMatch(
      /^Gave up on .* after 6 attempts .*run the same publish again/,
    )
    expect(await storedReleaseProblems(direct, id, '1.0.0')).toBe('not visible')
  })

  it('a publish cut off after any number of requests leaves no broken release, and a re-run completes', async () => {
    // How many requests a whole publish takes, counted through a proxy that breaks nothing.
    const counted = await through({})
    await publishRelease(counted.store, syntheticRelease({ id: 'cut-count' }), {
      retry: testRetry(30),
    })
    const total = counted.proxy.seen.length
    expect(total).toBeGreaterThan(8)

    for (let n = 0; n < total; n++) {
      const id = `cut-after-${n}`
      const release = syntheticRelease({ id })
      const { store } = await through({ dieAfter: n })
      const error = await publishRelease(store, release, {
        retry: { ...testRetry(40 + n), attempts: 2 },
      }).catch((e: unknown) => e)
      expect(error, `cut after ${n} requests`).toBeInstanceOf(PublishError)
      const problems = await storedReleaseProblems(direct, id, '1.0.0')
      expect(
        problems === 'not visible' || problems.length === 0,
        `cut after ${n}: ${String(problems)}`,
      ).toBe(true)

      const rerun = await publishRelease(direct, release, { retry: testRetry(80 + n) })
      expect(rerun.files.every((f) => f.status === 'uploaded' || f.status === 'present')).toBe(true)
      expect(await storedReleaseProblems(direct, id, '1.0.0')).toEqual([])
      expect(await versionsListed(id)).toEqual(['1.0.0'])
    }
  })
})

if (!server) it.skip(`publishing through faults: ${S3_MISSING}`)
