import type { ContentfulStatusCode } from 'hono/utils/http-status'

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  416: 'Range Not Satisfiable',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
}

/**
 * The one error type of the API. Thrown anywhere; only `app.onError` turns it into HTTP, as an
 * RFC 9457 problem document whose `detail` tells the client what to change.
 */
export class Problem extends Error {
  override readonly name = 'Problem'
  readonly status: ContentfulStatusCode
  /** Extension members, e.g. the offending `parameter`. */
  readonly extensions: Record<string, string | string[]>
  readonly headers: Record<string, string>

  constructor(
    status: ContentfulStatusCode,
    detail: string,
    options: {
      extensions?: Record<string, string | string[]>
      headers?: Record<string, string>
    } = {},
  ) {
    super(detail)
    this.status = status
    this.extensions = options.extensions ?? {}
    this.headers = options.headers ?? {}
  }

  toResponse(instance: string): Response {
    const body = JSON.stringify({
      type: 'about:blank',
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.message,
      instance,
      ...this.extensions,
    })
    return new Response(body, {
      status: this.status,
      headers: {
        'Content-Type': 'application/problem+json',
        'Cache-Control': 'no-store',
        ...this.headers,
      },
    })
  }
}

/** The problem's `instance`: the request path, cut short so an absurd URL is not echoed whole. */
export const instanceOf = (url: string) => new URL(url).pathname.slice(0, 300)

export const badRequest = (parameter: string, detail: string) =>
  new Problem(400, detail, { extensions: { parameter } })

export const notFound = (detail: string) => new Problem(404, detail)
