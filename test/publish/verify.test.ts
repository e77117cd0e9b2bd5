import { expect, it } from 'vitest'
import { publishRelease } from '../../src/publish/publish.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import type { ObjectStore } from '../../src/storage/types.ts'
import { syntheticRelease } from '../support/release.ts'

const id = 'zhuzhou-shifeng-gov-office-2020'

it('reads back and refuses an object stored with other bytes than were sent', async () => {
  const inner = memoryStore()
  // Injected fault: a store that damages one file silently and ignores the SHA-256 sent (as RGW does).
  const store: ObjectStore = {
    ...inner,
    async put(key, body, { sha256: _, ...options } = {}) {
      if (!key.endsWith('table-01.csv')) return inner.put(key, body, options)
      const damaged = typeof body === 'string' ? new TextEncoder().encode(body) : body.slice()
      damaged[0]! ^= 0x20
      return inner.put(key, damaged, options)
    },
  }
  const error = await publishRelease(store, syntheticRelease()).catch((e: unknown) => e)
  expect((error as Error).message).toMatch(
    /^datasets\/zhuzhou-shifeng-gov-office-2020\/1\.0\.0\/table-01\.csv does not read back as sent .*The release is not visible/,
  )
  expect(await inner.head(`datasets/${id}/1.0.0/manifest.json`)).toBeNull()
  expect(await inner.head(`datasets/${id}/index.json`)).toBeNull()
})
