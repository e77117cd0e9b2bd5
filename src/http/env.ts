import type { Context } from 'hono'
import type { ObjectStore } from '../storage/types.ts'

/**
 * The one environment of the app: on Workers the R2 binding and the public base URL
 * (wrangler.toml `[vars]`); everywhere the store it reads and the base every link starts with.
 */
export type AppEnv = {
  Bindings: { RELEASES: R2Bucket; PUBLIC_BASE_URL?: string }
  Variables: { store: ObjectStore; base: string }
}

export type AppContext = Context<AppEnv>

/** How the app finds its store: from the R2 binding on Workers, a fixed store on Node. */
export type GetStore = (c: AppContext) => ObjectStore

/** The configured public base URL: the Worker's PUBLIC_BASE_URL, `serve --base-url` on Node. */
export type GetBaseUrl = (c: AppContext) => string | undefined
