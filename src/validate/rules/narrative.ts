import type { Rule } from '../rule.ts'
import { narrativeAmounts } from './narrative-amounts.ts'
import { narrativeConsistency } from './narrative-consistency.ts'
import { narrativeRates } from './narrative-rates.ts'
import { narrativeShares } from './narrative-shares.ts'

/** 第三部分 情况说明: every stated figure against the tables and against the narrative itself. */
export const narrativeRules: readonly Rule[] = [
  narrativeAmounts,
  narrativeShares,
  narrativeRates,
  narrativeConsistency,
]
