import { env } from 'cloudflare:workers'
import { expect, it } from 'vitest'

it('has an R2 binding', async () => {
  await env.RELEASES.put('a', 'b')
  expect(await (await env.RELEASES.get('a'))!.text()).toBe('b')
})
