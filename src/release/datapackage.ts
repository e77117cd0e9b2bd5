import type { ChangelogEntry, DatasetMetadata } from '../model/dataset.ts'
import { CSV_DIALECT } from './csv.ts'
import type { TabularResource } from './table-schema.ts'

/**
 * `datapackage.json`: a Frictionless Data Package 2.0 descriptor of the release
 * (https://datapackage.org/standard/data-package/), with the fiscal meaning of amounts in the
 * manner of the Fiscal Data Package (`fiscalPeriod`, and `fiscal` on fields).
 */
const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json'

export interface Described {
  name: string
  bytes: number
  sha256: string
}

/** A file of the release that is a resource but not a table: the source report, report.json … */
export interface OtherResource {
  file: Described
  name: string
  title: string
  description: string
  format: string
  mediatype: string
  /** Text files only: a workbook has none. */
  encoding?: string
}

export interface PackageInput {
  metadata: DatasetMetadata
  release: ChangelogEntry
  tables: { resource: TabularResource; file: Described }[]
  others: OtherResource[]
  source: Described
}

export function dataPackage({
  metadata,
  release,
  tables,
  others,
  source,
}: PackageInput): Record<string, unknown> {
  const m = metadata
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: m.id,
    title: `${m.title.zh} | ${m.title.en}`,
    description: packageDescription(m),
    version: release.version,
    // From the changelog, never the clock: the same release has the same descriptor.
    created: `${release.date}T00:00:00Z`,
    keywords: [...m.keywords.zh, ...m.keywords.en],
    contributors: [
      {
        title: `${m.publisher.name.zh} | ${m.publisher.name.en}`,
        roles: ['publisher'],
        ...(m.publisher.url && { path: m.publisher.url }),
      },
    ],
    ...(m.license.status === 'stated' && {
      licenses: [{ name: m.license.id, title: m.license.title, path: m.license.url }],
    }),
    sources: [
      {
        title: `${m.source.description.zh} | ${m.source.description.en}`,
        path: m.source.url ?? source.name,
        hash: `sha256:${source.sha256}`,
        bytes: source.bytes,
      },
    ],
    fiscalPeriod: m.temporalCoverage,
    fiscalYear: m.fiscalYear,
    countryCode: 'CN',
    language: m.language,
    resources: [
      ...tables.map(({ resource, file }) => ({
        name: resource.name,
        type: 'table',
        path: file.name,
        title: resource.title,
        description: resource.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        dialect: CSV_DIALECT,
        schema: resource.schema,
      })),
      ...others.map((o) => ({
        name: o.name,
        path: o.file.name,
        title: o.title,
        description: o.description,
        format: o.format,
        mediatype: o.mediatype,
        ...(o.encoding && { encoding: o.encoding }),
        bytes: o.file.bytes,
        hash: `sha256:${o.file.sha256}`,
      })),
    ],
  }
}

function packageDescription(m: DatasetMetadata): string {
  const license =
    m.license.status === 'stated'
      ? `License: ${m.license.title} (${m.license.id}), as stated by the publisher.`
      : `License: not stated. ${m.license.statement.en} ${m.license.statement.zh} (No licenses are declared in this descriptor for that reason.)`
  return [
    m.description.en,
    m.description.zh,
    license,
    `Conventions: amounts are exact decimals in ${m.unit} (${m.unit === '万元' ? '10,000' : '1'} CNY), written exactly as printed in the source report ` +
      '(no rounding, no exponent, no group separator); read them as decimals, not binary floats. A blank cell in the source is an empty CSV field ' +
      '(null in JSON), never 0. Every row carries the source line it was read from. ' +
      'CSV files follow RFC 4180: UTF-8 without byte-order mark, CRLF line ends, a header row of English snake_case names; ' +
      "Chinese and English labels are in each field's title. Each CSV has a twin named …-excel.csv for spreadsheets, with a UTF-8 byte-order mark for Excel " +
      "and a header of the Chinese part of each field's title " +
      '(otherwise byte-identical, but that a text cell beginning with =, +, -, @, tab or CR is prefixed with a single quote so that a spreadsheet does not run it as a formula; ' +
      'listed in manifest.json and SHA256SUMS, not as resources). In report.json amounts are decimal strings and blanks null. ' +
      "Primary, unique and foreign keys are declared only where they hold on this release's data.",
  ].join('\n\n')
}
