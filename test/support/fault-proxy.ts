import {
  createServer,
  request as forward,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { Socket } from 'node:net'

/**
 * An HTTP proxy on 127.0.0.1 that sits between a client and the real S3 server and breaks
 * chosen requests, so tests see what a flaky network does to a publish:
 *
 *   error-500    answers 500 InternalError itself; the server never sees the request
 *   reset        drops the connection (TCP RST) before forwarding
 *   reset-after  forwards, lets the server act, then drops the connection: the answer is lost
 *   hang         never answers (the client's timeout must fire)
 *   corrupt      forwards the request body with one byte flipped
 *
 * `dieAfter: n` lets n requests through; then the proxy dies: every connection drops and new ones
 * are refused, as when a publishing machine loses its network for good.
 */
export type Fault = 'pass' | 'error-500' | 'reset' | 'reset-after' | 'hang' | 'corrupt'

export interface FaultProxyOptions {
  /** The real server, e.g. http://127.0.0.1:7480. */
  target: string
  /** The fate of request n (1-based). */
  fault?: (n: number, request: { method: string; path: string }) => Fault
  dieAfter?: number
}

export interface FaultProxy {
  url: string
  /** Every request seen, in order. */
  seen: Array<{ n: number; method: string; path: string; fault: Fault | 'dead' }>
  close(): Promise<void>
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target)
  const sockets = new Set<Socket>()
  const seen: FaultProxy['seen'] = []
  let dead = false

  const die = () => {
    if (!dead) server.close()
    dead = true
    for (const socket of sockets) socket.resetAndDestroy()
  }

  const server = createServer((req, res) => {
    const n = seen.length + 1
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    if (dead || (options.dieAfter !== undefined && n > options.dieAfter)) {
      seen.push({ n, method, path, fault: 'dead' })
      return die()
    }
    const fault = options.fault?.(n, { method, path }) ?? 'pass'
    seen.push({ n, method, path, fault })
    if (fault === 'reset') return req.socket.resetAndDestroy()
    if (fault === 'hang') return
    if (fault === 'error-500') {
      req.resume()
      req.on('end', () => {
        res.writeHead(500, { 'content-type': 'application/xml' })
        res.end(
          '<?xml version="1.0"?><Error><Code>InternalError</Code><Message>injected</Message></Error>',
        )
      })
      return
    }
    void relay(req, res, target, fault)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }

  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    async close() {
      die()
    },
  }
}

async function relay(
  req: IncomingMessage,
  res: ServerResponse,
  target: URL,
  fault: Fault,
): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks)
  if (fault === 'corrupt' && body.length > 0) body[Math.floor(body.length / 2)]! ^= 0xff

  const upstream = forward(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    },
    (answer) => {
      if (fault === 'reset-after') {
        answer.resume()
        answer.on('end', () => req.socket.resetAndDestroy())
        return
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()))
  upstream.end(body)
}
