import type { AppContext } from './env.ts'
import { badRequest } from './problem.ts'
import { TABLE_SLUGS, type TableId as TableNumber } from '../model/table-defs.ts'
import { isSemVer, SEMVER_MAX_LENGTH, SEMVER_PATTERN } from '../model/semver.ts'

/**
 * Every path parameter is checked against a strict pattern before it becomes part of a storage
 * key: nothing a client sends can name an object outside the release it asks for.
 */
export const PATH_PARAMS = {
  id: {
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    max: 80,
    expected:
      'lowercase letters, digits and single hyphens, e.g. "zhuzhou-shifeng-gov-office-2020"',
  },
  // The changelog's own definition (src/model/semver.ts): a version it accepts is one served.
  version: {
    pattern: SEMVER_PATTERN,
    max: SEMVER_MAX_LENGTH,
    expected: 'MAJOR.MINOR.PATCH, each at most 9007199254740991, e.g. "1.0.0"',
  },
  file: {
    pattern: /^[a-z0-9][a-z0-9._-]*$/i,
    max: 200,
    expected: 'a file name of the release: letters, digits, ".", "_" and "-", e.g. "manifest.json"',
  },
} as const

export type PathParam = keyof typeof PATH_PARAMS

/** Whether a path parameter is well-formed: its pattern and length, and for a version SemVer's bounds. */
export function acceptsParam(name: PathParam, value: string): boolean {
  const rule = PATH_PARAMS[name]
  return (
    value.length <= rule.max && rule.pattern.test(value) && (name !== 'version' || isSemVer(value))
  )
}

const shown = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)

export function pathParam(c: AppContext, name: PathParam): string {
  const value = c.req.param(name) ?? ''
  const rule = PATH_PARAMS[name]
  if (!acceptsParam(name, value)) {
    throw badRequest(name, `The ${name} ${shown(value)} is malformed: expected ${rule.expected}.`)
  }
  return value
}

const TABLE_BY_NAME = new Map<string, TableNumber>(
  Object.entries(TABLE_SLUGS).flatMap(([n, slug]) => [
    [n, n as TableNumber],
    [slug, n as TableNumber],
  ]),
)

/** A table by number (`01` … `09`) or by slug (`revenue`). */
export function tableParam(c: AppContext): TableNumber {
  const value = c.req.param('table') ?? ''
  const table = TABLE_BY_NAME.get(value)
  if (!table) {
    const names = Object.entries(TABLE_SLUGS).map(([n, s]) => `${n} (${s})`)
    throw badRequest(
      'table',
      `There is no table ${shown(value)}: expected one of ${names.join(', ')}.`,
    )
  }
  return table
}

/**
 * The query of an API request: each name at most once and only the names the route accepts,
 * so a typo (`?levle=item`) is an error rather than silently ignored.
 */
export function queryParams<const N extends string>(
  c: AppContext,
  accepted: readonly N[],
): Partial<Record<N, string>> {
  const query: Partial<Record<N, string>> = {}
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (!(accepted as readonly string[]).includes(name)) {
      const expected = accepted.length
        ? `accepted: ${accepted.join(', ')}`
        : 'this resource takes no query parameters'
      throw badRequest(name, `Unknown query parameter ${shown(name)} (${expected}).`)
    }
    if (values.length > 1)
      throw badRequest(name, `The query parameter ${shown(name)} is given more than once.`)
    query[name as N] = values[0]
  }
  return query
}

export function integerParam(
  name: string,
  value: string | undefined,
  bounds: { min: number; max: number },
): number | undefined {
  if (value === undefined) return undefined
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN
  if (!(n >= bounds.min && n <= bounds.max)) {
    throw badRequest(
      name,
      `The ${name} ${shown(value)} is not an integer from ${bounds.min} to ${bounds.max}.`,
    )
  }
  return n
}

export function enumParam<const T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) {
    throw badRequest(name, `The ${name} ${shown(value)} is not one of ${allowed.join(', ')}.`)
  }
  return value as T
}

export function patternParam(
  name: string,
  value: string | undefined,
  pattern: RegExp,
  expected: string,
): string | undefined {
  if (value === undefined) return undefined
  if (value.length > 64 || !pattern.test(value))
    throw badRequest(name, `The ${name} ${shown(value)} is malformed: expected ${expected}.`)
  return value
}
