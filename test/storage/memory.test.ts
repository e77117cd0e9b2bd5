import { expect, it } from 'vitest'
import { memoryStore } from '../../src/storage/memory.ts'
import { testStore } from './conformance.ts'

testStore('memory', async () => memoryStore())

it('refuses a body whose SHA-256 is not the one sent, as R2 does', async () => {
  const store = memoryStore()
  const wrong = '0'.repeat(64)
  await expect(store.put('a.csv', 'x', { sha256: wrong })).rejects.toThrow(/SHA-256/)
  expect(await store.head('a.csv')).toBeNull()
})
