import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv, GetBaseUrl, GetStore } from './env.ts'
import { negotiate } from './negotiate.ts'
import { instanceOf, Problem } from './problem.ts'
import { datasets } from './routes/datasets.ts'
import { files } from './routes/files.ts'
import { meta } from './routes/meta.ts'
import { tables } from './routes/tables.ts'
import { publicBase, ROUTES } from './urls.ts'

const ALLOW = 'GET, HEAD, OPTIONS'

/**
 * The edge API over any ObjectStore: the same app runs on Workers (R2) and on Node (S3, memory).
 * Reads only; every error becomes an RFC 9457 problem here, in `onError` and `notFound`. Every
 * link starts with the configured public base URL, never with the request's Host.
 */
export function createApp(getStore: GetStore, baseUrl: GetBaseUrl | string): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const getBase = typeof baseUrl === 'string' ? () => baseUrl : baseUrl
  const bases = new Map<string | undefined, ReturnType<typeof publicBase>>()

  app.use(
    cors({
      origin: '*',
      allowMethods: ALLOW.split(', '),
      exposeHeaders: [
        'ETag',
        'Link',
        'Content-Range',
        'Content-Length',
        'Repr-Digest',
        'Content-Disposition',
        'Accept-Ranges',
      ],
      maxAge: 86400,
    }),
  )
  app.use(negotiate())
  app.use(async (c, next) => {
    const configured = getBase(c)
    let base = bases.get(configured)
    if (!base) bases.set(configured, (base = publicBase(configured)))
    if ('why' in base) {
      console.error(`gongkai: the public base URL (PUBLIC_BASE_URL) is unusable: ${base.why}.`)
      throw new Problem(
        500,
        'The server is misconfigured: its public base URL (PUBLIC_BASE_URL) is not an absolute http(s) URL, so it cannot make links. The operator must set it.',
      )
    }
    c.set('base', base.base)
    c.set('store', getStore(c))
    await next()
  })

  app.route('/', meta)
  app.route('/', datasets)
  app.route('/', tables)
  app.route('/', files)

  const methodNotAllowed = () => {
    throw new Problem(405, `This resource is read-only: use ${ALLOW}.`, {
      headers: { Allow: ALLOW },
    })
  }
  for (const path of Object.values(ROUTES)) app.all(path, methodNotAllowed)

  app.notFound((c) => {
    const instance = instanceOf(c.req.url)
    return new Problem(
      404,
      `There is nothing at ${instance}. The API is described at /openapi.yaml and /docs.`,
    ).toResponse(instance)
  })
  app.onError((error, c) => {
    const instance = instanceOf(c.req.url)
    if (error instanceof Problem) return error.toResponse(instance)
    if (error instanceof HTTPException && error.status < 500) {
      return new Problem(error.status, error.message || 'The request is malformed.').toResponse(
        instance,
      )
    }
    console.error(`${c.req.method} ${instance}:`, error)
    return new Problem(
      500,
      'The server failed to answer this request; the failure is logged.',
    ).toResponse(instance)
  })
  return app
}
