import { ingest } from '../ingest/index.ts'
import type { Finding } from '../model/finding.ts'
import { validate } from '../validate/index.ts'
import { assembleRelease } from './build.ts'
import { BUILDER } from './builder.ts'
import { loadDataset, type DatasetFolder } from './dataset-folder.ts'
import type { ReleaseFile } from './formats.ts'
import { selectRelease } from './manifest.ts'
import { writeRelease } from './write.ts'

export interface BuildOptions {
  /** A version from changelog.json; the newest when not given. */
  version?: string
}

/** A dataset folder → every file of one release: read, parse, validate, assemble. */
export async function buildRelease(
  datasetDir: string,
  options: BuildOptions = {},
): Promise<ReleaseFile[]> {
  return (await releaseOf(await loadDataset(datasetDir), options)).files
}

async function releaseOf(
  dataset: DatasetFolder,
  options: BuildOptions,
): Promise<{ files: ReleaseFile[]; findings: Finding[] }> {
  const { report, findings: repairs } = await ingest(dataset.source, dataset.metadata.source.file)
  // Sorted once, in the release's own order, when the files are made.
  const findings = [...repairs, ...validate(report)]
  const files = await assembleRelease({
    ...dataset,
    version: options.version,
    report,
    findings,
    builder: BUILDER,
  })
  return { files, findings }
}

export interface BuildSummary {
  dataset: string
  version: string
  released: string
  predecessor: string | null
  outDir: string
  files: Array<{ name: string; bytes: number }>
  bytes: number
  /** False when any finding is an error (as in validation-report.json). */
  valid: boolean
  stats: { errors: number; warnings: number; infos: number }
}

/** `gongkai build <dataset-dir> --out <dir> [--version X]`: builds and writes one release. */
export async function buildCommand(
  datasetDir: string,
  outDir: string,
  options: BuildOptions = {},
): Promise<BuildSummary> {
  const dataset = await loadDataset(datasetDir)
  const { files } = await releaseOf(dataset, options)
  await writeRelease(files, outDir)
  const { release, predecessor } = selectRelease(dataset.changelog, options.version)!
  // The release's own count: it adds what the build found (formula-like cells) to validation's.
  const report = files.find((f) => f.name === 'validation-report.json')!
  const counted = JSON.parse(new TextDecoder().decode(report.bytes)) as BuildSummary
  const { errors, warnings, infos } = counted.stats
  const [valid, stats] = [counted.valid, { errors, warnings, infos }]
  return {
    dataset: dataset.metadata.id,
    version: release.version,
    released: release.date,
    predecessor: predecessor?.version ?? null,
    outDir,
    files: files.map((f) => ({ name: f.name, bytes: f.bytes.length })),
    bytes: files.reduce((n, f) => n + f.bytes.length, 0),
    valid,
    stats,
  }
}
