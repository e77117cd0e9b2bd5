import type { DatasetMetadata } from '../model/dataset.ts'
import type { Field, TabularResource } from './table-schema.ts'

/**
 * `csv-metadata.json`: the CSVs described in the W3C Metadata Vocabulary for Tabular Data
 * (CSVW, https://www.w3.org/TR/tabular-metadata/), for tools that read CSVW rather than Data
 * Packages. Column titles are the header names, so a CSVW validator matches them to the files.
 */
export function csvwMetadata(
  metadata: DatasetMetadata,
  version: string,
  tables: { resource: TabularResource; path: string }[],
): Record<string, unknown> {
  const pathOf = new Map(tables.map((t) => [t.resource.name, t.path]))
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    'dc:title': `${metadata.title.zh} | ${metadata.title.en}`,
    'dc:publisher': `${metadata.publisher.name.zh} | ${metadata.publisher.name.en}`,
    ...(metadata.license.status === 'stated' && { 'dc:license': { '@id': metadata.license.url } }),
    'schema:version': version,
    dialect: {
      encoding: 'utf-8',
      header: true,
      delimiter: ',',
      quoteChar: '"',
      doubleQuote: true,
      lineTerminators: ['\r\n'],
    },
    tables: tables.map(({ resource, path }) => ({
      url: path,
      'dc:title': resource.title,
      'dc:description': resource.description,
      tableSchema: {
        columns: resource.schema.fields.map(column),
        ...(resource.schema.primaryKey && { primaryKey: resource.schema.primaryKey }),
        ...(resource.schema.foreignKeys && {
          foreignKeys: resource.schema.foreignKeys.map((fk) => ({
            columnReference: fk.fields,
            reference: {
              resource: pathOf.get(fk.reference.resource) ?? fk.reference.resource,
              columnReference: fk.reference.fields,
            },
          })),
        }),
      },
    })),
  }
}

const DATATYPE: Record<Field['type'], string> = {
  string: 'string',
  integer: 'integer',
  number: 'decimal',
  boolean: 'boolean',
}

function column(f: Field): Record<string, unknown> {
  const min = f.constraints?.minimum
  return {
    name: f.name,
    titles: f.name,
    ...(f.title && { 'dc:title': f.title }),
    ...(f.description && { 'dc:description': f.description }),
    datatype: min !== undefined ? { base: DATATYPE[f.type], minimum: min } : DATATYPE[f.type],
    ...(f.constraints?.required && { required: true }),
  }
}
