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
