/**
 * Codes of 支出功能分类 that the 2020 list (classification-2020.tsv, the shared reference) does not
 * hold because they came later, each with the first fiscal year a source shows it. A report of
 * an earlier year is checked without them. Source key S2, as in the shared reference: printed in
 * the 2024 final accounts of 上海市普陀区 departments (中共上海市普陀区委社会工作部).
 */
export const FUNCTION_CODES_SINCE: ReadonlyArray<{
  code: string
  name: string
  since: number
  source: string
}> = [
  { code: '20139', name: '社会工作事务', since: 2024, source: 'S2' },
  { code: '2013901', name: '行政运行', since: 2024, source: 'S2' },
  { code: '2013950', name: '事业运行', since: 2024, source: 'S2' },
  { code: '2013999', name: '其他社会工作事务支出', since: 2024, source: 'S2' },
]
