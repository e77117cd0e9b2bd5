import { publishRelease } from '../publish/publish.ts'
import { buildRelease } from '../release/command.ts'
import { s3OptionsFromEnv, s3Store } from '../storage/s3.ts'
import { UsageError } from './usage.ts'

/** `gongkai publish <dataset-dir> [--version X] [--dry-run]`: build, then upload immutably to S3. */
export async function publishCommand(
  positionals: string[],
  flags: Record<string, string | boolean | undefined>,
): Promise<number> {
  const [datasetDir, ...extra] = positionals
  if (!datasetDir || extra.length > 0)
    throw new UsageError('publish takes exactly one dataset folder')
  const version = typeof flags.version === 'string' ? flags.version : undefined
  const files = await buildRelease(datasetDir, { version })
  // publish retries on its own schedule, so the SDK's own retries would only stack on top.
  const store = s3Store({ ...s3OptionsFromEnv(), maxAttempts: 1 })
  const release = Object.fromEntries(files.map((f) => [f.name, f.bytes]))
  await publishRelease(store, release, {
    dryRun: Boolean(flags['dry-run']),
    log: (line) => console.log(line),
  })
  return 0
}
