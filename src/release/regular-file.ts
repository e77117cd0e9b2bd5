import { constants, type Stats } from 'node:fs'
import { open } from 'node:fs/promises'

/**
 * The most a report file, dataset.json or changelog.json may hold. A report is the text of a
 * PDF: the seed is 150 KB, the largest of a year's disclosures a few MB. Anything beyond is not
 * one, and reading it whole (`/dev/zero`, a log that grows) would exhaust memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024
export const MAX_INPUT_TEXT = '64 MiB'

/** A file that cannot be read as a regular file; `reason` is the end of a sentence about it. */
export class UnreadableFile extends Error {
  override readonly name = 'UnreadableFile'
  readonly reason: string
  constructor(path: string, reason: string) {
    super(`${path} cannot be read: ${reason}`)
    this.reason = reason
  }
}

const ONLY_REGULAR = `gongkai reads only regular files of at most ${MAX_INPUT_TEXT}`

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'not a regular file'
}

/**
 * The bytes of a regular file of at most `limit` bytes, whatever its size claims (a file of
 * /proc says 0). Opened without blocking, so a FIFO with no writer is refused, not waited on;
 * what is checked is the file opened, not the name, so it cannot be swapped in between.
 */
export async function readRegularFile(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UnreadableFile(
      path,
      code === 'ENOENT'
        ? 'no such file.'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied.'
          : code === 'ELOOP'
            ? 'a symbolic link that leads in a circle.'
            : code === 'ENXIO'
              ? `it is a socket or device that cannot be opened; ${ONLY_REGULAR}.`
              : `${(error as Error).message}.`,
    )
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) {
      const kind = kindOf(stats)
      throw new UnreadableFile(path, `it is ${kind}, not a regular file; ${ONLY_REGULAR}.`)
    }
    const tooLarge = () =>
      new UnreadableFile(
        path,
        `it is larger than ${MAX_INPUT_TEXT}, the most gongkai reads (${ONLY_REGULAR}); a report's text is a few MB at most.`,
      )
    if (stats.size > limit) throw tooLarge()
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const chunk = new Uint8Array(Math.min(1024 * 1024, limit + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > limit) throw tooLarge()
      chunks.push(chunk.subarray(0, bytesRead))
    }
    const bytes = new Uint8Array(total)
    let at = 0
    for (const c of chunks) {
      bytes.set(c, at)
      at += c.length
    }
    return bytes
  } catch (error) {
    if (error instanceof UnreadableFile) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new UnreadableFile(
      path,
      code === 'EISDIR' ? 'it is a directory, not a file.' : `${(error as Error).message}.`,
    )
  } finally {
    await handle.close()
  }
}
