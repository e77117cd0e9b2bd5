import { z } from 'zod'
import { semVerProblem } from './semver.ts'

/** Text in both languages: Chinese as published, English for the international reader. */
export const Bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) })
export type Bilingual = z.infer<typeof Bilingual>

export const DatasetId = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'lowercase letters, digits and single hyphens, e.g. "zhuzhou-shifeng-gov-office-2020"',
  )
  .max(80)
export type DatasetId = z.infer<typeof DatasetId>

/** A day of the calendar as YYYY-MM-DD: "2026-13-45" and "2026-02-30" have the form but are no date. */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number]
    const date = new Date(Date.UTC(y, m - 1, d))
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  }, 'a date of the calendar as YYYY-MM-DD')
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits')

/**
 * The licence is the publisher's decision. Until the publisher states one, say so plainly
 * (`not-stated`); never invent a licence.
 */
export const License = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('not-stated'), statement: Bilingual }),
  z.strictObject({
    status: z.literal('stated'),
    /** An SPDX id where one exists, e.g. "CC-BY-4.0". */
    id: z.string().min(1),
    title: z.string().min(1),
    url: z.url(),
  }),
])
export type License = z.infer<typeof License>

/** `data/<id>/dataset.json`: what a publisher writes once per dataset. */
export const DatasetMetadata = z.strictObject({
  id: DatasetId,
  title: Bilingual,
  description: Bilingual,
  publisher: z.strictObject({ name: Bilingual, url: z.url().nullable() }),
  fiscalYear: z.number().int().min(1990).max(2100),
  /** 金额单位 of the report, e.g. 万元 (10,000 yuan). */
  unit: z.enum(['万元', '元']),
  currency: z.literal('CNY'),
  /** BCP 47 tags. */
  language: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)).min(1),
  keywords: z.strictObject({ zh: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
  temporalCoverage: z
    .strictObject({ start: IsoDate, end: IsoDate })
    .refine((t) => t.start <= t.end, { message: 'the start on or before the end', path: ['end'] }),
  source: z.strictObject({
    /** The report file in the dataset folder, kept byte-identical: the provenance of every figure. */
    file: z.string().regex(/^[^/\\]+$/, 'a file name in the dataset folder'),
    sha256: Sha256Hex,
    description: Bilingual,
    url: z.url().nullable(),
  }),
  license: License,
})
export type DatasetMetadata = z.infer<typeof DatasetMetadata>

/** A release version: src/model/semver.ts is its one definition. */
export const SemVer = z.string().check((ctx) => {
  const why = semVerProblem(ctx.value)
  if (why)
    ctx.issues.push({
      code: 'custom',
      message: `"${shorten(ctx.value)}" is not a usable version: ${why}`,
      input: ctx.value,
    })
})
const shorten = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v)
export type SemVer = z.infer<typeof SemVer>

/** `data/<id>/changelog.json`: one entry per release, newest first. Dates come from here, never the clock. */
export const ChangelogEntry = z.strictObject({ version: SemVer, date: IsoDate, notes: Bilingual })
export type ChangelogEntry = z.infer<typeof ChangelogEntry>
export const Changelog = z.array(ChangelogEntry).min(1)
export type Changelog = z.infer<typeof Changelog>

export { IsoDate, Sha256Hex }
