import pkg from '../../package.json' with { type: 'json' }

/** Who built a release: recorded in its manifest, read from package.json (never the clock). */
export const BUILDER = { name: 'gongkai', version: pkg.version } as const satisfies {
  name: 'gongkai'
  version: string
}
