import { env } from 'cloudflare:workers'
import { expect, it } from 'vitest'
import { r2Store } from '../../src/storage/r2.ts'
import { testStore } from '../storage/conformance.ts'

testStore('r2', async () => r2Store({ bucket: env.RELEASES }))

it('refuses a body whose SHA-256 is not the one sent', async () => {
  const store = r2Store({ bucket: env.RELEASES })
  await expect(store.put('sha/wrong.csv', 'x', { sha256: '0'.repeat(64) })).rejects.toThrow()
  expect(await store.head('sha/wrong.csv')).toBeNull()
})
