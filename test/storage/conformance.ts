import { describe, expect, it } from 'vitest'
import type { ObjectStore } from '../../src/storage/types.ts'

/**
 * What every driver must do, run against each one (memory in Node, R2 inside workerd, S3 against
 * a real RADOS Gateway). Web APIs only, so the same file runs in workerd. Every test works under
 * its own prefix, so a store that keeps objects between tests (R2 within a file) is fine.
 */
export function testStore(name: string, make: () => Promise<ObjectStore>): void {
  const run = crypto.randomUUID().slice(0, 8)
  let count = 0
  const setup = async () => ({ store: await make(), base: `conformance/${run}/${count++}/` })

  describe(`${name} store`, () => {
    it('puts, heads, gets and deletes an object', async () => {
      const { store, base } = await setup()
      const key = `${base}a.json`
      const put = await store.put(key, '{"a":1}', { contentType: 'application/json' })
      expect(put.ok).toBe(true)
      const head = await store.head(key)
      expect(head).toMatchObject({ key, size: 7, contentType: 'application/json' })
      expect(head!.etag).toBe(put.ok && put.etag)
      expect(head!.etag).not.toMatch(/"/)
      const got = await store.get(key)
      expect(got).toMatchObject({ key, size: 7, etag: head!.etag, range: null })
      expect(await text(got!.body)).toBe('{"a":1}')
      await store.delete(key)
      expect(await store.head(key)).toBeNull()
      expect(await store.get(key)).toBeNull()
      await store.delete(key) // deleting what is gone is not an error
    })

    it('returns binary bytes exactly, and strings as UTF-8', async () => {
      const { store, base } = await setup()
      const binary = pseudoRandomBytes(70_000)
      await store.put(`${base}bin`, binary)
      const got = await store.get(`${base}bin`)
      expect(got!.size).toBe(binary.length)
      expect(await bytes(got!.body)).toEqual(binary)
      await store.put(`${base}zh.txt`, '部门决算\r\n公开01表\u0000')
      expect(await bytes((await store.get(`${base}zh.txt`))!.body)).toEqual(
        new TextEncoder().encode('部门决算\r\n公开01表\u0000'),
      )
    })

    it('creates only once with ifNoneMatch "*"', async () => {
      const { store, base } = await setup()
      const key = `${base}release/manifest.json`
      expect((await store.put(key, 'first', { ifNoneMatch: '*' })).ok).toBe(true)
      expect(await store.put(key, 'second', { ifNoneMatch: '*' })).toEqual({
        ok: false,
        reason: 'precondition-failed',
      })
      expect(await text((await store.get(key))!.body)).toBe('first')
    })

    it('replaces only the version named by ifMatch', async () => {
      const { store, base } = await setup()
      const key = `${base}index.json`
      const first = await store.put(key, 'v1')
      if (!first.ok) throw new Error('unconditional put refused')
      const second = await store.put(key, 'v2', { ifMatch: first.etag })
      expect(second.ok).toBe(true)
      const stale = await store.put(key, 'v3', { ifMatch: first.etag })
      expect(stale).toEqual({ ok: false, reason: 'precondition-failed' })
      expect(await text((await store.get(key))!.body)).toBe('v2')
      const absent = await store.put(`${base}absent.json`, 'x', { ifMatch: first.etag })
      expect(absent.ok).toBe(false)
      expect(await store.head(`${base}absent.json`)).toBeNull()
    })

    it('reads ranges: offset and length, offset only, suffix', async () => {
      const { store, base } = await setup()
      const key = `${base}digits`
      await store.put(key, '0123456789')
      const cases = [
        { range: { offset: 2, length: 3 }, want: '234', at: { offset: 2, length: 3 } },
        { range: { offset: 7 }, want: '789', at: { offset: 7, length: 3 } },
        { range: { suffix: 4 }, want: '6789', at: { offset: 6, length: 4 } },
        { range: { offset: 8, length: 10 }, want: '89', at: { offset: 8, length: 2 } },
        { range: { suffix: 50 }, want: '0123456789', at: { offset: 0, length: 10 } },
      ]
      for (const { range, want, at } of cases) {
        const got = await store.get(key, { range })
        expect({ body: await text(got!.body), range: got!.range, size: got!.size }).toEqual({
          body: want,
          range: at,
          size: 10,
        })
      }
    })

    it('round-trips metadata, sha256 included', async () => {
      const { store, base } = await setup()
      const key = `${base}table-01.csv`
      const body = 'code,amount\n201,1.00\n'
      const sha256 = await sha256Hex(new TextEncoder().encode(body))
      const put = await store.put(key, body, {
        contentType: 'text/csv; charset=utf-8',
        metadata: { dataset: 'zhuzhou-shifeng-gov-office-2020' },
        sha256,
      })
      expect(put.ok).toBe(true)
      const want = { dataset: 'zhuzhou-shifeng-gov-office-2020', sha256 }
      expect((await store.head(key))!.metadata).toEqual(want)
      const got = await store.get(key)
      expect(got!.metadata).toEqual(want)
      expect(got!.contentType).toBe('text/csv; charset=utf-8')
      expect(await text(got!.body)).toBe(body)
    })

    it('lists keys under a prefix, in order, page by page', async () => {
      const { store, base } = await setup()
      const keys = ['b/2.csv', 'a/1.csv', 'a/0.csv', 'b/1/deep.json', 'c.json'].map((k) => base + k)
      for (const key of keys) await store.put(key, key)
      await store.put(`${base.slice(0, -1)}-other/a.csv`, 'outside the prefix')
      expect((await store.list(base)).keys).toEqual([...keys].sort())
      expect((await store.list(`${base}a/`)).keys).toEqual([`${base}a/0.csv`, `${base}a/1.csv`])

      const paged: string[] = []
      let cursor: string | undefined
      do {
        const page = await store.list(base, { limit: 2, ...(cursor ? { cursor } : {}) })
        expect(page.keys.length).toBeLessThanOrEqual(2)
        paged.push(...page.keys)
        cursor = page.cursor
      } while (cursor)
      expect(paged).toEqual([...keys].sort())
    })

    it('refuses keys that could leave their prefix', async () => {
      const { store, base } = await setup()
      for (const key of [`${base}../x`, '../x', `${base}a/../../x`, `/${base}x`, `${base}a//b`]) {
        await expect(store.put(key, 'x')).rejects.toThrow(/not a valid object key/)
        await expect(store.get(key)).rejects.toThrow(/not a valid object key/)
        await expect(store.head(key)).rejects.toThrow(/not a valid object key/)
        await expect(store.delete(key)).rejects.toThrow(/not a valid object key/)
      }
      await expect(store.list(`${base}../`)).rejects.toThrow(/not a valid object key/)
    })
  })
}

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder().decode(await bytes(stream))
}

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Every byte value, then a fixed xorshift sequence: the same bytes on every run. */
function pseudoRandomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = 0x9e3779b9
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = i < 256 ? i : x & 0xff
  }
  return out
}
