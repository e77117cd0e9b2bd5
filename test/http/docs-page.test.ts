import { beforeAll, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.ts'
import { memoryStore } from '../../src/storage/memory.ts'
import { writeCatalog } from './support/release.ts'

/**
 * Runs the /docs page's own script over a minimal DOM, with fetch answered by the app: every
 * operation is listed, and its "Send GET" with the document's examples gets a successful answer.
 */
class Element {
  readonly children: (Element | string)[] = []
  textContent = ''
  hidden = false
  value = ''
  onclick: (() => Promise<void>) | null = null
  readonly tag: string
  constructor(tag: string) {
    this.tag = tag
  }
  append(...nodes: (Element | string)[]) {
    this.children.push(...nodes)
  }
  all(tag: string): Element[] {
    return this.children.flatMap((c) =>
      typeof c === 'string' ? [] : [...(c.tag === tag ? [c] : []), ...c.all(tag)],
    )
  }
  querySelector(tag: string): Element | null {
    return this.all(tag)[0] ?? null
  }
}

const store = memoryStore()
const app = createApp(() => store)

beforeAll(async () => {
  await writeCatalog(store, { 'zhuzhou-shifeng-gov-office-2020': ['1.0.0'] })
})

it('lists every operation and tries each with its examples', async () => {
  const html = await (await app.request('http://api.test/docs')).text()
  const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!
  const byId: Record<string, Element> = {
    title: new Element('h1'),
    about: new Element('p'),
    operations: new Element('main'),
  }
  const document = {
    createElement: (tag: string) => new Element(tag),
    getElementById: (id: string) => byId[id],
  }
  const fetch = (url: string, init?: RequestInit) => app.request(`http://api.test${url}`, init)
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the page's own script against a fake DOM
  const run = new Function('document', 'fetch', `return ${script.trim()}`) as (
    d: unknown,
    f: unknown,
  ) => Promise<void>
  await run(document, fetch)

  expect(byId.title!.textContent).toMatch(/^gongkai API \d+\.\d+\.\d+$/)
  const operations = byId.operations!.all('details')
  const openapi = await (
    await app.request('http://api.test/openapi.json')
  ).json<{ paths: object }>()
  expect(operations).toHaveLength(Object.keys(openapi.paths).length)
  for (const operation of operations) {
    await operation.querySelector('button')!.onclick!()
    const output = operation.querySelector('pre')!
    expect(output.hidden).toBe(false)
    expect(output.textContent, output.textContent.slice(0, 200)).toMatch(/^GET .*\n(200|302) /)
  }
})
