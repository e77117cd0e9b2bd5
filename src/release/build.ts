import { z } from 'zod'
import { Changelog, DatasetMetadata } from '../model/dataset.ts'
import { Finding, FindingTable } from '../model/finding.ts'
import { Report } from '../model/report.ts'
import { ReleaseFileName } from '../model/release.ts'
import { CHECKSUMS_FILE, MANIFEST_FILE } from '../model/layout.ts'
import { TABLES } from '../model/tables.ts'
import { checkTables } from './check.ts'
import { csvRecords } from './csv.ts'
import { csvwMetadata } from './csvw.ts'
import { dataPackage, type Described, type OtherResource } from './datapackage.ts'
import { sha256Hex } from '../model/digest.ts'
import {
  csv,
  csvwJson,
  dataPackageJson,
  fileOf,
  json,
  TABULAR_FORMATS,
  text,
  type ReleaseFile,
} from './formats.ts'
import { declareKeys } from './keys.ts'
import { compareNames, manifestOf, selectRelease, sha256Sums, type HashedFile } from './manifest.ts'
import { ReleaseRefused } from './refusal.ts'
import { findingTypesResource } from './resources/finding-types.ts'
import { findingsResource } from './resources/findings.ts'
import { formulaFindings } from './formula.ts'
import { unitFindings } from './units.ts'
import { lineItemsResource } from './resources/line-items.ts'
import { REPORT_PARTS, reportPartResources } from './resources/report-parts.ts'
import { tableResourceName, tableResources } from './resources/tables.ts'
import type { TabularResource } from './table-schema.ts'
import { validationReport } from './validation-report.ts'
import { renderWorkbook, workbookName, XLSX_MEDIA_TYPE } from './workbook.ts'

export interface ReleaseInput {
  metadata: DatasetMetadata
  changelog: Changelog
  /** A version listed in the changelog; the newest when not given. */
  version?: string
  /** The source report's bytes, published unchanged. */
  source: Uint8Array
  report: Report
  findings: readonly Finding[]
  builder: { name: 'gongkai'; version: string }
}

/**
 * Every file of one release, from the dataset's parts: pure (no I/O, no clock), so the same
 * input gives the same bytes on any machine on any day. Files come sorted by name.
 */
