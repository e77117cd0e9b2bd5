#!/usr/bin/env node
// The CLI is TypeScript run by Node's own type stripping (Node ≥ 22.18): no build step. This
// file is plain JavaScript that any Node can read, so that an older one is told, in one line,
// which Node to install instead of failing on the first .ts import (ERR_UNKNOWN_FILE_EXTENSION).
const NEEDED = [22, 18]
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < NEEDED[0] || (major === NEEDED[0] && minor < NEEDED[1])) {
  process.stderr.write(
    `gongkai needs Node.js ${NEEDED.join('.')} or newer, and this is Node.js ${process.versions.node}: ` +
      'install Node.js 22 LTS (https://nodejs.org/en/download, or `nvm install 22`) and run the command again.\n',
  )
  process.exit(1)
}
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
