/**
 * GET /docs: the API documentation as one self-contained page (no CDN, works offline). It reads
 * /openapi.json, lists every operation with its parameters and responses, and tries a GET with
 * fetch. Text from the document is only ever set as textContent, never parsed as HTML.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gongkai API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{margin-bottom:0}code,pre,input{font-family:ui-monospace,monospace;font-size:13px}
details{border:1px solid #ccd;border-radius:6px;margin:.6rem 0;padding:.4rem .8rem}
summary{cursor:pointer}summary b{color:#fff;background:#2b6;border-radius:4px;padding:0 .4rem;margin-right:.5rem}
label{display:block;margin:.3rem 0}label span{display:inline-block;min-width:9rem}
input{width:22rem;padding:.15rem .3rem}button{margin:.4rem 0;padding:.2rem .9rem}
pre{background:#f5f5f8;padding:.6rem;overflow:auto;max-height:28rem;white-space:pre-wrap;word-break:break-all}
.muted{color:#667}
</style>
</head>
<body>
<h1 id="title">gongkai API</h1>
<p id="about" class="muted">Loading /openapi.json …</p>
<p class="muted">The description: <a href="/openapi.yaml">openapi.yaml</a> · <a href="/openapi.json">openapi.json</a></p>
<main id="operations"></main>
<script>
(async () => {
  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props)
    node.append(...children)
    return node
  }
  const doc = await (await fetch('/openapi.json')).json()
  const resolve = (p) => (p && p.$ref ? p.$ref.split('/').slice(1).reduce((o, k) => o[k], doc) : p)
  document.getElementById('title').textContent = doc.info.title + ' ' + doc.info.version
  document.getElementById('about').textContent = doc.info.description || ''
  const main = document.getElementById('operations')
  for (const [path, item] of Object.entries(doc.paths)) {
    const op = item.get
    if (!op) continue
    const params = [...(item.parameters || []), ...(op.parameters || [])].map(resolve)
    const inputs = params.map((p) =>
      el('label', {}, el('span', {}, p.name + (p.required ? ' *' : '')),
        el('input', { name: p.name, value: p.example ?? '', placeholder: p.in + (p.schema && p.schema.enum ? ': ' + p.schema.enum.join(' | ') : '') }),
        el('small', { className: 'muted' }, ' ' + (p.description || '').split('\\n')[0])))
    const out = el('pre', { hidden: true })
    const send = el('button', { type: 'button', textContent: 'Send GET' })
    send.onclick = async () => {
      let url = path
      const query = new URLSearchParams()
      const headers = {}
      params.forEach((p, i) => {
        const value = inputs[i].querySelector('input').value
        if (p.in === 'path') url = url.replace('{' + p.name + '}', encodeURIComponent(value))
        else if (value === '') return
        else if (p.in === 'header') headers[p.name] = value
        else query.set(p.name, value)
      })
      if (query.size) url += '?' + query
      out.hidden = false
      out.textContent = 'GET ' + url + ' …'
      try {
        const res = await fetch(url, { headers })
        const head = [...res.headers].map(([k, v]) => k + ': ' + v).join('\\n')
        const type = res.headers.get('content-type') || ''
        let body = /json|text|yaml|csv/.test(type) ? await res.text() : '(' + (await res.arrayBuffer()).byteLength + ' bytes)'
        if (/json/.test(type)) try { body = JSON.stringify(JSON.parse(body), null, 2) } catch {}
        out.textContent = 'GET ' + res.url + '\\n' + res.status + ' ' + res.statusText + '\\n' + head + '\\n\\n' + body.slice(0, 50000)
      } catch (e) { out.textContent = String(e) }
    }
    const responses = Object.entries(op.responses).map(([code, r]) => el('li', {}, el('code', {}, code), ' ' + (resolve(r).description || '')))
    main.append(el('details', {},
      el('summary', {}, el('b', {}, 'GET'), el('code', {}, path), ' ' + (op.summary || '')),
      el('p', {}, op.description || ''), ...inputs, send, el('ul', {}, ...responses), out))
  }
})().catch((e) => { document.getElementById('about').textContent = 'Could not load /openapi.json: ' + e })
</script>
</body>
</html>
`