export async function assembleRelease(input: ReleaseInput): Promise<ReleaseFile[]> {
  const { metadata, report } = input
  const chosen = selectRelease(input.changelog, input.version)
  if (!chosen) {
    throw new ReleaseRefused(
      `changelog.json of dataset ${metadata.id} has no version ${input.version}; it lists ${input.changelog.map((e) => e.version).join(', ')}. ` +
        'Add an entry for the version (newest first) or build one that is listed.',
    )
  }
  const sourceSha256 = await sha256Hex(input.source)
  if (sourceSha256 !== metadata.source.sha256 || report.source.sha256 !== sourceSha256) {
    throw new ReleaseRefused(
      `The source report ${metadata.source.file} has SHA-256 ${sourceSha256}, but dataset.json says ${metadata.source.sha256}` +
        `${report.source.sha256 !== sourceSha256 ? ` and the parsed report was read from bytes with SHA-256 ${report.source.sha256}` : ''}. ` +
        'The report must be published byte-identical: restore the file, or update source.sha256 in dataset.json and add a changelog entry.',
    )
  }
  if (!ReleaseFileName.safeParse(metadata.source.file).success) {
    throw new ReleaseRefused(
      `dataset.json of dataset ${metadata.id}: source.file "${metadata.source.file}" cannot be a release file name; ` +
        'use ASCII letters, digits, ".", "_" and "-" only (e.g. report-2020.txt), and rename the file to match.',
    )
  }
  checkModel(Report, report, 'the parsed report')
  checkAgreement(metadata, report)
  checkModel(z.array(Finding), input.findings, 'the validation findings')

  const reportTables = tableResources(report, metadata)
  const partTables = REPORT_PARTS.map((part) => ({
    part,
    resources: reportPartResources(report, [part]),
  }))
  const findings = [
    ...input.findings,
    ...unitFindings(report, metadata),
    ...formulaFindings([
      ...reportTables.map((resource) => ({ resource, table: tableIdOf(resource) })),
      ...partTables.flatMap(({ part, resources }) =>
        resources.map((resource) => ({ resource, table: part })),
      ),
    ]),
  ]
  const tables = declareKeys([
    ...reportTables,
    lineItemsResource(report, metadata),
    ...partTables.flatMap((p) => p.resources),
    findingsResource(findings),
    findingTypesResource(),
  ])
  selfCheck(tables)
  const resourceNamed = (name: string) => tables.find((t) => t.name === name)!

  const files: ReleaseFile[] = [
    ...tables.flatMap((t) => TABULAR_FORMATS.map((format) => fileOf(format, t.name, t))),
    ...TABLES.map((def) =>
      fileOf(json, tableResourceName(def), { definition: def, ...report.tables[def.id] }),
    ),
    fileOf(json, 'report', report),
    fileOf(json, 'validation-report', validationReport(report, findings)),
    fileOf(json, 'dataset', metadata),
    {
      name: metadata.source.file,
      bytes: input.source,
      mediaType: report.source.pdf
        ? 'application/pdf'
        : `text/plain; charset=${report.source.encoding}`,
    },
    ...(report.source.pdf
      ? [
          {
            name: extractionName(metadata.source.file),
            bytes: new TextEncoder().encode(report.source.pdf.extraction),
            mediaType: 'text/plain; charset=utf-8',
          },
        ]
      : []),
    {
      name: workbookName(metadata.id, chosen.release.version),
      bytes: await renderWorkbook({
        metadata,
        release: chosen.release,
        sourceSha256,
        tables: TABLES.map((def) => ({ def, resource: resourceNamed(tableResourceName(def)) })),
        lineItems: resourceNamed('line-items'),
        findings: resourceNamed('validation-findings'),
      }),
      mediaType: XLSX_MEDIA_TYPE,
    },
  ]
  const hashed = new Map<string, HashedFile>()
  const hash = async (f: ReleaseFile) => {
    hashed.set(f.name, {
      name: f.name,
      bytes: f.bytes.length,
      sha256: await sha256Hex(f.bytes),
      mediaType: f.mediaType,
    })
  }
  for (const f of files) await hash(f)
  const described = (name: string): Described => hashed.get(name)!

  const descriptor = dataPackage({
    metadata,
    release: chosen.release,
    tables: tables.map((resource) => ({
      resource,
      file: described(`${resource.name}${csv.extension}`),
    })),
    others: otherResources(input, described, workbookName(metadata.id, chosen.release.version)),
    source: described(metadata.source.file),
  })
  const descriptors = [
    fileOf(dataPackageJson, 'datapackage', descriptor),
    fileOf(
      csvwJson,
      'csv-metadata',
      csvwMetadata(
        metadata,
        chosen.release.version,
        tables.map((resource) => ({ resource, path: `${resource.name}${csv.extension}` })),
      ),
    ),
  ]
  for (const f of descriptors) await hash(f)
  files.push(...descriptors)

  // SHA256SUMS covers every file before it; the manifest lists every file but itself.
  const checksums = fileOf(text, CHECKSUMS_FILE, sha256Sums([...hashed.values()]))
  await hash(checksums)
  files.push(checksums)

  const manifest = manifestOf({
    metadata,
    release: chosen.release,
    predecessor: chosen.predecessor,
    source: { file: metadata.source.file, bytes: input.source.length, sha256: sourceSha256 },
    builder: input.builder,
    files: [...hashed.values()],
  })
  const manifestFile = {
    name: MANIFEST_FILE,
    bytes: json.render(manifest),
    mediaType: json.mediaType,
  }
  files.push(manifestFile)

  const names = new Set<string>()
  for (const f of files) {
    if (names.has(f.name))
      throw new ReleaseRefused(
        `Two files of the release would be named ${f.name}; rename the source report in dataset.json (source.file).`,
      )
    names.add(f.name)
  }
  return files.sort((a, b) => compareNames(a.name, b.name))
}

/**
 * The text extraction published beside a PDF report: `report-2024.pdf` → `report-2024.extracted.txt`.
 * Every `line` of the release is a line of it; report.json's `source.pdf.lineRanges` gives each
 * line's page of the PDF.
 */
export const extractionName = (source: string) => `${source.replace(/\.pdf$/i, '')}.extracted.txt`

const compactName = (s: string) => s.replace(/\s+/g, '')

/**
 * dataset.json describes the report it names: a fiscal year or a department other than the
 * cover's is a dataset folder holding the wrong report, or metadata copied from another one.
 */
