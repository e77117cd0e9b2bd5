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
