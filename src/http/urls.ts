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

/**
 * The public base URL every link starts with, as configured (a Worker variable, a `serve` flag):
 * an absolute http(s) URL, perhaps with a path, with no query, fragment or credentials. Links
 * never come from the request's Host: a client could name any host there, and a cache in front
 * would serve its links to everyone. Returns the URL without a trailing slash, or why it is not one.
 */
export function publicBase(value: string | undefined): { base: string } | { why: string } {
  if (value === undefined || value.trim() === '') return { why: 'it is not set' }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { why: `"${value}" is not an absolute URL` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { why: `"${value}" is not an http or https URL` }
  if (url.search || url.hash || value.includes('?') || value.includes('#'))
    return { why: `"${value}" has a query or fragment; give the origin and path only` }
  if (url.username || url.password) return { why: `"${value}" holds credentials` }
  return { base: `${url.origin}${url.pathname.replace(/\/+$/, '')}` }
}

/** Absolute links under a public base URL (one `publicBase` accepted). */
export function urlsFor(origin: string) {
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
