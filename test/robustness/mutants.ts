import { execFileSync } from 'node:child_process'
import { seededRandom } from '../support/random.ts'
import { seedText } from '../support/seed.ts'

/**
 * Damaged copies of the seed report, each a pure function of its seed: the kinds of damage a
 * publisher's file really shows (cut short, lines lost or doubled, cells garbled, tabs lost,
 * other encodings and line ends) and some it should never show (NUL bytes, a BOM mid-file).
 */
export interface Mutant {
  seed: number
  /** What was done, enough to see the damage without rerunning. */
  what: string
  bytes: Uint8Array
}

/** Cell and number replacements: what OCR, spreadsheets and hurried typing put into reports. */
export const GARBAGE = [
  'abc',
  '—',
  '-',
  '1,234.5',
  '１２３',
  '１２.５',
  '(12.5)',
  '12.5%',
  '1234567890123456789012345678901234567890',
  '-1234567890123456789012345678901234567890.99',
  '1e5',
  '0x1F',
  '.5',
  '5.',
  '007',
  '0012.50',
  '00',
  '-0',
  'NaN',
  'Infinity',
  '＋12',
  '一百',
  '   ',
  '\u00a0',
  '"',
  '<script>',
  '__proto__',
  '12.5.6',
  '9'.repeat(400),
]

type Random = ReturnType<typeof randomOf>

