/** The release stage: a dataset folder → every file of one release, deterministically. */
export { assembleRelease, type ReleaseInput } from './build.ts'
export { buildCommand, buildRelease, type BuildOptions, type BuildSummary } from './command.ts'
export { loadDataset, type DatasetFolder } from './dataset-folder.ts'
export type { ReleaseFile } from './formats.ts'
export { DatasetRefused, ReleaseRefused } from './refusal.ts'
export { writeRelease } from './write.ts'
