/**
 * How a release lies in object storage, the contract between `release/`, `publish/` and `http/`.
 * Plain constants, no zod, so the Worker can import them and stay small.
 *
 *   datasets/{id}/{version}/{file}        release files, immutable
 *   datasets/{id}/{version}/manifest.json written last: its presence makes the release visible
 *   datasets/{id}/index.json              the dataset and its versions (updated with If-Match)
 *   catalog.json                          every dataset (updated with If-Match)
 */
export const MANIFEST_FILE = 'manifest.json'
/** `sha256sum -c` format; listed in the manifest; covers every file but itself and the manifest. */
export const CHECKSUMS_FILE = 'SHA256SUMS'
export const DATASET_FILE = 'dataset.json'
export const REPORT_FILE = 'report.json'
export const DATAPACKAGE_FILE = 'datapackage.json'
export const CATALOG_KEY = 'catalog.json'
const releasePrefix = (id: string, version: string) => `datasets/${id}/${version}/`
export const releaseFileKey = (id: string, version: string, file: string) =>
  `${releasePrefix(id, version)}${file}`
export const datasetIndexKey = (id: string) => `datasets/${id}/index.json`
