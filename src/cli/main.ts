import { parseArgs } from 'node:util'
import { UsageError, USAGE } from './usage.ts'

type Command = (
  positionals: string[],
  flags: Record<string, string | boolean | undefined>,
) => Promise<number>

const OPTIONS = {
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  out: { type: 'string' },
  version: { type: 'string' },
  'dry-run': { type: 'boolean' },
  port: { type: 'string' },
  host: { type: 'string' },
  'base-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

// Each command is loaded only when called, so `validate` never loads the AWS SDK.
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate-command.ts')).validateCommand,
  init: async () => (await import('./init-command.ts')).initCommand,
  build: async () => (await import('./build-command.ts')).buildCommand,
  publish: async () => (await import('./publish-command.ts')).publishCommand,
  serve: async () => (await import('./serve-command.ts')).serveCommand,
  start: async () => (await import('./start-command.ts')).startCommand,
}

/** Known failures of the input or the call: one paragraph on stderr, never a stack trace. */
const EXPECTED = new Set([
  'ReportRefused',
  'UsageError',
  'DatasetRefused',
  'ReleaseRefused',
  'PublishError',
  'S3ConfigError',
])

export async function main(argv: string[]): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    })
    const [name, ...rest] = positionals
    if (values.help || name === undefined) {
      console.log(USAGE)
      return values.help ? 0 : 2
    }
    const load = COMMANDS[name]
    if (!load) throw new UsageError(`unknown command "${name}"`)
    return await (
      await load()
    )(rest, values)
  } catch (error) {
    const e = error as Error
    if (e?.name === 'UsageError' || (e as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`gongkai: ${e.message}.\n\n${USAGE}`)
      return 2
    }
    if (EXPECTED.has(e?.name)) {
      console.error(`gongkai: ${e.message}`)
      return 2
    }
    console.error(
      `gongkai: unexpected failure: ${e?.message ?? String(error)} (please report this; nothing was published).`,
    )
    return 1
  }
}
