import { z } from 'zod'

/** A plain decimal: "606.71", "-24.88", "0"; no exponent, no separators, no leading zeros. */
export const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/

/**
 * An exact decimal amount as a string, as printed in the source (万元, usually 2 places).
 * Money never becomes a JS `number`: arithmetic is done with decimal.js in `validate/`.
 */
export const DecimalString = z
  .string()
  .regex(PLAIN_DECIMAL, 'a plain decimal such as "606.71" (no exponent, no separators)')
export type DecimalString = z.infer<typeof DecimalString>

/** A table cell: a decimal, or null when the cell is blank in the source (blank is never 0). */
export const Amount = DecimalString.nullable()
export type Amount = z.infer<typeof Amount>

/** A percentage as printed, without the % sign ("97.9", "100", "98."). */
export const PercentString = z.string().regex(/^\d+(\.\d*)?$/)

/** A 1-based line number in the source report: the provenance of a figure. */
export const SourceLine = z.number().int().positive()

/**
 * A decimal string times 10^places, exactly, by moving its point: 1.2 亿元 is 12000 万元 and
 * 500 元 is 0.05 万元. No float is involved; the result is a plain decimal.
 */
export function shiftDecimal(value: string, places: number): string {
  const negative = value.startsWith('-')
  const [int, frac = ''] = (negative ? value.slice(1) : value).split('.')
  let digits = `${int}${frac}`
  let point = int!.length + places
  if (point < 0) [digits, point] = ['0'.repeat(-point) + digits, 0]
  if (point > digits.length) digits += '0'.repeat(point - digits.length)
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  const rest = digits.slice(point).replace(/0+$/, '')
  const out = rest ? `${whole}.${rest}` : whole
  return negative && out !== '0' ? `-${out}` : out
}
