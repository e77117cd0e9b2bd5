import { initDataset } from '../release/init.ts'
import { UsageError } from './usage.ts'

/** `gongkai init <report.pdf|txt> <dataset-dir>` */
export async function initCommand(positionals: string[]): Promise<number> {
  const [report, dir, ...extra] = positionals
  if (!report || !dir || extra.length > 0)
    throw new UsageError('init takes a report (PDF or text) and a new dataset folder')
  // The first release's date: today, which the publisher may change before building.
  const today = new Date().toISOString().slice(0, 10)
  const s = await initDataset(report, dir, today)
  console.log(
    `created ${s.dir}: ${s.source} (the report, byte for byte), dataset.json and changelog.json (1.0.0, ${today})\n` +
      `  read from the report: ${s.department}, fiscal year ${s.fiscalYear}, amounts in ${s.unit}\n` +
      `  for the publisher to supply in dataset.json: ${s.toSupply.join(', ')}; also publisher.url, source.url and license, which are left unstated\n` +
      `next: npx gongkai build ${s.dir} --out out/${s.id}`,
  )
  return 0
}
