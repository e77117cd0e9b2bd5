/**
 * Why a publish stopped, as one paragraph a publisher can act on: which key or file, what was
 * found, what to do. Nothing visible is ever left half-done when it is thrown.
 */
export class PublishError extends Error {
  override readonly name = 'PublishError'
}
