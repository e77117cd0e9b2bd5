import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * On a Node older than the project needs, every command says which Node to install in one line,
 * instead of Node's ERR_UNKNOWN_FILE_EXTENSION on the first .ts import. The old Node is this one
 * told it is older (its process.versions.node redefined before the CLI starts), and the system's
 * own Node where that one is older (Debian's is 18 or 20).
 */
const BIN = new URL('../../bin/gongkai.js', import.meta.url).pathname
const ENGINES = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    engines: { node: string }
  }
).engines.node

const pretend = (version: string) =>
  `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`

function run(node: string, preload: string[], args: string[]) {
  return spawnSync(node, [...preload, BIN, ...args], { encoding: 'utf8', timeout: 60_000 })
}

function systemNode(): { path: string; version: string } | null {
  for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
    const probe = spawnSync(path, ['--version'], { encoding: 'utf8' })
    if (probe.status === 0) return { path, version: probe.stdout.trim().replace(/^v/, '') }
  }
  return null
}

const older = (version: string) => {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  return major < 22 || (major === 22 && minor < 18)
}

describe('gongkai on a Node older than 22.18', () => {
  it('needs the Node package.json names', () => {
    expect(ENGINES).toBe('>=22.18')
  })

  for (const version of ['20.11.1', '22.17.0', '18.20.4']) {
    it(`says in one line which Node to install, for every command (Node ${version})`, () => {
      for (const args of [
        ['--help'],
        ['validate', 'report.txt'],
        ['build', 'data/x', '--out', 'o'],
      ]) {
        const res = run(process.execPath, ['--import', pretend(version)], args)
        expect(res.status, args.join(' ')).toBe(1)
        expect(res.stdout).toBe('')
        expect(res.stderr).toMatch(/^gongkai needs Node\.js 22\.18 or newer, and this is Node\.js /)
        expect(res.stderr).toContain(version)
        expect(res.stderr).toContain('install Node.js 22 LTS')
        expect(res.stderr.split('\n')).toEqual([expect.any(String), ''])
        expect(res.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION')
      }
    })
  }

  it('runs as usual on 22.18 and later', () => {
    for (const version of ['22.18.0', '24.1.0']) {
      const res = run(process.execPath, ['--import', pretend(version)], ['--help'])
      expect(res.status, version).toBe(0)
      expect(res.stdout).toContain('usage: gongkai')
    }
  })

  const system = systemNode()
  it.skipIf(!system || !older(system.version))(
    `says so on the system's own Node (${system?.version ?? 'none'})`,
    () => {
      const res = run(system!.path, [], ['validate', 'report.txt'])
      expect(res.status).toBe(1)
      expect(res.stderr).toContain(`this is Node.js ${system!.version}: install Node.js 22 LTS`)
    },
  )
})
