/**
 * Every route and every URL the API prints, in one place: `ROUTES` are the Hono patterns
 * (openapi.yaml names the same paths with `{param}`), `urlsFor` builds absolute links.
 */
export const ROUTES = {
  catalog: '/api/datasets',
  dataset: '/api/datasets/:id',
  version: '/api/datasets/:id/versions/:version',
  table: '/api/datasets/:id/versions/:version/tables/:table',
  latestFile: '/datasets/:id/latest/:file',
  file: '/datasets/:id/:version/:file',
  openapiYaml: '/openapi.yaml',
  openapiJson: '/openapi.json',
  docs: '/docs',
  health: '/healthz',
} as const

const seg = encodeURIComponent

function withQuery(url: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query))
    if (value !== undefined) params.set(name, String(value))
  const search = params.toString()
  return search ? `${url}?${search}` : url
}

export function urlsFor(requestUrl: string) {
  const origin = new URL(requestUrl).origin
  return {
    catalog: (query: Record<string, string | number | undefined> = {}) =>
      withQuery(`${origin}/api/datasets`, query),
    dataset: (id: string) => `${origin}/api/datasets/${seg(id)}`,
    version: (id: string, version: string) =>
      `${origin}/api/datasets/${seg(id)}/versions/${seg(version)}`,
    table: (
      id: string,
      version: string,
      table: string,
      query: Record<string, string | number | undefined> = {},
    ) =>
      withQuery(
        `${origin}/api/datasets/${seg(id)}/versions/${seg(version)}/tables/${seg(table)}`,
        query,
      ),
    file: (id: string, version: string, file: string) =>
      `${origin}/datasets/${seg(id)}/${seg(version)}/${seg(file)}`,
    latestFile: (id: string, file: string) => `${origin}/datasets/${seg(id)}/latest/${seg(file)}`,
    openapi: () => `${origin}/openapi.json`,
    docs: () => `${origin}/docs`,
  }
}
export type Urls = ReturnType<typeof urlsFor>
