import { badRequest } from './problem.ts'

/**
 * Opaque paging cursors: base64url of a tagged position (`a<id>` after a dataset, `o<n>` an
 * offset). Clients pass them back unchanged; any other value is a 400.
 */
export function encodeCursor(position: string): string {
  return btoa(position).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function decodeCursor(cursor: string, pattern: RegExp): string {
  let position = ''
  if (cursor.length <= 200 && /^[A-Za-z0-9_-]+$/.test(cursor)) {
    try {
      position = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))
    } catch {
      position = ''
    }
  }
  if (!pattern.test(position)) {
    throw badRequest(
      'cursor',
      'The cursor is not one this API issued: follow the `next` link of a previous page unchanged.',
    )
  }
  return position
}
