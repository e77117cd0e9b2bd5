/** Conditional requests (RFC 9110 §13): If-None-Match with weak comparison, If-Range with strong. */

const ENTITY_TAG = /\s*((?:W\/)?"[\x21\x23-\x7e\x80-\xff]*")\s*(?:,|$)/y

/** The entity-tags of an If-None-Match list, or null for a field that does not parse (ignored). */
function entityTags(field: string): string[] | null {
  const tags: string[] = []
  ENTITY_TAG.lastIndex = 0
  while (ENTITY_TAG.lastIndex < field.length) {
    const match = ENTITY_TAG.exec(field)
    if (!match) return null
    tags.push(match[1]!)
  }
  return tags.length ? tags : null
}

const opaque = (tag: string) => tag.replace(/^W\//, '')

/**
 * True when If-None-Match says the client already holds this representation: `*`, or any listed
 * tag equal to ours under weak comparison. A malformed field is ignored, as if absent.
 */
export function ifNoneMatchHits(field: string | undefined, etag: string): boolean {
  if (field === undefined) return false
  if (field.trim() === '*') return true
  return entityTags(field)?.some((tag) => opaque(tag) === opaque(etag)) ?? false
}

/**
 * If-Range: the range applies only if the client's validator is our strong entity-tag. A date
 * (we send no Last-Modified) or a weak tag can never validate, so the full representation goes.
 */
export function ifRangeHolds(field: string | undefined, etag: string): boolean {
  return field === undefined || field.trim() === etag
}
