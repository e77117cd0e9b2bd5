import type { FindingType } from '../model/finding-types.ts'
import type { Finding } from '../model/finding.ts'
import type { Report } from '../model/report.ts'

/**
 * One unit of validation: reads the report, returns findings, never throws. `ids` lists the
 * finding `rule` ids it can emit (stable, kebab-case), so the catalogue of checks is data.
 */
export interface Rule {
  readonly ids: readonly FindingType[]
  check(report: Report): Finding[]
}
