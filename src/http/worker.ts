import { r2Store } from '../storage/r2.ts'
import { createApp } from './app.ts'

/**
 * The Worker: the app over the R2 binding `RELEASES`, its links under `PUBLIC_BASE_URL`
 * (both in wrangler.toml). No SDK, no zod.
 */
export default createApp(
  (c) => r2Store({ bucket: c.env.RELEASES }),
  (c) => c.env.PUBLIC_BASE_URL,
)