function randomOf(seed: number) {
  const next = seededRandom(seed)
  const int = (n: number) => Math.floor(next() * n)
  return {
    int,
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]!,
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const LABEL = /^公开\s*0\s*\d\s*表/
const HEADING = /^\s*第\s*[一二三四五]\s*部\s*分/
const MARKER = /栏次|科目编码/
/** 一、 （一） （1） 1、 and the number or numeral in it. */
const ENUMERATOR = /^\s*[（(]?\s*([一二三四五六七八九十]+|\d+)\s*[、）).．]/
const NUMERALS = ['0', '00', '一二', '零', '十十', '九九九', '99999999999999999999', '１', 'Ⅳ']

const indexesOf = (lines: readonly string[], test: (line: string) => boolean) =>
  lines.flatMap((line, i) => (test(line) ? [i] : []))
const tabRows = (lines: readonly string[]) => indexesOf(lines, (l) => l.includes('\t'))

/** The title of each table: the last non-blank line above its 公开0X表 label. */
function titleLines(lines: readonly string[]): number[] {
  return indexesOf(lines, (l) => LABEL.test(l.trim())).map((label) => {
    let i = label - 1
    while (i > 0 && lines[i]!.trim() === '') i--
    return i
  })
}

/** Line edits: each changes `lines` in place and says what it did. */
const LINE_EDITS: Record<string, (lines: string[], r: Random) => string> = {
  'delete-lines': (lines, r) => {
    const start = r.int(lines.length)
    const count = 1 + r.int(r.pick([1, 3, 12, 60]))
    lines.splice(start, count)
    return `deleted ${count} lines from line ${start + 1}`
  },
  'duplicate-lines': (lines, r) => {
    const start = r.int(lines.length)
    const count = 1 + r.int(r.pick([1, 4, 20]))
    lines.splice(start, 0, ...lines.slice(start, start + count))
    return `duplicated ${count} lines from line ${start + 1}`
  },
  'swap-lines': (lines, r) => {
    if (lines.length < 2) return 'too few lines to swap'
    const [a, b] = [r.int(lines.length), r.int(lines.length)]
    ;[lines[a], lines[b]] = [lines[b]!, lines[a]!]
    return `swapped lines ${a + 1} and ${b + 1}`
  },
  'truncate-lines': (lines, r) => {
    const keep = r.int(lines.length)
    lines.length = keep
    return `kept the first ${keep} lines`
  },
  'garbage-cells': (lines, r) => {
    const rows = tabRows(lines)
    if (!rows.length) return 'no tab rows left'
    const count = r.pick([1, 1, 3, 12])
    const done: string[] = []
    for (let k = 0; k < count; k++) {
      const i = r.pick(rows)
      const cells = lines[i]!.split('\t')
      const c = r.int(cells.length)
      const garbage = r.pick(GARBAGE)
      cells[c] = garbage
      lines[i] = cells.join('\t')
      done.push(`${i + 1}:${c + 1}=${JSON.stringify(garbage.slice(0, 12))}`)
    }
    return `garbage in cells ${done.join(' ')}`
  },
  'garbage-in-prose': (lines, r) => {
    const prose = indexesOf(lines, (l) => !l.includes('\t') && /\d/.test(l))
    if (!prose.length) return 'no numbers in prose left'
    const i = r.pick(prose)
    const numbers = [...lines[i]!.matchAll(/\d+(\.\d+)?/g)]
    const m = r.pick(numbers)
    const garbage = r.pick(GARBAGE)
    lines[i] = lines[i]!.slice(0, m.index) + garbage + lines[i]!.slice(m.index + m[0].length)
    return `number ${m[0]} on line ${i + 1} became ${JSON.stringify(garbage.slice(0, 12))}`
  },
  'garbage-enumerator': (lines, r) => {
    const items = indexesOf(lines, (l) => ENUMERATOR.test(l))
    if (!items.length) return 'no enumerated lines left'
    const i = r.pick(items)
    const numeral = r.pick(NUMERALS)
    lines[i] = lines[i]!.replace(ENUMERATOR, (m, n: string) => m.replace(n, numeral))
    return `the enumerator of line ${i + 1} became ${numeral}`
  },
  'full-width-digits': (lines, r) => {
    const start = r.int(lines.length)
    const count = 1 + r.int(40)
    for (let i = start; i < Math.min(lines.length, start + count); i++)
      lines[i] = lines[i]!.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    return `full-width digits on lines ${start + 1}–${start + count}`
  },
  'drop-tab': (lines, r) => {
    const rows = tabRows(lines)
    if (!rows.length) return 'no tab rows left'
    const i = r.pick(rows)
    const tabs = indexesOf([...lines[i]!], (ch) => ch === '\t')
    const at = r.pick(tabs)
    lines[i] = lines[i]!.slice(0, at) + lines[i]!.slice(at + 1)
    return `dropped a tab on line ${i + 1}`
  },
  'add-tab': (lines, r) => {
    const rows = tabRows(lines)
    const i = rows.length && r.chance(0.8) ? r.pick(rows) : r.int(lines.length)
    const line = lines[i]
    if (line === undefined) return 'no lines left'
    const at = r.int(line.length + 1)
    lines[i] = line.slice(0, at) + '\t' + line.slice(at)
    return `added a tab on line ${i + 1} at ${at}`
  },
  'split-title': (lines, r) => {
    const titles = titleLines(lines)
    if (!titles.length) return 'no table titles left'
    const i = r.pick(titles)
    const at = 1 + r.int(Math.max(1, lines[i]!.length - 1))
    lines.splice(i, 1, lines[i]!.slice(0, at), lines[i]!.slice(at))
    return `split the table title on line ${i + 1} at ${at}`
  },
  'remove-labels': (lines, r) => {
    const labels = indexesOf(lines, (l) => LABEL.test(l.trim()))
    if (!labels.length) return 'no labels left'
    const gone = r.chance(0.3) ? labels : [r.pick(labels)]
    for (const i of [...gone].reverse()) lines.splice(i, 1)
    return `removed the 公开0X表 labels on lines ${gone.map((i) => i + 1).join(', ')}`
  },
  'empty-cells': (lines, r) => {
    const p = r.pick([0.2, 0.6, 1])
    for (const i of tabRows(lines))
      lines[i] = lines[i]!.split('\t')
        .map((cell) => (r.chance(p) ? '' : cell))
        .join('\t')
    return `emptied each cell with probability ${p}`
  },
  'extra-column': (lines, r) => {
    const rows = tabRows(lines)
    if (!rows.length) return 'no tab rows left'
    const start = r.pick(rows)
    const count = r.pick([1, 5, 30, rows.length])
    const extra = r.chance(0.5) ? '12.34' : r.pick(GARBAGE)
    for (const i of rows.filter((i) => i >= start).slice(0, count)) lines[i] += `\t${extra}`
    return `an extra column ${JSON.stringify(extra.slice(0, 12))} on ${count} rows from line ${start + 1}`
  },
  'remove-table-data': (lines, r) => {
    const labels = indexesOf(lines, (l) => LABEL.test(l.trim()))
    if (!labels.length) return 'no labels left'
    const k = r.int(labels.length)
    const start = labels[k]!
    let end = labels[k + 1] ?? lines.findIndex((l, i) => i > start && HEADING.test(l))
    if (end < 0) end = lines.length
    const span = Array.from({ length: end - start }, (_, n) => start + n)
    const lastMarker = Math.max(start, ...span.filter((i) => MARKER.test(lines[i]!)))
    const data = span.filter((i) => i > lastMarker && lines[i]!.includes('\t'))
    for (const i of [...data].reverse()) lines.splice(i, 1)
    return `removed the ${data.length} data rows of the table labelled on line ${labels[k]! + 1}`
  },
  'remove-heading': (lines, r) => {
    const headings = indexesOf(lines, (l) => HEADING.test(l))
    if (!headings.length) return 'no headings left'
    const i = r.pick(headings)
    const numeral = /第\s*([一二三四五])/.exec(lines[i]!)![1]!
    const gone = r.chance(0.5)
      ? headings.filter((h) => lines[h]!.includes(`第${numeral}部分`))
      : [i]
    for (const h of [...gone].reverse()) lines.splice(h, 1)
    return `removed the 第${numeral}部分 heading on lines ${gone.map((h) => h + 1).join(', ')}`
  },
  'remove-cover': (lines, r) => {
    const count = r.pick([3, 4, 5, 8])
    const from = r.chance(0.5) ? 0 : 2
    lines.splice(from, count)
    return `removed ${count} cover lines from line ${from + 1}`
  },
}

/** Byte edits, on the encoded text. */
const BYTE_EDITS: Record<string, (bytes: Uint8Array, r: Random) => [Uint8Array, string]> = {
  'truncate-bytes': (bytes, r) => {
    let at = r.int(bytes.length)
    // Often mid-sequence: just after the lead byte of a multi-byte character.
    if (r.chance(0.6)) while (at < bytes.length - 1 && bytes[at]! < 0xc0) at++
    if (bytes[at]! >= 0xc0) at++
    return [bytes.slice(0, at), `cut at byte ${at}`]
  },
  'insert-nul': (bytes, r) => {
    const at = r.int(bytes.length)
    return [concat(bytes.subarray(0, at), [0], bytes.subarray(at)), `a NUL byte at ${at}`]
  },
  'bom-in-middle': (bytes, r) => {
    const lineStarts: number[] = []
    bytes.forEach((b, i) => b === 10 && lineStarts.push(i + 1))
    const at = lineStarts.length && r.chance(0.7) ? r.pick(lineStarts) : r.int(bytes.length)
    return [
      concat(bytes.subarray(0, at), [0xef, 0xbb, 0xbf], bytes.subarray(at)),
      `a BOM at byte ${at}`,
    ]
  },
  'bom-then-invalid': (bytes, r) => {
    const out = concat([0xef, 0xbb, 0xbf], bytes)
    const at = 3 + r.int(bytes.length)
    out[at] = 0xff
    return [out, `a BOM, and 0xFF at byte ${at}`]
  },
  'mixed-line-ends': (bytes, r) => {
    const text = new TextDecoder().decode(bytes)
    const ends = r.chance(0.2) ? ['\r'] : ['\n', '\r\n', '\r']
    return [
      utf8(text.replace(/\n/g, () => r.pick(ends))),
      `line ends ${ends.map(escape).join('/')}`,
    ]
  },
  'gb18030-corrupt': (_bytes, r) => {
    const out = gb18030Seed().slice()
    const count = 1 + r.int(3)
    const at: number[] = []
    for (let k = 0; k < count; k++) {
      at.push(r.int(out.length))
      out[at[k]!] = r.pick([0x80, 0xff, 0x81, 0x30, 0x7f, 0xa1])
    }
    return [out, `GB18030, bytes ${at.join(', ')} corrupted`]
  },
}

const escape = (s: string) => JSON.stringify(s).slice(1, -1)

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

let gb18030Bytes: Uint8Array | undefined
/** The seed in GB18030, encoded once by Python's codec (an encoder independent of ours). */
function gb18030Seed(): Uint8Array {
  gb18030Bytes ??= new Uint8Array(
    execFileSync(
      'python3',
      ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("gb18030"))'],
      { input: seedText() },
    ),
  )
  return gb18030Bytes
}

