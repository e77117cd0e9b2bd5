/**
 * The page's script (String.raw: its backslashes reach the browser as written). Every node is
 * built with createElement and text nodes, never from HTML: the document's Markdown subset
 * (paragraphs, lists, `code`, **bold**, *italic*, [links](…)) becomes elements whose text stays
 * text, and responses from the API are shown as text only. Runs of Chinese get lang="zh-Hans".
 */
const SCRIPT = String.raw`(async () => {
  const MAX = 50000
  const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
  const HAN = /(\p{sc=Han}(?:[\p{sc=Han}\d\u2013\u3000-\u303f\uff00-\uffef]*[\p{sc=Han}\u3000-\u303f\uff00-\uffef])?)/u
  const INLINE = /\x60([^\x60]+)\x60|\*\*(.+?)\*\*|(?<!\w)([*_])(\S(?:.*?\S)?)\3(?!\w)|\[([^\]]+)\]\(([^)\s]+)\)/g
  const BULLET = /^([-*+]|\d+[.)])\s+/
  const zh = (text) => text.split(HAN).filter(Boolean).map((s) =>
    HAN.test(s) ? Object.assign(document.createElement('span'), { lang: 'zh-Hans', textContent: s }) : s)
  const el = (tag, props, ...children) => {
    const node = Object.assign(document.createElement(tag), props)
    node.append(...children.flatMap((c) => (typeof c === 'string' ? zh(c) : c)))
    return node
  }
  const inline = (text) => {
    const nodes = []
    let last = 0
    for (const m of text.matchAll(INLINE)) {
      const [all, code, strong, , em, label, href] = m
      nodes.push(...zh(text.slice(last, m.index)))
      last = m.index + all.length
      const a = label && el('a', { href }, ...inline(label))
      // Only web and mail links: the browser's own parse of href says which scheme it is.
      if (code) nodes.push(el('code', {}, code))
      else if (strong) nodes.push(el('strong', {}, ...inline(strong)))
      else if (em) nodes.push(el('em', {}, ...inline(em)))
      else nodes.push(...(/^(https?|mailto):$/.test(a.protocol) ? [a] : inline(label)))
    }
    return [...nodes, ...zh(text.slice(last))]
  }
  const md = (text) => String(text || '').trim().split(/\n\s*\n/).filter(Boolean).map((block) => {
    const lines = block.split('\n').map((l) => l.trim())
    if (!BULLET.test(lines[0])) return el('p', {}, ...inline(lines.join(' ')))
    const items = []
    for (const l of lines) BULLET.test(l) ? items.push(l.replace(BULLET, '')) : (items[items.length - 1] += ' ' + l)
    return el(/^\d/.test(lines[0]) ? 'ol' : 'ul', {}, ...items.map((i) => el('li', {}, ...inline(i))))
  })
  const oneLine = (text) => inline(String(text || '').replace(/\s+/g, ' ').trim())

  const doc = await (await fetch('/openapi.json')).json()
  const resolve = (p) => (p && p.$ref ? p.$ref.split('/').slice(1).reduce((o, k) => o[k], doc) : p)
  document.title = doc.info.title
  document.getElementById('title').replaceChildren(...zh(doc.info.title + ' '), el('small', {}, doc.info.version))
  document.getElementById('summary').replaceChildren(...oneLine(doc.info.summary))
  document.getElementById('about').replaceChildren(...md(doc.info.description))

  let count = 0
  const operation = (path, method, item, op) => {
    const id = 'op' + count++
    const params = [...(item.parameters || []), ...(op.parameters || [])].map(resolve)
    const controls = []
    const fields = params.map((p, i) => {
      const schema = p.schema || {}
      const example = String(p.example ?? schema.example ?? '')
      const path = p.in === 'path'
      // A path needs its parameters, so they start at the example; the rest are sent only when filled.
      const props = { id: id + '-' + i, name: p.name, required: path }
      const control = schema.enum
        ? el('select', props, ...(path ? [] : [el('option', { value: '' }, '')]), ...schema.enum.map((v) => el('option', { value: v }, String(v))))
        : el('input', { ...props, placeholder: path || !example ? '' : 'e.g. ' + example })
      if (path && example) control.value = example
      const about = el('small', { id: props.id + '-about' }, ...oneLine(p.description))
      control.setAttribute('aria-describedby', about.id)
      controls.push(control)
      return el('div', { className: 'param' },
        el('label', { htmlFor: props.id }, el('code', {}, p.name), el('small', {}, ' ' + p.in + (p.required ? ', required' : ''))),
        control, about)
    })
    const fieldset = (props) => (fields.length ? [el('fieldset', props, el('legend', {}, 'Parameters'), ...fields)] : [])
    const cut = el('p', { className: 'note', hidden: true })
    const out = el('pre', { hidden: true, tabIndex: 0 })
    const send = async () => {
      let url = path
      const query = new URLSearchParams()
      const headers = {}
      params.forEach((p, i) => {
        const value = controls[i].value
        if (p.in === 'path') url = url.replace('{' + p.name + '}', encodeURIComponent(value))
        else if (value === '') return
        else if (p.in === 'header') headers[p.name] = value
        else if (p.in === 'query') query.append(p.name, value)
      })
      if (String(query)) url += '?' + query
      cut.hidden = true
      out.hidden = false
      out.replaceChildren('GET ' + url + ' …')
      try {
        const res = await fetch(url, { headers })
        const head = [...res.headers].map(([k, v]) => k + ': ' + v).join('\n')
        const type = res.headers.get('content-type') || ''
        let body = /json|text|yaml|csv/.test(type) ? await res.text() : '(' + (await res.arrayBuffer()).byteLength + ' bytes)'
        if (/json/.test(type)) try { body = JSON.stringify(JSON.parse(body), null, 2) } catch {}
        if (body.length > MAX) {
          cut.replaceChildren('Showing the first ' + MAX.toLocaleString('en') + ' of ' + body.length.toLocaleString('en') +
            ' characters of the body. ', el('a', { href: res.url }, 'Get the whole response'), '.')
          cut.hidden = false
          body = body.slice(0, MAX) + '\n… (cut here)'
        }
        out.replaceChildren(...zh('GET ' + res.url + '\n' + res.status + ' ' + res.statusText + '\n' + head + '\n\n' + body))
      } catch (e) { out.replaceChildren(String(e)) }
    }
    let tryIt
    if (method === 'get') {
      const form = el('form', {}, ...fieldset({}), el('button', {}, 'Send GET'))
      form.onsubmit = (e) => { e.preventDefault(); return send() }
      tryIt = [form, cut, out]
    } else {
      tryIt = [...fieldset({ disabled: true }),
        el('p', { className: 'note' }, 'Not tried here: the API is read-only, and this page sends only GET.')]
    }
    const pointer = '/paths/' + encodeURIComponent(path.replace(/~/g, '~0').replace(/\//g, '~1')) + '/' + method
    return el('details', {},
      el('summary', {}, el('b', { className: method }, method.toUpperCase()), el('code', {}, path), ' ', ...oneLine(op.summary)),
      el('div', {}, ...md(op.description)), ...tryIt,
      el('h3', {}, 'Responses'),
      el('ul', {}, ...Object.entries(op.responses || {}).map(([code, r]) => el('li', {}, el('code', {}, code), ' ', ...oneLine(resolve(r).description)))),
      el('p', { className: 'muted' }, 'This operation in ', el('a', { href: '/openapi.json#' + pointer, type: 'application/json' }, 'openapi.json')))
  }

  const groups = new Map((doc.tags || []).map((t) => [t.name, { tag: t, ops: [] }]))
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      const name = (op.tags || [])[0] || 'other'
      if (!groups.has(name)) groups.set(name, { tag: { name }, ops: [] })
      groups.get(name).ops.push(operation(path, method, item, op))
    }
  }
  const main = document.getElementById('operations')
  for (const { tag, ops } of groups.values()) {
    if (ops.length) main.append(el('section', {}, el('h2', {}, tag.name), ...md(tag.description), ...ops))
  }
})().catch((e) => { document.getElementById('about').replaceChildren('Could not load /openapi.json: ' + e) })`

