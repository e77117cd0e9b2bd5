import { buildCommand as build } from '../release/command.ts'
import { UsageError } from './usage.ts'

/** `gongkai build <dataset-dir> --out <dir> [--version X]` */
export async function buildCommand(
  positionals: string[],
  flags: Record<string, string | boolean | undefined>,
): Promise<number> {
  const [datasetDir, ...extra] = positionals
  if (!datasetDir || extra.length > 0)
    throw new UsageError('build takes exactly one dataset folder')
  if (typeof flags.out !== 'string')
    throw new UsageError('build needs --out <dir>, the folder to write the release into')
  const version = typeof flags.version === 'string' ? flags.version : undefined
  const summary = await build(datasetDir, flags.out, { version })
  for (const file of summary.files) console.log(`${String(file.bytes).padStart(9)}  ${file.name}`)
  console.log(
    `built ${summary.dataset} ${summary.version} (${summary.released}${summary.predecessor ? `, after ${summary.predecessor}` : ''}): ` +
      `${summary.files.length} files, ${summary.bytes} bytes in ${summary.outDir}; ` +
      `${summary.stats.errors} errors, ${summary.stats.warnings} warnings, ${summary.stats.infos} infos in the report`,
  )
  return 0
}