function checkAgreement(metadata: DatasetMetadata, report: Report): void {
  const where = `dataset.json of dataset ${metadata.id}`
  if (metadata.fiscalYear !== report.fiscalYear)
    throw new ReleaseRefused(
      `${where} says fiscalYear ${metadata.fiscalYear}, but the report ${metadata.source.file} is the final accounts of ${report.fiscalYear} (its cover says ${report.fiscalYear}年度). ` +
        'Correct fiscalYear and temporalCoverage in dataset.json, or put the right report in the folder.',
    )
  const [named, printed] = [compactName(metadata.publisher.name.zh), compactName(report.department)]
  if (!named.includes(printed) && !printed.includes(named))
    throw new ReleaseRefused(
      `${where} names the publisher "${metadata.publisher.name.zh}" (publisher.name.zh), but the report ${metadata.source.file} is that of "${report.department}" (its cover). ` +
        'Correct publisher.name.zh in dataset.json, or put the right report in the folder.',
    )
}

/** `03-expenditure` → `03`. */
const tableIdOf = (resource: TabularResource): FindingTable =>
  FindingTable.parse(resource.name.slice(0, 2))

function otherResources(
  input: ReleaseInput,
  described: (name: string) => Described,
  workbook: string,
): OtherResource[] {
  const { metadata, report } = input
  const encoding = report.source.encoding
  const pdf = report.source.pdf
  const sources: OtherResource[] = pdf
    ? [
        {
          file: described(metadata.source.file),
          name: 'source-report',
          title: `${metadata.source.description.zh} | ${metadata.source.description.en}`,
          description: `The source report, byte-identical as the publisher released it (PDF, ${pdf.pages} pages). Its text, as gongkai read it, is ${extractionName(metadata.source.file)}.`,
          format: 'pdf',
          mediatype: 'application/pdf',
        },
        {
          file: described(extractionName(metadata.source.file)),
          name: 'source-extraction',
          title: '报告文本 (the text extracted from the PDF)',
          description: `The text of the PDF as gongkai read it: table rows as tab-separated cells (empty cells kept), prose as paragraphs (${report.source.lines} lines). Every figure of this package carries its line in this file; report.json (source.pdf.lineRanges) gives the page of the PDF each line stands on.`,
          format: 'txt',
          mediatype: 'text/plain',
          encoding: 'utf-8',
        },
      ]
    : [
        {
          file: described(metadata.source.file),
          name: 'source-report',
          title: `${metadata.source.description.zh} | ${metadata.source.description.en}`,
          description: `The source report, byte-identical as the publisher released it (${encoding}${report.source.bom ? ' with byte-order mark' : ''}, ${report.source.lines} lines). Every figure of this package carries its line in this file.`,
          format: 'txt',
          mediatype: 'text/plain',
          encoding,
        },
      ]
  return [
    ...sources,
    {
      file: described('report.json'),
      name: 'report',
      title: '部门决算 (the whole report as a model)',
      description:
        'The whole report as parsed: profile, the nine tables, narrative figures, projects, performance self-evaluations. ' +
        'Amounts are decimal strings exactly as printed (never JSON numbers); a blank cell is null, never 0; every figure carries its source line.',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
    },
    {
      file: described(workbook),
      name: 'workbook',
      title: '工作簿 (workbook)',
      description:
        'The nine tables, the line items and the findings as one Excel workbook, with a 说明 sheet: row 1 of each sheet the Chinese column titles, ' +
        'row 2 the English names of the CSV headers; codes and table numbers text, amounts numbers shown with two decimals (the exact figures are in the CSVs), blanks empty.',
      format: 'xlsx',
      mediatype: XLSX_MEDIA_TYPE,
    },
    {
      file: described('validation-report.json'),
      name: 'validation-report',
      title: '校验报告 (validation report)',
      description:
        'The validation findings in the shape of a Frictionless report: valid, stats, and the findings as errors, warnings and infos.',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
    },
  ]
}

/** A model that does not parse is a bug upstream, told as one paragraph naming the field. */
function checkModel(schema: z.ZodType, value: unknown, what: string): void {
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new ReleaseRefused(
      `Cannot build the release: ${what} does not fit the model at ${issue.path.join('.') || '(root)'}: ${issue.message}.`,
    )
  }
}

/** The release checks its own tables against the schemas it declares before it is written. */
function selfCheck(tables: readonly TabularResource[]): void {
  const errors = checkTables(
    tables.map((t) => ({
      name: t.name,
      schema: t.schema,
      header: t.schema.fields.map((f) => f.name),
      records: csvRecords(t),
    })),
  )
  if (errors.length) {
    // A bug in gongkai, not in the report: still one paragraph, and nothing is written.
    throw new ReleaseRefused(
      `Cannot build the release: its tables do not match their own schemas (${errors.length} problems; first: ${errors.slice(0, 3).join('; ')}). This is a bug in gongkai; please report it with the report file.`,
    )
  }
}
