import type { z } from 'zod'

/**
 * The input is not a report we can read. The message is one paragraph a publisher can act on:
 * it names the file and what is missing (which tables, from which line). Never a stack trace.
 */
export class ReportRefused extends Error {
  override readonly name = 'ReportRefused'
  readonly file: string
  readonly reason: string
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`)
    this.file = file
    this.reason = reason
  }
}

/**
 * The model read from the report does not fit its schema: a bug of the parser that this input
 * found. Still one paragraph, naming the field and the source line it was read from.
 */
export function unfitModel(
  file: string,
  error: z.ZodError,
  value: unknown,
  at: string,
): ReportRefused {
  const issue = error.issues[0]!
  let line: number | null = null
  let node = value
  for (const key of issue.path) {
    if (node === null || typeof node !== 'object') break
    node = (node as Record<PropertyKey, unknown>)[key]
    const own = (node as { line?: unknown } | null)?.line
    if (typeof own === 'number') line = own
  }
  const field = [at, ...issue.path.map(String)].join('.')
  return new ReportRefused(
    file,
    `${field}${line === null ? '' : ` (line ${line})`} was read as something the model does not allow: ${issue.message}. ` +
      'This is a bug in gongkai, not a fault of the report; please report it with the file.',
  )
}
