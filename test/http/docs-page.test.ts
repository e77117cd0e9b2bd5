import { beforeAll, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import { writeCatalog } from './support/release.ts'

/**
 * Runs the /docs page's own script over a minimal DOM, with fetch answered by the app: every
 * operation is listed, its Markdown becomes elements, and "Send GET" gets a successful answer,
 * first with nothing filled in, then with every example the page offers as a placeholder.
 * (test/e2e/docs-browser.test.ts runs the same page in a real browser.)
 */
class Element {
  readonly tag: string
  readonly childNodes: (Element | string)[] = []
  readonly attributes: Record<string, string> = {}
  hidden = false
  name = ''
  lang = ''
  value = ''
  placeholder = ''
  onsubmit: ((event: { preventDefault(): void }) => Promise<void>) | null = null
  constructor(tag: string) {
    this.tag = tag
  }
  get textContent(): string {
    return this.childNodes.map((c) => (typeof c === 'string' ? c : c.textContent)).join('')
  }
  set textContent(text: string) {
    this.replaceChildren(text)
  }
  append(...nodes: (Element | string)[]) {
    this.childNodes.push(...nodes)
  }
  replaceChildren(...nodes: (Element | string)[]) {
    this.childNodes.splice(0, this.childNodes.length, ...nodes)
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = value
  }
  all(tag: string): Element[] {
    return this.childNodes.flatMap((c) =>
      typeof c === 'string' ? [] : [...(c.tag === tag ? [c] : []), ...c.all(tag)],
    )
  }
  first(tag: string): Element {
    const [found] = this.all(tag)
    if (!found) throw new Error(`no <${tag}> in <${this.tag}>: ${this.textContent.slice(0, 100)}`)
    return found
  }
}

const store = memoryStore()
const app = createApp(() => store, 'http://api.test')
type Document = { info: { summary: string }; paths: Record<string, Record<string, unknown>> }
let openapi: Document

beforeAll(async () => {
  await writeCatalog(store, { 'zhuzhou-shifeng-gov-office-2020': ['1.0.0'] })
  openapi = await (await app.request('http://api.test/openapi.json')).json<Document>()
})

/** The URLs the page fetched, in order. */
const requested: string[] = []

/** The page's script run to its end; returns the elements it fills, by id. */
async function renderDocs(): Promise<Record<string, Element>> {
  const html = await (await app.request('http://api.test/docs')).text()
  const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!
  const byId: Record<string, Element> = {}
  for (const id of ['title', 'summary', 'about', 'operations']) byId[id] = new Element(id)
  const document = {
    createElement: (tag: string) => new Element(tag),
    getElementById: (id: string) => byId[id],
  }
  const fetch = (url: string, init?: RequestInit) => {
    requested.push(url)
    return app.request(`http://api.test${url}`, init)
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the page's own script against a fake DOM
  const run = new Function('document', 'fetch', `return ${script.trim()}`) as (
    d: unknown,
    f: unknown,
  ) => Promise<void>
  await run(document, fetch)
  return byId
}

it('renders the description: title, Chinese summary, Markdown paragraphs and code', async () => {
  const page = await renderDocs()
  expect(page.title!.textContent).toMatch(/^gongkai API \d+\.\d+\.\d+$/)
  expect(page.summary!.textContent).toBe(openapi.info.summary)
  const chinese = page.summary!.all('span').filter((s) => s.lang === 'zh-Hans')
  expect(chinese.map((s) => s.textContent)).toEqual(openapi.info.summary.match(/\p{sc=Han}+/gu))
  expect(page.about!.childNodes.length).toBeGreaterThan(1)
  expect(page.about!.all('code').map((c) => c.textContent)).toContain('detail')
  expect(page.about!.textContent).not.toContain('`')
})

it('lists every operation and tries each: bare, then with the examples', async () => {
  const page = await renderDocs()
  const operations = page.operations!.all('details')
  const count = Object.values(openapi.paths).flatMap((item) => Object.keys(item)).length
  expect(operations, page.about!.textContent).toHaveLength(count)
  for (const operation of operations) {
    const form = operation.first('form')
    const output = operation.first('pre')
    const send = () => form.onsubmit!({ preventDefault() {} })
    await send()
    expect(output.hidden).toBe(false)
    expect(output.textContent, output.textContent.slice(0, 200)).toMatch(/^GET .*\n(200|302) /)
    expect(requested.at(-1)).not.toContain('?')

    const examples = operation
      .all('input')
      .filter((i) => i.placeholder.startsWith('e.g. '))
      .map((input) => {
        input.value = input.placeholder.slice('e.g. '.length)
        return `${input.name}=${input.value}`
      })
    if (!examples.length) continue
    await send()
    expect(output.textContent, output.textContent.slice(0, 200)).toMatch(/^GET .*\n(200|302) /)
    expect(requested.at(-1)).toMatch(new RegExp(`\\?${examples.join('&')}$`))
  }
})
