import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { serveNode, type NodeServer } from '../../src/http/node.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import { publishSeed } from '../http/support/seed.ts'
import { SEED_DIR } from '../support/seed.ts'
import { REPO, SEED_ID, systemTool } from './support.ts'

/**
 * /docs in a real browser (Debian's chromium, driven by playwright-core): a reader sees every
 * operation of openapi.yaml with its Markdown rendered and the summary's Chinese, tries one, and
 * reads the seed's Chinese title. The screenshot goes to $GONGKAI_SCREENSHOT when set (to look
 * at it), else into a folder removed afterwards.
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
type Operation = { summary?: string; description?: string; parameters?: unknown[] }
const DOCUMENT = parse(readFileSync(`${REPO}openapi.yaml`, 'utf8')) as {
  info: { summary: string; description: string }
  paths: Record<string, Record<string, Operation>>
}
/** Where the page cuts a response body, in characters. */
const SHOWN = 50_000

let work: string
let server: NodeServer | undefined
let browser: BrowserContext | undefined
let page: Page
let files: Record<string, Uint8Array>
const problems: string[] = []

beforeAll(async () => {
  if (!hasChromium) return
  work = mkdtempSync(join(tmpdir(), 'gongkai-e2e-docs-'))
  const store = memoryStore()
  files = await publishSeed(store)
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

/** The operation of /docs whose path is `path`, opened. */
async function open(path: string, method = 'GET'): Promise<Locator> {
  const summary = page.locator(
    `summary:has(> b:text-is("${method}")):has(> code:text-is("${path}"))`,
  )
  await summary.click()
  return page.locator('#operations details').filter({ has: summary })
}

describe.skipIf(!hasChromium)('/docs in a browser', () => {
  it('lists every operation of openapi.yaml', async () => {
    const operations = Object.entries(DOCUMENT.paths).flatMap(([path, item]) =>
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

  it('shows the summary’s Chinese on load, marked as Chinese', async () => {
    await page.goto(`${server!.url}/docs`)
    const chinese = /\p{Script=Han}+/u.exec(DOCUMENT.info.summary)![0]
    const marked = page.locator('#summary [lang="zh-Hans"]', { hasText: chinese })
    await expect.poll(() => marked.isVisible(), { timeout: 15_000 }).toBe(true)
    expect(await page.locator('#summary').textContent()).toBe(DOCUMENT.info.summary)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
  })

  it('renders the descriptions’ Markdown: paragraphs and inline code', async () => {
    await page.goto(`${server!.url}/docs`)
    const paragraphs = DOCUMENT.info.description.trim().split(/\n\s*\n/)
    const about = page.locator('#about > p')
    await expect.poll(() => about.count(), { timeout: 15_000 }).toBe(paragraphs.length)
    // Each span the document wrote in backticks is a <code>, and no backtick is left over.
    const spans = [...DOCUMENT.info.description.matchAll(/`([^`]+)`/g)].map((m) => m[1])
    expect(spans.length).toBeGreaterThan(0)
    expect(await page.locator('#about code').allTextContents()).toEqual(spans)
    expect(await page.locator('#about').textContent()).not.toContain('`')

    const operation = await open('/api/datasets')
    const described = DOCUMENT.paths['/api/datasets']!.get!.description!
    expect(await operation.locator(':scope > div > p code').allTextContents()).toEqual(
      [...described.matchAll(/`([^`]+)`/g)].map((m) => m[1]),
    )
    expect(await operation.locator('code', { hasText: 'Link; rel="next"' }).count()).toBe(1)
  })

  it('tries GET /api/datasets: the bare URL first, then only what the reader filled in', async () => {
    await page.goto(`${server!.url}/docs`)
    const operation = await open('/api/datasets')
    const limit = operation.getByRole('textbox', { name: /^limit/ })
    expect(await limit.inputValue()).toBe('')
    expect(await limit.getAttribute('placeholder')).toContain('50')
    await operation.getByRole('button', { name: 'Send GET' }).click()
    const out = operation.locator('pre')
    await expect.poll(() => out.textContent(), { timeout: 15_000 }).toContain(TITLE_ZH)
    const text = (await out.textContent())!
    expect(text).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/datasets\n200 OK\n/)
    expect(text).toContain(`"id": "${SEED_ID}"`)
    // The seed's title is Chinese text, marked as such inside the response.
    expect(await out.locator('[lang="zh-Hans"]', { hasText: TITLE_ZH }).count()).toBe(1)

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

    // Keyboard: type a limit, press Enter.
    await limit.fill('1')
    await limit.press('Enter')
    await expect
      .poll(() => out.textContent(), { timeout: 15_000 })
      .toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/datasets\?limit=1\n200 OK\n/)
    expect(problems).toEqual([])
  })

  it('says so when it shows only the start of a long response', async () => {
    // The release's longest text file, as the page shows it (JSON indented).
    const [name, length] = Object.entries(files)
      .filter(([n]) => /\.(json|csv|txt)$/.test(n))
      .map(([n, bytes]) => {
        const text = new TextDecoder().decode(bytes)
        const shown = n.endsWith('.json') ? JSON.stringify(JSON.parse(text), null, 2) : text
        return [n, shown.length] as const
      })
      .sort((a, b) => b[1] - a[1])[0]!
    expect(length, `${name} is long enough to be cut`).toBeGreaterThan(SHOWN)

    await page.goto(`${server!.url}/docs`)
    const operation = await open('/datasets/{id}/{version}/{file}')
    await operation.getByRole('textbox', { name: /^file/ }).fill(name)
    await operation.getByRole('button', { name: 'Send GET' }).click()
    const note = operation.locator('.note')
    await expect.poll(() => note.isVisible(), { timeout: 15_000 }).toBe(true)
    expect(await note.textContent()).toContain(
      `first ${SHOWN.toLocaleString('en')} of ${length.toLocaleString('en')} characters`,
    )
    const href = await note.getByRole('link').getAttribute('href')
    expect(href).toMatch(new RegExp(`/datasets/${SEED_ID}/[^/]+/${name.replace('.', '\\.')}$`))
    const text = (await operation.locator('pre').textContent())!
    expect(text.slice(text.indexOf('\n\n') + 2)).toHaveLength(SHOWN + '\n… (cut here)'.length)
    expect(problems).toEqual([])
  })

  it('shows other methods without a try button, and the document’s markup only as text', async () => {
    // An injected fault: a document with a POST whose description carries HTML and a script link.
    const hostile = `<img src=x onerror="window.hacked=1"> **Bold** [a script](javascript:window.hacked=2) [health](/healthz)`
    await page.route('**/openapi.json', async (route) => {
      const json = (await (await route.fetch()).json()) as typeof DOCUMENT
      json.paths['/api/datasets']!.post = {
        summary: 'Add a dataset <b>now</b>',
        description: hostile,
        parameters: [{ name: 'dry', in: 'query', description: 'Only check.' }],
        responses: { '201': { description: 'Added.' } },
      } as Operation
      await route.fulfill({ json })
    })
    try {
      await page.goto(`${server!.url}/docs`)
      const operation = await open('/api/datasets', 'POST')
      expect(await operation.locator('summary').textContent()).toContain('Add a dataset <b>now</b>')
      expect(await operation.getByRole('button').count()).toBe(0)
      expect(await operation.locator('.note').textContent()).toContain('read-only')
      expect(await operation.getByRole('textbox', { name: /^dry/ }).isDisabled()).toBe(true)

      expect(await operation.locator('img').count()).toBe(0)
      expect(await operation.locator('p', { hasText: '<img src=x onerror=' }).count()).toBe(1)
      expect(await operation.locator('strong').textContent()).toBe('Bold')
      expect(await operation.getByRole('link', { name: 'a script' }).count()).toBe(0)
      expect(await operation.getByRole('link', { name: 'health' }).getAttribute('href')).toBe(
        '/healthz',
      )
      expect(await page.evaluate('window.hacked')).toBeUndefined()
    } finally {
      await page.unroute('**/openapi.json')
    }
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
