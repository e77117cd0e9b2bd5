import type { Rule } from '../../rule.ts'
import { basicExpenditure } from './basic-06.ts'
import { codes } from './codes.ts'
import { crossAppropriation } from './cross-appropriation.ts'
import { crossBasic } from './cross-basic.ts'
import { crossCodes } from './cross-codes.ts'
import { crossRevenue } from './cross-revenue.ts'
import { emptyTables } from './empty-tables.ts'
import { hierarchy } from './hierarchy.ts'
import { lineNumbers } from './line-numbers.ts'
import { rowIdentities } from './row-identities.ts'
import { summary01 } from './summary-01.ts'
import { summary04 } from './summary-04.ts'

/** The rules over the nine tables (公开01表–09表): within each table, then across them. */
export const tableRules: readonly Rule[] = [
  rowIdentities,
  hierarchy,
  summary01,
  summary04,
  basicExpenditure,
  emptyTables,
  lineNumbers,
  codes,
  crossRevenue,
  crossAppropriation,
  crossBasic,
  crossCodes,
]
