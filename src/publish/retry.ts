import { TransientStoreError } from '../storage/types.ts'
import { PublishError } from './error.ts'

/**
 * Retries with capped exponential backoff and full jitter (delay = random × min(cap, base × 2^n)),
 * only for what a driver calls transient: 5xx, timeouts, dropped connections. Whatever else fails,
 * or keeps failing, comes out as one PublishError naming the request.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** In [0, 1); tests pass a seeded source so delays repeat. */
  random: () => number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  random: Math.random,
}

export const backoffMs = (policy: RetryPolicy, retry: number) =>
  Math.round(policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry))

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function withRetry<T>(
  what: string,
  policy: RetryPolicy,
  log: (line: string) => void,
  request: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request()
    } catch (error) {
      if (error instanceof PublishError) throw error
      if (!(error instanceof TransientStoreError)) {
        throw new PublishError(
          `${what} failed: ${(error as Error).message}. Nothing half-done was made visible: once ` +
            'the cause is fixed, the same publish finishes the job.',
          { cause: error },
        )
      }
      if (attempt >= policy.attempts) {
        throw new PublishError(
          `Gave up on ${what} after ${attempt} attempts (${error.message}). Nothing half-done was ` +
            'made visible: run the same publish again once the store answers.',
          { cause: error },
        )
      }
      const delay = backoffMs(policy, attempt - 1)
      log(
        `retry    ${what} in ${delay} ms (attempt ${attempt + 1} of ${policy.attempts}): ${error.message}`,
      )
      await sleep(delay)
    }
  }
}
