import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { DOCS_PAGE } from '../docs-page.ts'
import { CACHE } from '../headers.ts'
import { sendJson, sendText } from '../json.ts'
import { OPENAPI_JSON, OPENAPI_YAML } from '../openapi-document.ts'
import { ROUTES } from '../urls.ts'

/** The API's own description, its documentation page, and a liveness probe. */
export const meta = new Hono<AppEnv>()

meta.get(ROUTES.openapiYaml, (c) =>
  sendText(c, OPENAPI_YAML, 'application/yaml; charset=utf-8', { cacheControl: CACHE.static }),
)

meta.get(ROUTES.openapiJson, (c) =>
  sendText(c, OPENAPI_JSON, 'application/json; charset=utf-8', { cacheControl: CACHE.static }),
)

meta.get(ROUTES.docs, async (c) => {
  const response = await sendText(c, DOCS_PAGE, 'text/html; charset=utf-8', {
    cacheControl: CACHE.static,
  })
  // The page is self-contained: it may run its own inline script and fetch only this origin.
  response.headers.set(
    'Content-Security-Policy',
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  )
  return response
})

meta.get(ROUTES.health, (c) => sendJson(c, { status: 'ok' }, { cacheControl: CACHE.none }))