const LINE_NAMES = Object.keys(LINE_EDITS)
const BYTE_NAMES = Object.keys(BYTE_EDITS)
/** Every kind in turn, then a stack of several: seed % KINDS.length picks the kind. */
export const KINDS = [...LINE_NAMES, ...BYTE_NAMES, 'stacked', 'stacked']

/** The mutant of one seed: the same seed always gives the same bytes. */
export function mutant(seed: number): Mutant {
  const r = randomOf(seed)
  const kind = KINDS[seed % KINDS.length]!
  const lines = seedText().split('\n')
  const steps: string[] = []
  let bytes: Uint8Array
  if (kind in LINE_EDITS) {
    steps.push(`${kind}: ${LINE_EDITS[kind]!(lines, r)}`)
    bytes = utf8(lines.join('\n'))
  } else if (kind in BYTE_EDITS) {
    const [out, what] = BYTE_EDITS[kind]!(utf8(lines.join('\n')), r)
    steps.push(`${kind}: ${what}`)
    bytes = out
  } else {
    for (let n = 2 + r.int(3); n > 0; n--) {
      const edit = r.pick(LINE_NAMES)
      steps.push(`${edit}: ${LINE_EDITS[edit]!(lines, r)}`)
    }
    bytes = utf8(lines.join('\n'))
    const edit = r.pick(['none', 'truncate-bytes', 'mixed-line-ends', 'bom-in-middle'])
    if (edit !== 'none') {
      const [out, what] = BYTE_EDITS[edit]!(bytes, r)
      steps.push(`${edit}: ${what}`)
      bytes = out
    }
  }
  return { seed, what: steps.join('; '), bytes }
}

/** The `n`th seed (from 0) whose mutant is of this kind. */
export function seedOfKind(kind: string, n = 0): number {
  const k = KINDS.indexOf(kind)
  if (k < 0) throw new Error(`no mutation kind ${kind}; the kinds are ${KINDS.join(', ')}`)
  return n * KINDS.length + k
}
