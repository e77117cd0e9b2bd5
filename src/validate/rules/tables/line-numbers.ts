import { finding } from '../../../model/finding-builder.ts'
import type { Finding } from '../../../model/finding.ts'
import type { Side } from '../../../model/tables.ts'
import type { Rule } from '../../rule.ts'
import type { AnyRow } from './rows.ts'

type Summary = '01' | '04'

interface Numbered {
  row: AnyRow
  n: number
}

const SIDE_ZH: Record<Side, string> = { income: '收入方', expenditure: '支出方' }

function numbered(rows: readonly AnyRow[], side: Side): Numbered[] {
  // A 行次 of more digits than a number holds exactly is garbage, not a place in the sequence.
  return rows
    .filter((r) => r.side === side && r.lineNo !== null && /^\d{1,15}$/.test(r.lineNo))
    .map((row) => ({ row, n: Number(row.lineNo) }))
}

/** Each side counts up: a 行次 equal to or below the one before it. */
function order(id: Summary, side: Side, seq: readonly Numbered[]): Finding[] {
  return seq.slice(1).flatMap((b, k) => {
    const a = seq[k]!
    if (b.n > a.n) return []
    const repeat = b.n === a.n
    return [
      finding({
        rule: 'line-number-sequence',
        severity: 'warning',
        table: id,
        row: b.row.lineNo,
        column: 'line_no',
        line: b.row.line,
        zh: `${id}表${SIDE_ZH[side]}行次 ${a.n}（${a.row.label || `第 ${a.row.line} 行`}）之后是 ${b.n}（${b.row.label}），${repeat ? '行次重复' : '行次倒退'}。`,
        en: `Table ${id}, ${side} side: 行次 ${a.n} (${a.row.label || `line ${a.row.line}`}) is followed by ${b.n} (${b.row.label}), ${repeat ? 'a repeat' : 'going backwards'}.`,
      }),
    ]
  })
}

/** Whether `seq` runs without a jump from source line `from` to `to`. */
function steady(seq: readonly Numbered[], from: number, to: number): boolean {
  const run = seq.filter((x) => x.row.line >= from && x.row.line <= to)
  return run.every((x, k) => k === 0 || x.n === run[k - 1]!.n + 1)
}

interface Pair {
  i: Numbered
  e: Numbered
}

/** Both sides jump between the two lines: which one is off cannot be told. */
function unplaced(id: Summary, p: Pair, q: Pair, shift: number): Finding {
  return finding({
    rule: 'line-number-gap',
    severity: 'info',
    table: id,
    row: q.i.row.lineNo,
    column: 'line_no',
    line: q.i.row.line,
    zh: `${id}表第 ${p.i.row.line} 行至第 ${q.i.row.line} 行之间，收入方行次 ${p.i.n}→${q.i.n}，支出方 ${p.e.n}→${q.e.n}，两侧步数相差 ${Math.abs(shift)}：其中一侧跳号或重号。`,
    en: `Table ${id}, lines ${p.i.row.line}–${q.i.row.line}: income 行次 ${p.i.n}→${q.i.n}, expenditure ${p.e.n}→${q.e.n}; the two sides differ by ${Math.abs(shift)} step(s), so one of them skipped or repeated numbers.`,
  })
}

/**
 * Gaps. The form's empty numbered lines are not kept, so a gap cannot be seen on one side
 * alone; but the two sides share printed lines, and down a well-numbered form the distance
 * between the 行次 on one printed line stays the same. Where it changes, the side that did not
 * run steadily skipped (or repeated) numbers between the two lines; when neither did, the
 * finding says so without naming a side.
 */
function drift(id: Summary, income: readonly Numbered[], spending: readonly Numbered[]): Finding[] {
  const byLine = new Map(spending.map((x) => [x.row.line, x]))
  const pairs = income.flatMap((i): Pair[] => {
    const e = byLine.get(i.row.line)
    return e ? [{ i, e }] : []
  })
  return pairs.slice(1).flatMap((q, k) => {
    const p = pairs[k]!
    const shift = q.e.n - q.i.n - (p.e.n - p.i.n)
    if (shift === 0) return []
    const incomeSteady = steady(income, p.i.row.line, q.i.row.line)
    const spendingSteady = steady(spending, p.e.row.line, q.e.row.line)
    if (incomeSteady === spendingSteady) return [unplaced(id, p, q, shift)]
    // The side that ran steadily is the yardstick for the other.
    const [side, a, b, other, otherA, otherB] = incomeSteady
      ? (['expenditure', p.e, q.e, 'income', p.i, q.i] as const)
      : (['income', p.i, q.i, 'expenditure', p.e, q.e] as const)
    const expected = a.n + (otherB.n - otherA.n)
    const extra = b.n - expected
    const how =
      extra > 0
        ? { zh: `跳过了 ${extra} 个行次`, en: `skipped ${extra} number(s)` }
        : { zh: `重复了 ${-extra} 个行次`, en: `repeated ${-extra} number(s)` }
    return [
      finding({
        rule: 'line-number-gap',
        severity: 'info',
        table: id,
        row: b.row.lineNo,
        column: 'line_no',
        expected: String(expected),
        actual: String(b.n),
        line: b.row.line,
        zh: `${id}表${SIDE_ZH[side]}行次从 ${a.n}（第 ${a.row.line} 行）到 ${b.n}（第 ${b.row.line} 行）前进 ${b.n - a.n}，同一段${SIDE_ZH[other]}行次从 ${otherA.n} 到 ${otherB.n} 前进 ${otherB.n - otherA.n}：${SIDE_ZH[side]}其间${how.zh}。`,
        en: `Table ${id}: the ${side} side's 行次 go from ${a.n} (line ${a.row.line}) to ${b.n} (line ${b.row.line}), ${b.n - a.n} steps, while the ${other} side on the same lines goes from ${otherA.n} to ${otherB.n}, ${otherB.n - otherA.n} steps: the ${side} side ${how.en} in between.`,
      }),
    ]
  })
}

/** 行次 of the two-sided tables 01 and 04: in order, without gaps or repeats. Layout only: no money moves. */
export const lineNumbers: Rule = {
  ids: ['line-number-sequence', 'line-number-gap'],
  check(report) {
    return (['01', '04'] as const).flatMap((id) => {
      const rows = report.tables[id].rows
      const income = numbered(rows, 'income')
      const spending = numbered(rows, 'expenditure')
      return [
        ...order(id, 'income', income),
        ...order(id, 'expenditure', spending),
        ...drift(id, income, spending),
      ]
    })
  },
}
