import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'
import { FINDING_TYPES, type FindingType, type Stage } from '../../src/model/finding-types.ts'
import { type Finding, FindingTable, Severity } from '../../src/model/finding.ts'
import type { Report } from '../../src/model/report.ts'
import { Dec, plain } from '../../src/validate/arithmetic.ts'
import { RULES, validate } from '../../src/validate/index.ts'
import { SEED_FILE, seedBytes, seedText } from '../support/seed.ts'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))
const byType = new Map(FINDING_TYPES.map((t) => [t.type, t]))
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort()

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name))
}

/** Every id a folder's code emits or declares: `rule: '…'`, `const rule = '…'`, and `ids: […]`. */
function idsInSource(dir: string): string[] {
  const ids: string[] = []
  for (const file of sourceFiles(join(SRC, dir))) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/\brule:\s*'([^']+)'/g)) ids.push(m[1]!)
    for (const m of text.matchAll(/\bconst\s+(?:rule|RULE)\s*=\s*'([^']+)'/g)) ids.push(m[1]!)
    for (const m of text.matchAll(/\bids:\s*\[([^\]]*)\]/g))
      for (const s of m[1]!.matchAll(/'([^']+)'/g)) ids.push(s[1]!)
  }
  return sorted(ids)
}

const typesOf = (stage: Stage) =>
  sorted(FINDING_TYPES.filter((t) => t.stages.includes(stage)).map((t) => t.type))

describe('the catalogue of finding types', () => {
  it('has one well-formed entry per type', () => {
    const tables = FindingTable.options.flatMap((o) => ('options' in o ? [...o.options] : []))
    expect(FINDING_TYPES.length).toBeGreaterThan(0)
    expect(byType.size).toBe(FINDING_TYPES.length)
    for (const t of FINDING_TYPES) {
      expect(t.type, t.type).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(
        t.severities.filter((s) => !Severity.options.includes(s)),
        t.type,
      ).toEqual([])
      expect(
        t.tables.filter((x) => !tables.includes(x)),
        t.type,
      ).toEqual([])
      for (const list of [t.severities, t.tables, t.stages]) {
        expect(list.length, t.type).toBeGreaterThan(0)
        expect(new Set(list).size, t.type).toBe(list.length)
      }
      for (const text of [t.title, t.description]) {
        expect(text.zh, t.type).toMatch(/\p{Script=Han}/u)
        expect(text.en.trim().length, t.type).toBeGreaterThan(0)
      }
    }
  })

  // Read from the source, not from running it: an id only an odd report would reach counts too.
  it.each(['ingest', 'validate'] as const)(
    'lists exactly the ids the code of src/%s emits or declares',
    (stage) => {
      const found = idsInSource(stage)
      expect(found.length).toBeGreaterThan(5)
      expect(found).toEqual(typesOf(stage))
    },
  )

  it('lists every id a rule declares, as a validation type', () => {
    const declared = sorted(RULES.flatMap((r) => r.ids))
    expect(declared.filter((id) => !typesOf('validate').includes(id))).toEqual([])
  })
})

const bump = (v: string | null) => (v === null ? null : plain(new Dec(v).plus(1)))
type Amounts = Record<string, string | null>
const rowsOf = (r: Report, id: keyof Report['tables']) => r.tables[id].rows
const amounts = (row: { amounts: unknown }) => row.amounts as Amounts

