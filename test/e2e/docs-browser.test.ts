import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { serveNode, type NodeServer } from '../../src/http/node.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import { publishSeed } from '../http/support/seed.ts'
import { SEED_DIR } from '../support/seed.ts'
import { REPO, SEED_ID, systemTool } from './support.ts'

/**
 * /docs in a real browser (Debian's chromium, driven by playwright-core): a reader sees every
 * operation of openapi.yaml, tries one, and reads the seed's Chinese title. The screenshot goes
 * to $GONGKAI_SCREENSHOT when set (to look at it), else into a folder removed afterwards.
 */
const CHROMIUM = '/usr/bin/chromium'
const hasChromium = systemTool(
  'chromium',
  existsSync(CHROMIUM),
  'apt-get install chromium fonts-wqy-microhei',
)

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const TITLE_ZH = (
  JSON.parse(readFileSync(`${SEED_DIR}dataset.json`, 'utf8')) as { title: { zh: string } }
).title.zh

let work: string
let server: NodeServer | undefined
let browser: BrowserContext | undefined
let page: Page
const problems: string[] = []

beforeAll(async () => {
  if (!hasChromium) return
  work = mkdtempSync(join(tmpdir(), 'gongkai-e2e-docs-'))
  const store = memoryStore()
  await publishSeed(store)
  server = await serveNode({ store, port: 0, hostname: '127.0.0.1' })
  browser = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  page = await browser.newPage()
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`)
  })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (work) rmSync(work, { recursive: true, force: true })
}, 30_000)

describe.skipIf(!hasChromium)('/docs in a browser', () => {
  it('lists every operation of openapi.yaml', async () => {
    const document = parse(readFileSync(`${REPO}openapi.yaml`, 'utf8')) as {
      paths: Record<string, Record<string, { summary?: string }>>
    }
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => m in item).map((m) => ({
        label: `${m.toUpperCase()} ${path}`,
        summary: item[m]!.summary ?? '',
      })),
    )
    expect(operations.length).toBeGreaterThanOrEqual(10)

    await page.goto(`${server!.url}/docs`)
    const summaries = page.locator('#operations details > summary')
    await expect.poll(() => summaries.count(), { timeout: 15_000 }).toBe(operations.length)
    /** The little of the DOM read here: the tests' types are Node's and workerd's, not a browser's. */
    type Summary = {
      textContent: string | null
      querySelector(selector: string): { textContent: string | null } | null
    }
    const listed = await summaries.evaluateAll((nodes: Summary[]) =>
      nodes.map((n) => {
        const method = n.querySelector('b')?.textContent ?? ''
        const path = n.querySelector('code')?.textContent ?? ''
        return `${method} ${path} ${n.textContent!.slice(method.length + path.length).trim()}`
      }),
    )
    for (const op of operations) expect(listed, op.label).toContain(`${op.label} ${op.summary}`)
    expect(await page.locator('#title').textContent()).toMatch(/^gongkai API \d/)
  })

  it('tries GET /api/datasets and shows the seed’s Chinese title, in Chinese glyphs', async () => {
    await page.goto(`${server!.url}/docs`)
    const operation = page.locator('#operations details').filter({
      has: page.locator('summary code', { hasText: /^\/api\/datasets$/ }),
    })
    await operation.locator('summary').click()
    await operation.getByRole('button', { name: 'Send GET' }).click()
    const out = operation.locator('pre')
    await expect.poll(() => out.textContent(), { timeout: 15_000 }).toContain(TITLE_ZH)
    const text = (await out.textContent())!
    expect(text).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/datasets(\?limit=\d+)?\n200 OK\n/)
    expect(text).toContain(`"id": "${SEED_ID}"`)

    // Missing CJK fonts draw every character as the same empty box: distinct glyphs prove fonts.
    const chars = [...TITLE_ZH.slice(0, 6), ' ']
    const glyphs = await page.evaluate<string[]>(`(${DRAW_GLYPHS})(${JSON.stringify(chars)})`)
    const blank = glyphs.pop()
    expect(glyphs.every((g) => g !== blank)).toBe(true)
    expect(new Set(glyphs).size).toBe(glyphs.length)

    const shot = process.env.GONGKAI_SCREENSHOT || join(work, 'docs.png')
    const png = await page.screenshot({ path: shot, fullPage: true })
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    if (process.env.GONGKAI_SCREENSHOT) console.log(`screenshot of /docs: ${shot}`)
    expect(problems).toEqual([])
  })
})

/** Runs in the page (a string: this project's TypeScript has no DOM types): each character drawn in the font of <pre>. */
const DRAW_GLYPHS = `(chars) => {
  const family = getComputedStyle(document.querySelector('#operations pre')).fontFamily
  return chars.map((ch) => {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 64
    const g = canvas.getContext('2d')
    g.font = '48px ' + family
    g.fillText(ch, 4, 52)
    return canvas.toDataURL()
  })
}`
