import { ReportRefused } from '../ingest/refusal.ts'

/** Reads an input file, turning "no such file" and the like into a refusal that names it. */
export async function readInput(
  file: string,
  read: (f: string) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  try {
    return new Uint8Array(await read(file))
  } catch (error) {
    const code = (error as { code?: string }).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message
    throw new ReportRefused(file, `cannot be read: ${why}.`)
  }
}
