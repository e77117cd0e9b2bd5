import { z } from 'zod'
import { Bilingual, DatasetId, DatasetMetadata, IsoDate, SemVer, Sha256Hex } from './dataset.ts'

export const ReleaseFileName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/i)
  .max(200)

export const ManifestFile = z.strictObject({
  name: ReleaseFileName,
  bytes: z.number().int().nonnegative(),
  sha256: Sha256Hex,
  mediaType: z.string().min(1),
})
export type ManifestFile = z.infer<typeof ManifestFile>

export const Manifest = z.strictObject({
  dataset: z.strictObject({ id: DatasetId, title: Bilingual }),
  version: SemVer,
  released: IsoDate,
  notes: Bilingual,
  predecessor: SemVer.nullable(),
  source: z.strictObject({
    file: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256: Sha256Hex,
  }),
  builder: z.strictObject({ name: z.literal('gongkai'), version: z.string() }),
  /** Every file of the release but the manifest itself (SHA256SUMS included), sorted by name. */
  files: z.array(ManifestFile),
})
export type Manifest = z.infer<typeof Manifest>

export const VersionEntry = z.strictObject({
  version: SemVer,
  released: IsoDate,
  notes: Bilingual,
  manifestSha256: Sha256Hex,
})
export type VersionEntry = z.infer<typeof VersionEntry>

export const DatasetIndex = z.strictObject({
  metadata: DatasetMetadata,
  latestVersion: SemVer,
  /** Newest first. */
  versions: z.array(VersionEntry).min(1),
})
export type DatasetIndex = z.infer<typeof DatasetIndex>

export const CatalogEntry = z.strictObject({
  id: DatasetId,
  title: Bilingual,
  latestVersion: SemVer,
  released: IsoDate,
})
export const CatalogIndex = z.strictObject({
  /** Sorted by id. */
  datasets: z.array(CatalogEntry),
})
export type CatalogIndex = z.infer<typeof CatalogIndex>
