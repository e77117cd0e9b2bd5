import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'
import { instanceOf, Problem } from './problem.ts'

/**
 * Proactive negotiation (RFC 9110 §12.5.1) for an API with one representation per URL: nothing
 * to choose, so the only outcome besides serving it is 406 when Accept rules its media type out.
 */

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+"
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"'
/** One list element of Accept: `type/subtype *( ; name=value )`, or empty (`#` allows those). */
const MEDIA_RANGE = new RegExp(
  `[ \\t]*(?:(${TOKEN})/(${TOKEN})((?:[ \\t]*;[ \\t]*(?:${TOKEN}=(?:${TOKEN}|${QUOTED}))?)*))?[ \\t]*(?:,|$)`,
  'y',
)
const PARAMETER = new RegExp(`;[ \\t]*(?:(${TOKEN})=(${TOKEN}|${QUOTED}))?`, 'g')
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/

interface MediaRange {
  type: string
  subtype: string
  q: number
}

/** The media ranges of an Accept field, or null for a field that does not parse (ignored). */
function mediaRanges(field: string): MediaRange[] | null {
  const ranges: MediaRange[] = []
  MEDIA_RANGE.lastIndex = 0
  while (MEDIA_RANGE.lastIndex < field.length) {
    const match = MEDIA_RANGE.exec(field)
    if (!match) return null
    const [, type, subtype, parameters = ''] = match
    if (type === undefined || subtype === undefined) continue
    if (type === '*' && subtype !== '*') return null
    let q = 1
    for (const [, name, value] of parameters.matchAll(PARAMETER)) {
      if (name?.toLowerCase() !== 'q') continue
      if (!QVALUE.test(value!)) return null
      q = Number(value)
    }
    ranges.push({ type: type.toLowerCase(), subtype: subtype.toLowerCase(), q })
  }
  return ranges
}

/**
 * True unless Accept parses and gives `mediaType` quality 0. The most specific matching range
 * decides, so `text/csv;q=0` excludes CSV even beside a wildcard; parameters are not compared.
 */
export function accepts(field: string | undefined, mediaType: string): boolean {
  const ranges = field === undefined ? null : mediaRanges(field)
  if (!ranges?.length) return true
  const [type, subtype] = mediaType.toLowerCase().split('/')
  let best = { specificity: -1, q: 0 }
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*'
            ? 0
            : -1
    if (specificity < 0 || specificity < best.specificity) continue
    const q = specificity === best.specificity ? Math.max(best.q, range.q) : range.q
    best = { specificity, q }
  }
  return best.q > 0
}

/**
 * Replaces a successful response whose media type the client's Accept excludes with a 406
 * problem, cancelling the body it replaces (a file is a stream from storage: never read it).
 * Errors, 304 and redirects pass as they are; a missing or unparseable Accept is no objection.
 */
export function negotiate(): MiddlewareHandler<AppEnv> {
  return async function negotiate(c, next) {
    await next()
    const res = c.res
    const mediaType = res.headers.get('Content-Type')?.split(';')[0]!.trim()
    if (res.status < 200 || res.status > 299 || !mediaType) return
    if (accepts(c.req.header('Accept'), mediaType)) return
    await res.body?.cancel()
    const problem = new Problem(
      406,
      `This resource is only available as ${mediaType}; send Accept: ${mediaType} or */*.`,
    ).toResponse(instanceOf(c.req.url))
    // Keep CORS, so a script on another origin can read why; drop the representation's headers.
    for (const [name, value] of res.headers)
      if (name.startsWith('access-control-')) problem.headers.set(name, value)
    c.res = undefined
    c.res = problem
  }
}
