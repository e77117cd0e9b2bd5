/**
 * The input cannot become a release. Each message is one paragraph naming the file, table,
 * row or parameter at fault, for a publisher to act on: never a stack trace.
 */
export class ReleaseRefused extends Error {
  override readonly name = 'ReleaseRefused'
}

/** A dataset folder (dataset.json, changelog.json, the source report) is missing or malformed. */
export class DatasetRefused extends Error {
  override readonly name = 'DatasetRefused'
}
