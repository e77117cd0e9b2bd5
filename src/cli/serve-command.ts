import { serveNode } from '../http/node.ts'
import { publicBase } from '../http/urls.ts'
import { s3OptionsFromEnv, s3Store } from '../storage/s3.ts'
import { UsageError } from './usage.ts'

/** `gongkai serve [--port N] [--host H] [--base-url URL]`: the same app as the Worker, on Node, over S3. */
export async function serveCommand(
  positionals: string[],
  flags: Record<string, string | boolean | undefined>,
): Promise<number> {
  if (positionals.length > 0) throw new UsageError('serve takes no arguments')
  const given = flags.port ?? process.env.PORT ?? '8787'
  const port = Number(given)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(
      `the port (--port or PORT) must be a number from 0 to 65535, not "${given}"`,
    )
  }
  const hostname = typeof flags.host === 'string' ? flags.host : '127.0.0.1'
  let baseUrl: string | undefined
  if (typeof flags['base-url'] === 'string') {
    const checked = publicBase(flags['base-url'])
    if ('why' in checked)
      throw new UsageError(
        `--base-url must be the absolute http(s) URL clients reach the server at (e.g. https://data.example.gov.cn), but ${checked.why}`,
      )
    baseUrl = checked.base
  }
  const server = await serveNode({ store: s3Store(s3OptionsFromEnv()), port, hostname, baseUrl })
  console.log(
    `gongkai serving ${server.url}${baseUrl ? `, links under ${baseUrl}` : ''} (S3 bucket ${process.env.GONGKAI_BUCKET})`,
  )
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
  })
  await server.close()
  return 0
}
