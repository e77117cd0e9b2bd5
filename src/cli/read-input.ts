import { ReportRefused } from '../ingest/refusal.ts'
import { readRegularFile, UnreadableFile } from '../release/regular-file.ts'

/**
 * Reads a report file: a regular file of bounded size only (never `/dev/zero` or a FIFO),
 * "no such file" and the like turned into a refusal that names it.
 */
export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readRegularFile(file)
  } catch (error) {
    if (error instanceof UnreadableFile)
      throw new ReportRefused(file, `cannot be read: ${error.reason}`)
    throw error
  }
}
