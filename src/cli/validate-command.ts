import { ingest } from '../ingest/index.ts'
import { compareFindings } from '../model/finding.ts'
import { summarize, validate } from '../validate/index.ts'
import { findingsText } from './findings-text.ts'
import { readInput } from './read-input.ts'
import { UsageError } from './usage.ts'

/** `gongkai validate <report-file> [--json] [--strict]` */
export async function validateCommand(
  positionals: string[],
  flags: Record<string, string | boolean | undefined>,
): Promise<number> {
  const [file, ...extra] = positionals
  if (!file || extra.length > 0) throw new UsageError('validate takes exactly one report file')
  const { report, findings: repairs } = await ingest(await readInput(file), file)
  const findings = [...repairs, ...validate(report)].sort(compareFindings)
  const { valid, stats } = summarize(findings)
  if (flags.json) console.log(JSON.stringify({ valid, stats, findings }, null, 2))
  else console.log(findingsText(file, findings))
  return flags.strict && stats.errors > 0 ? 1 : 0
}
