/**
 * The bucket layout of src/model/release.ts, restated without zod so the Worker bundle stays
 * small (importing the model pulls in all of zod). test/http/layout.test.ts keeps them equal.
 */
export const MANIFEST_FILE = 'manifest.json'
export const CATALOG_KEY = 'catalog.json'
export const REPORT_FILE = 'report.json'
export const DATAPACKAGE_FILE = 'datapackage.json'
export const releaseFileKey = (id: string, version: string, file: string) => `datasets/${id}/${version}/${file}`
export const datasetIndexKey = (id: string) => `datasets/${id}/index.json`

/** 公开01表 … 09表 and their URL names, as in TABLES of src/model/tables.ts. */
export const TABLE_SLUGS = {
  '01': 'income-expenditure-summary',
  '02': 'revenue',
  '03': 'expenditure',
  '04': 'fiscal-appropriation-summary',
  '05': 'general-budget-expenditure',
  '06': 'general-budget-basic-expenditure',
  '07': 'three-public-consumptions',
  '08': 'government-fund',
  '09': 'state-capital',
} as const
export type TableNumber = keyof typeof TABLE_SLUGS
