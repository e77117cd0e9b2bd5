import { env, exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { r2Store } from '../../src/storage/r2.ts'
import { TEST_CATALOG, writeCatalog } from '../http/support/release.ts'

/** The Worker's links come from PUBLIC_BASE_URL (https://gongkai.test here), never the Host. */
beforeAll(async () => {
  await writeCatalog(r2Store({ bucket: env.RELEASES }), TEST_CATALOG)
})

const fromEvil = (path: string) =>
  exports.default.fetch(
    new Request(`https://evil.example${path}`, {
      headers: { 'X-Forwarded-Host': 'evil.example' },
      redirect: 'manual',
    }),
  )

describe('the Worker behind a spoofed Host', () => {
  it('redirects latest under PUBLIC_BASE_URL', async () => {
    const res = await fromEvil('/datasets/test-office-2020/latest/report.json')
    expect(res.status).toBe(302)
    expect(res.headers.get('Location')).toBe(
      'https://gongkai.test/datasets/test-office-2020/1.1.0/report.json',
    )
  })

  it('links JSON and Link headers under PUBLIC_BASE_URL', async () => {
    const res = await fromEvil('/api/datasets/test-office-2020/versions/1.1.0')
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body).toContain('"https://gongkai.test/api/datasets/test-office-2020"')
    expect(body).not.toContain('evil.example')
    expect(res.headers.get('Link')).toContain('<https://gongkai.test/')
    expect(res.headers.get('Link')).not.toContain('evil.example')
  })
})