/**
 * GET /docs: the API documentation as one self-contained page (no CDN, works offline). It reads
 * /openapi.json, renders every operation with its parameters and responses, and tries a GET with
 * fetch.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gongkai API</title>
<link rel="alternate" type="application/json" href="/openapi.json">
<link rel="alternate" type="application/yaml" href="/openapi.yaml">
<style>
body{font:16px/1.55 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{margin:0}h1 small{font-size:.45em;font-weight:normal;color:#5c5c70;margin-left:.3em}
#summary{font-size:1.2em;margin:.2rem 0 1rem}
h2{text-transform:capitalize;border-bottom:1px solid #dde;margin:2rem 0 .5rem}h3{font-size:1em;margin:1rem 0 .2rem}
code,pre,input,select{font-family:ui-monospace,monospace;font-size:.85em}
p code,li code,small code{background:#eef0f4;padding:0 .25em;border-radius:3px}small code{font-size:1em}
details{border:1px solid #ccd;border-radius:6px;margin:.6rem 0;padding:.4rem .8rem}
summary{cursor:pointer}summary b{display:inline-block;min-width:3.6rem;text-align:center;color:#fff;background:#5c5c70;border-radius:4px;margin-right:.6rem;font-size:.8em}
summary b.get{background:#17803d}
fieldset{border:0;padding:0;margin:.6rem 0}legend{font-weight:bold;padding:0}
.param{display:grid;grid-template-columns:12rem 20rem 1fr;gap:.2rem .8rem;align-items:center;margin:.35rem 0}
.param small,.muted{color:#5c5c70}
input,select{width:100%;box-sizing:border-box;padding:.2rem .3rem}button{padding:.3rem 1rem;margin:.3rem 0}
pre{background:#f5f5f8;padding:.6rem;overflow:auto;max-height:28rem;white-space:pre-wrap;overflow-wrap:anywhere}
.note{background:#fff6dd;border-left:3px solid #c90;padding:.3rem .6rem}
:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}
@media(max-width:50rem){.param{grid-template-columns:1fr}}
</style>
</head>
<body>
<header>
<h1 id="title">gongkai API</h1>
<p id="summary"></p>
<div id="about"><p class="muted">Loading /openapi.json …</p></div>
<p>This description as <a href="/openapi.yaml" type="application/yaml">YAML</a> or <a href="/openapi.json" type="application/json">JSON</a>.</p>
</header>
<noscript><p class="note">This page needs JavaScript; the description itself is <a href="/openapi.yaml">openapi.yaml</a>.</p></noscript>
<main id="operations"></main>
<script>
${SCRIPT}
</script>
</body>
</html>
`
