import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { ObjectStore } from '../storage/types.ts'
import { createApp } from './app.ts'

export interface NodeServer {
  /** e.g. http://127.0.0.1:8787 */
  url: string
  close(): Promise<void>
}

/**
 * The same app on Node (`gongkai serve`), over any store: S3, or memory in tests. Port 0 picks a
 * free one. Links start with `baseUrl` (what clients reach, e.g. behind a proxy), else with the
 * server's own URL: never with the request's Host.
 */
export function serveNode({
  store,
  port = 8787,
  hostname = '127.0.0.1',
  baseUrl,
}: {
  store: ObjectStore
  port?: number
  hostname?: string
  baseUrl?: string
}): Promise<NodeServer> {
  let base = baseUrl
  const app = createApp(
    () => store,
    () => base,
  )
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
      const url = `http://${host}:${info.port}`
      base ??= url
      resolve({
        url,
        close: () =>
          new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      })
    })
    server.once('error', reject)
  })
}
