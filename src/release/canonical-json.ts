/**
 * The one JSON serializer of a release: keys sorted by UTF-16 code units (as in RFC 8785),
 * 2-space indent, final newline. Same value → same bytes, however the object was built.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value, '$'), null, 2)}\n`
}

function sortKeys(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new TypeError(`canonicalJson: ${path} is ${value}, which JSON cannot carry`)
    return value
  }
  if (Array.isArray(value)) return value.map((v, i) => sortKeys(v, `${path}[${i}]`))
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      // `undefined` means "absent", as in JSON.stringify.
      if (v !== undefined) out[key] = sortKeys(v, `${path}.${key}`)
    }
    return out
  }
  throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot carry`)
}
