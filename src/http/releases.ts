import type { CatalogIndex, DatasetIndex, Manifest } from '../model/release.ts'
import type { ObjectStore } from '../storage/types.ts'
import { sha256Hex } from '../model/digest.ts'
import { CATALOG_KEY, MANIFEST_FILE, datasetIndexKey, releaseFileKey } from '../model/layout.ts'
import { notFound } from './problem.ts'
import type { Urls } from './urls.ts'

/**
 * The few small objects a request reads before it streams bytes: the catalog, a dataset's
 * index, a release's manifest. Nothing here lists the bucket. The publisher validated them
 * before writing; a document that no longer parses is a server fault (500), not a client's.
 */
const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024

export async function readDocument(
  store: ObjectStore,
  key: string,
): Promise<{ value: unknown; bytes: Uint8Array } | null> {
  const object = await store.get(key)
  if (!object) return null
  if (object.size > MAX_DOCUMENT_BYTES) {
    await object.body.cancel()
    throw new Error(`storage object ${key} is ${object.size} bytes, more than a document may be`)
  }
  const bytes = new Uint8Array(await new Response(object.body).arrayBuffer())
  try {
    return { value: JSON.parse(new TextDecoder().decode(bytes)), bytes }
  } catch {
    throw new Error(`storage object ${key} is not JSON`)
  }
}

/** The catalog; an empty one before anything is published. */
export async function readCatalog(store: ObjectStore): Promise<CatalogIndex> {
  const document = await readDocument(store, CATALOG_KEY)
  return (document?.value as CatalogIndex | undefined) ?? { datasets: [] }
}

export async function readDatasetIndex(
  store: ObjectStore,
  id: string,
  urls: Urls,
): Promise<DatasetIndex> {
  const document = await readDocument(store, datasetIndexKey(id))
  if (!document)
    throw notFound(`There is no dataset "${id}". Every dataset is listed at ${urls.catalog()}.`)
  return document.value as DatasetIndex
}

export interface Release {
  manifest: Manifest
  /** The manifest's own bytes: it is a file of the release too, hashed only when asked for. */
  manifestBody: Uint8Array
}

export async function readRelease(
  store: ObjectStore,
  id: string,
  version: string,
  urls: Urls,
): Promise<Release> {
  const document = await readDocument(store, releaseFileKey(id, version, MANIFEST_FILE))
  if (!document) {
    // Only on this error path: say whether the dataset or the version is unknown.
    const index = await readDatasetIndex(store, id, urls)
    const versions = index.versions.map((v) => v.version).join(', ')
    throw notFound(
      `The dataset "${id}" has no version "${version}"; its versions are ${versions} (see ${urls.dataset(id)}).`,
    )
  }
  return { manifest: document.value as Manifest, manifestBody: document.bytes }
}

/** manifest.json as a file of its release: the manifest cannot list its own hash. */
export async function manifestFile(release: Release): Promise<Manifest['files'][number]> {
  return {
    name: MANIFEST_FILE,
    bytes: release.manifestBody.byteLength,
    sha256: await sha256Hex(release.manifestBody),
    mediaType: 'application/json',
  }
}

/** A file of the release as its manifest describes it; the manifest describes itself. */
export async function releaseFile(
  release: Release,
  name: string,
  urls: Urls,
): Promise<Manifest['files'][number]> {
  if (name === MANIFEST_FILE) return manifestFile(release)
  const file = release.manifest.files.find((f) => f.name === name)
  if (!file) {
    const { dataset, version } = release.manifest
    throw notFound(
      `The release ${dataset.id} ${version} has no file "${name}"; its files are listed at ${urls.version(dataset.id, version)}.`,
    )
  }
  return file
}
