import type { Context } from 'hono'
import type { ObjectStore } from '../storage/types.ts'

/** The one environment of the app: on Workers the R2 binding; everywhere the store it reads. */
export type AppEnv = {
  Bindings: { RELEASES: R2Bucket }
  Variables: { store: ObjectStore }
}

export type AppContext = Context<AppEnv>

/** How the app finds its store: from the R2 binding on Workers, a fixed store on Node. */
export type GetStore = (c: AppContext) => ObjectStore