/** Alterations of the seed's model, each breaking something a rule checks. */
const MUTATIONS: Record<string, (r: Report) => void> = {
  ...Object.fromEntries(
    (['01', '02', '03', '04', '05', '06', '07', '08', '09'] as const).map((id) => [
      `every amount of table ${id} one more`,
      (r: Report) => {
        for (const row of rowsOf(r, id))
          for (const [k, v] of Object.entries(amounts(row))) amounts(row)[k] = bump(v)
      },
    ]),
  ),
  'table 08 printing money, its balances off': (r) => {
    for (const row of rowsOf(r, '08')) {
      for (const k of Object.keys(amounts(row))) amounts(row)[k] = '1'
      amounts(row).closing_balance = '9'
    }
  },
  'table 09 empty without its note': (r) => {
    r.tables['09'].notes = []
  },
  'codes mangled, repeated, renamed, orphaned': (r) => {
    const r03 = rowsOf(r, '03')
    const r05 = rowsOf(r, '05')
    r03.push(structuredClone(r03.find((x) => x.code?.length === 3)!))
    r03.find((x) => x.code?.length === 5)!.level = 'item'
    const item = r03.find((x) => x.code?.length === 7)!
    item.code = `${item.code}9`
    const section = r05.find((x) => x.code?.length === 5)!
    r05.splice(r05.indexOf(section), 1)
    r05.find((x) => x.code?.length === 7)!.code = '2130599'
    rowsOf(r, '02').find((x) => x.code?.length === 3)!.label = '另一个名称'
    rowsOf(r, '06').find((x) => x.code?.length === 5)!.label = '另一个名称'
    rowsOf(r, '06').find((x) => x.code?.length === 5)!.code = '30298'
  },
  'summary lines dropped and renumbered': (r) => {
    const r01 = rowsOf(r, '01')
    r.tables['01'].rows = r01.filter((x) => !x.label.includes('本年收入合计'))
    const numbered = rowsOf(r, '04').filter((x) => x.side === 'income' && x.lineNo !== null)
    numbered[2]!.lineNo = numbered[0]!.lineNo
    r.tables['06'].rows = rowsOf(r, '06').filter((x) => !x.label.includes('人员经费合计'))
  },
  'every narrative and performance figure one more': (r) => {
    for (const f of [...r.narrative.figures, ...r.performance.facts]) f.value = bump(f.value)!
  },
  'a narrative figure stated again otherwise, another unresolved': (r) => {
    const seen = new Set<string>()
    const again = r.narrative.figures.find((f) => {
      const id = `${f.key}|${f.code}|${f.measure}`
      if (f.key === null || f.key === 'project.amount' || !['amount', 'budget'].includes(f.measure))
        return false
      return seen.has(id) || !seen.add(id)
    })!
    again.value = bump(again.value)!
    const named = r.narrative.figures.find(
      (f) => f.key === 'general_budget.function' && f.measure === 'amount',
    )!
    named.code = null
  },
  'the project list at odds with itself and the annex': (r) => {
    const { stated, items } = r.projects
    stated!.count = stated!.count! + 1
    items[0]!.amount = bump(items[0]!.amount)
    items[1]!.name = `${items[1]!.name}（另）`
  },
  'self-evaluations altered': (r) => {
    for (const e of r.performance.selfEvaluations) {
      for (const f of e.funding) {
        if (f.label === '合计') f.initialBudget = bump(f.initialBudget)
        f.executionRate = bump(f.executionRate)
      }
      if (e.total) Object.assign(e.total, { weight: '90', grade: '差' })
      const scored = e.indicators.find((i) => i.weight !== null)
      if (scored) scored.score = null
    }
  },
}

/** Alterations of the seed's text at lines the parsed seed names. */
const EDITS: Record<string, (lines: string[], seed: Report) => void> = {
  'an amount garbled and cells added in table 03': (lines, seed) => {
    const row = rowsOf(seed, '03').find((x) => x.code?.length === 3)!
    const cells = lines[row.line - 1]!.split('\t')
    cells[2] = `${cells[2]}元`
    lines[row.line - 1] = [...cells, '', '', '', '', '7'].join('\t')
  },
  'a code that cannot be repaired in table 03': (lines, seed) => {
    const rows = rowsOf(seed, '03')
    const item = rows.find((x, k) => x.code?.length === 7 && rows[k + 1]?.code?.length === 3)!
    lines[item.line - 1] = lines[item.line - 1]!.replace(item.code!, item.code!.slice(0, 6))
  },
  'an amount printed with a thousands separator in table 05': (lines, seed) => {
    const row = rowsOf(seed, '05').find((x) => x.code === null)!
    lines[row.line - 1] = lines[row.line - 1]!.replace('606.71', '1,606.71')
  },
  'a figure in the narrative with a leading zero': (lines, seed) => {
    const figure = seed.narrative.figures.find(
      (f) => f.unit === '万元' && !f.value.startsWith('0'),
    )!
    lines[figure.line - 1] = lines[figure.line - 1]!.replace(figure.value, `0${figure.value}`)
  },
  'a column of table 02 headed by another name': (lines, seed) => {
    const k = lines.findIndex((l, i) => i > seed.tables['02'].line && l.includes('其他收入'))
    lines[k] = lines[k]!.replace('其他收入', '其他资金')
  },
  'the header of table 05 unreadable': (lines, seed) => {
    const k = lines.findIndex((l, i) => i > seed.tables['05'].line && l.includes('基本支出'))
    lines[k] = lines[k]!.replace(/小计\t基本支出\t项目支出/, '甲\t乙\t丙')
    lines[k - 1] = lines[k - 1]!.replace('本年支出', '本年')
  },
  'no 第五部分 in the contents or the body: the annexes not read': (lines) => {
    for (let k = lines.length - 1; k >= 0; k--)
      if (/^\s*-?\s*第\s*五\s*部\s*分/.test(lines[k]!)) lines.splice(k, 1)
  },
  'a narrative amount stated in 亿元': (lines, seed) => {
    const figure = seed.narrative.figures.find((f) => f.unit === '万元')!
    lines[figure.line - 1] = lines[figure.line - 1]!.replace('万元', '亿元')
  },
  'a score garbled in a self-evaluation': (lines, seed) => {
    const i = seed.performance.selfEvaluations
      .flatMap((e) => e.indicators)
      .find((x) => x.score !== null)!
    const cells = lines[i.line - 1]!.split('\t')
    const k = cells.lastIndexOf(i.score!)
    cells[k] = `${cells[k]}分`
    lines[i.line - 1] = cells.join('\t')
  },
}

