/** Response header values, each built one way. */

export const CACHE = {
  /** A released file never changes: its URL names the version. */
  immutable: 'public, max-age=31536000, immutable',
  /** Documents about one version: stable, but their shape may change with a new deployment. */
  versioned: 'public, max-age=3600',
  /** Indexes and `latest` move when a version is published. */
  short: 'public, max-age=60',
  /** The API description and its page. */
  static: 'public, max-age=300',
  none: 'no-store',
} as const

/** Link (RFC 8288), e.g. `<…/datapackage.json>; rel="describedby"`. */
export function linkHeader(
  links: ReadonlyArray<readonly [url: string, rel: string] | null>,
): string | undefined {
  const present = links.filter((l) => l !== null)
  return present.length
    ? present.map(([url, rel]) => `<${url}>; rel="${rel}"`).join(', ')
    : undefined
}

const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16))

/** Repr-Digest (RFC 9530) from a hex SHA-256: `sha-256=:<base64>:`. */
export function reprDigest(sha256Hex: string): string {
  return `sha-256=:${btoa(String.fromCharCode(...hexToBytes(sha256Hex)))}:`
}

/** RFC 8187 `ext-value` characters; everything else is percent-encoded UTF-8. */
const encodeExtValue = (s: string) =>
  encodeURIComponent(s).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  )

/**
 * The name a file of a release is saved under: its dataset and version first, so that two
 * departments' (or two versions') `03-expenditure.csv` do not overwrite each other in a
 * downloads folder. A name that already starts so (the workbook) is kept.
 */
export function downloadName(id: string, version: string, file: string): string {
  const prefix = `${id}-${version}`
  return file.startsWith(`${prefix}.`) || file.startsWith(`${prefix}-`) ? file : `${prefix}-${file}`
}

/** Content-Disposition (RFC 6266) with an ASCII fallback and the exact name as `filename*`. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(filename)}`
}

/**
 * The manifest's media type with the parameters a client needs: text is UTF-8, and a CSV says
 * that its first line is the header (RFC 4180 `header=present`).
 */
export function contentType(mediaType: string): string {
  const [essence = ''] = mediaType.toLowerCase().split(';')
  let value = mediaType
  const textual = essence.startsWith('text/') || /[/+]json$/.test(essence.trim())
  if (textual && !/;\s*charset=/i.test(value)) value += '; charset=utf-8'
  if (essence.trim() === 'text/csv' && !/;\s*header=/i.test(value)) value += '; header=present'
  return value
}
