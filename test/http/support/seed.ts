import changelog from '../../../data/zhuzhou-shifeng-gov-office-2020/changelog.json'
import dataset from '../../../data/zhuzhou-shifeng-gov-office-2020/dataset.json'
import seedText from '../../../data/zhuzhou-shifeng-gov-office-2020/000_66555173f63991a7.txt?raw'
import { ingest } from '../../../src/ingest/index.ts'
import { Changelog, DatasetMetadata } from '../../../src/model/dataset.ts'
import { compareFindings } from '../../../src/model/finding.ts'
import { publishRelease } from '../../../src/publish/publish.ts'
import { assembleRelease } from '../../../src/release/build.ts'
import { BUILDER } from '../../../src/release/builder.ts'
import type { ObjectStore } from '../../../src/storage/types.ts'
import { validate } from '../../../src/validate/index.ts'

/**
 * The seed report, built into a real release and published into a store, the way
 * `gongkai build` and `gongkai publish` do it — without the file system, so it runs in workerd.
 * Returns the release's files by name.
 */
export async function publishSeed(store: ObjectStore): Promise<Record<string, Uint8Array>> {
  const metadata = DatasetMetadata.parse(dataset)
  const source = new TextEncoder().encode(seedText)
  const { report, findings } = await ingest(source, metadata.source.file)
  const files = await assembleRelease({
    metadata,
    changelog: Changelog.parse(changelog),
    source,
    report,
    findings: [...findings, ...validate(report)].sort(compareFindings),
    builder: BUILDER,
  })
  const byName = Object.fromEntries(files.map((f) => [f.name, f.bytes]))
  await publishRelease(store, byName)
  return byName
}

export const SEED_ID: string = dataset.id
