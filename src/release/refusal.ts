/**
 * The release cannot be built from this input. The message is one paragraph naming the file,
 * table, row or parameter at fault, for a publisher to act on: never a stack trace.
 */
export class ReleaseRefused extends Error {
  override readonly name = 'ReleaseRefused'
}
