import { finding } from '../model/finding-builder.ts'
import type { Finding, FindingTable } from '../model/finding.ts'
import type { Cell, TabularResource } from './table-schema.ts'

/**
 * Formula injection (CSV injection), after OWASP: a spreadsheet runs a cell that begins with
 * `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`), and a leading tab or CR can hide one.
 * The canonical CSV keeps every cell exact; the `-excel.csv` twins, made for spreadsheets,
 * neutralise such a text cell by prefixing a single quote, and the build records a finding for
 * each. Numbers stay numbers: a cell of a numeric column, or a text cell that is a plain signed
 * decimal (`-24.88`), is read by a spreadsheet as the number it is, not as a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const SIGNED_DECIMAL = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/

/** A text cell a spreadsheet could run as a formula. */
export function isFormulaLike(cell: Cell): cell is string {
  return typeof cell === 'string' && FORMULA_START.test(cell) && !SIGNED_DECIMAL.test(cell)
}

/** The resource as a spreadsheet may safely read it: every formula-like text cell behind a `'`. */
export function neutraliseFormulas(resource: TabularResource): TabularResource {
  const text = resource.schema.fields.map((f) => f.type === 'string')
  if (!resource.rows.some((row) => row.some((cell, i) => text[i] && isFormulaLike(cell))))
    return resource
  return {
    ...resource,
    rows: resource.rows.map((row) =>
      row.map((cell, i) => (text[i] && isFormulaLike(cell) ? `'${cell}` : cell)),
    ),
  }
}

/**
 * A warning per formula-like text cell of the report's tables, each resource with the part of
 * the report it comes from. The row is the cell's code, else its name, else the row's number.
 */
export function formulaFindings(
  sources: ReadonlyArray<{ resource: TabularResource; table: FindingTable }>,
): Finding[] {
  const found: Finding[] = []
  for (const { resource, table } of sources) {
    const fields = resource.schema.fields
    const at = (name: string) => fields.findIndex((f) => f.name === name)
    const [line, code, name] = [at('line'), at('code'), at('name')]
    resource.rows.forEach((row, r) => {
      row.forEach((cell, i) => {
        if (fields[i]!.type !== 'string' || !isFormulaLike(cell)) return
        const quoted = JSON.stringify(cell)
        const label = [code, name].map((k) => (k >= 0 ? row[k] : null)).find((v) => v)
        found.push(
          finding({
            rule: 'cell-formula-like',
            severity: 'warning',
            table,
            row: typeof label === 'string' && label !== cell ? label : `${resource.name} #${r + 1}`,
            column: fields[i]!.name,
            line: line >= 0 && typeof row[line] === 'number' ? row[line] : null,
            zh: `${resource.name}.csv 的 ${fields[i]!.name} 单元格 ${quoted} 以 = + - @、制表符或回车开头，电子表格会把它当作公式执行；${resource.name}-excel.csv 中已在其前加单引号（'），${resource.name}.csv 保持原文。`,
            en: `The ${fields[i]!.name} cell ${quoted} of ${resource.name}.csv begins with =, +, -, @, a tab or a CR, which a spreadsheet runs as a formula; ${resource.name}-excel.csv prefixes it with a single quote ('), ${resource.name}.csv keeps it as printed.`,
          }),
        )
      })
    })
  }
  return found
}
