import Decimal from 'decimal.js'
import type { Amount } from '../model/decimal.ts'

/** decimal.js configured once: money is exact, never a binary float. */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
})
export type Dec = InstanceType<typeof Dec>

/** Amounts in the tables are printed to 2 places (万元); "15" stands for 15.00. */
const AMOUNT_PLACES = 2

/** A blank cell counts as zero in arithmetic (it stays null in the model and the output). */
export function dec(value: Amount | undefined): Dec {
  return new Dec(value ?? 0)
}

export function sum(values: ReadonlyArray<Amount | undefined>): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(dec(v)), new Dec(0))
}

function places(value: string): number {
  const dot = value.indexOf('.')
  return dot < 0 ? 0 : value.length - dot - 1
}

/**
 * Half a unit in the last printed place of each figure: the most that rounding 元 to 万元
 * (尾数误差) can put between a total and the sum of its terms. Blank figures carry no error.
 */
export function roundingTolerance(figures: ReadonlyArray<Amount | undefined>): Dec {
  return figures.reduce<Dec>((acc, f) => {
    if (f === null || f === undefined) return acc
    return acc.plus(new Dec(5).times(new Dec(10).pow(-(Math.max(places(f), AMOUNT_PLACES) + 1))))
  }, new Dec(0))
}

export type Agreement = 'equal' | 'within-rounding' | 'different'

/** Compares a stated figure with what it should be, allowing for the rounding of `figures`. */
export function agreement(
  expected: Dec,
  actual: Dec,
  figures: ReadonlyArray<Amount | undefined>,
): Agreement {
  const diff = actual.minus(expected).abs()
  if (diff.isZero()) return 'equal'
  return diff.lte(roundingTolerance(figures)) ? 'within-rounding' : 'different'
}

/** A decimal as a plain string with no exponent and no trailing zeros ("0.01", "-24.88"). */
export function plain(value: Dec): string {
  return value.toFixed()
}

export type PercentAgreement = 'equal' | 'truncated' | 'different'

/**
 * A printed percentage against the exact ratio, compared at the printed precision ("97.9" → 1
 * place). Reports often truncate instead of rounding: that is told apart from a wrong figure.
 */
export function percentAgreement(ratio: Dec, printed: string): PercentAgreement {
  const p = places(printed.replace(/\.$/, ''))
  const percent = ratio.times(100)
  const stated = new Dec(printed.replace(/\.$/, ''))
  if (percent.toDecimalPlaces(p, Dec.ROUND_HALF_UP).eq(stated)) return 'equal'
  if (percent.toDecimalPlaces(p, Dec.ROUND_DOWN).eq(stated)) return 'truncated'
  return 'different'
}