const seedIngested = () => ingest(seedBytes(), SEED_FILE)
const run = async () => {
  const { report, findings } = await seedIngested()
  return { report, findings: [...findings, ...validate(report)] }
}

async function mutated(name: string): Promise<{ report: Report; findings: Finding[] }> {
  if (name in EDITS) {
    const { report: seed } = await seedIngested()
    const lines = seedText().split('\n')
    EDITS[name]!(lines, seed)
    const { report, findings } = await ingest(new TextEncoder().encode(lines.join('\n')), SEED_FILE)
    return { report, findings: [...findings, ...validate(report)] }
  }
  const { report } = await seedIngested()
  MUTATIONS[name]!(report)
  return { report, findings: validate(report) }
}

/** A finding whose type is not catalogued, or that the catalogue says cannot be. */
function uncatalogued(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => {
    const t = byType.get(f.rule)
    if (!t) return [`${f.rule}: not in the catalogue`]
    if (!t.severities.includes(f.severity)) return [`${f.rule}: severity ${f.severity}`]
    if (!t.tables.includes(f.table)) return [`${f.rule}: table ${f.table}`]
    return []
  })
}

async function brokenRule(): Promise<Finding[]> {
  const { report } = await seedIngested()
  const broken = {
    // Not a catalogued id: the double stands for any rule.
    ids: ['broken' as FindingType],
    check: (): Finding[] => {
      throw new Error('a bug')
    },
  }
  return validate(report, [broken])
}

const CASES = ['the seed', ...Object.keys(EDITS), ...Object.keys(MUTATIONS)]
const findingsOf = async (name: string) => (name === 'the seed' ? run() : mutated(name))

describe('findings against the catalogue', () => {
  it.each(CASES)('%s: every finding is catalogued, its severity and table too', async (name) => {
    const { report, findings } = await findingsOf(name)
    expect(findings.length).toBeGreaterThan(0)
    expect(uncatalogued(findings)).toEqual([])
    for (const rule of RULES) {
      const ids: readonly string[] = rule.ids
      const undeclared = rule.check(report).filter((f) => !ids.includes(f.rule))
      expect(undeclared.map((f) => f.rule)).toEqual([])
    }
  })

  it('a rule that throws is catalogued too', async () => {
    const findings = await brokenRule()
    expect(findings.map((f) => f.rule)).toEqual(['rule-failed'])
    expect(uncatalogued(findings)).toEqual([])
  })

  it('has no dead entries: the seed, its alterations and a broken rule reach every type', async () => {
    const reached = new Set((await brokenRule()).map((f) => f.rule))
    for (const name of CASES) for (const f of (await findingsOf(name)).findings) reached.add(f.rule)
    // The release builder's types are about its files: test/release/formula.test.ts reaches them.
    const parsedOrValidated = FINDING_TYPES.filter((t) => !t.stages.includes('release'))
    expect(parsedOrValidated.map((t) => t.type).filter((t) => !reached.has(t))).toEqual([])
  })
})
