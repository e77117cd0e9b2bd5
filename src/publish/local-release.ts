import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { DatasetMetadata } from '../model/dataset.ts'
import { Manifest } from '../model/release.ts'
import { DATASET_FILE, MANIFEST_FILE } from '../model/layout.ts'
import { sha256Hex } from '../model/digest.ts'
import { PublishError } from './error.ts'

/** A built release: its folder, or its files by name (manifest.json included). */
export type ReleaseInput = string | Record<string, Uint8Array | string>

/** A release whose every file has been checked against its manifest. */
export interface LocalRelease {
  manifest: Manifest
  /** The manifest's own bytes, as built: uploaded unchanged. */
  manifestBytes: Uint8Array
  manifestSha256: string
  metadata: DatasetMetadata
  /** Every file the manifest lists, in manifest order. */
  files: Array<{ name: string; bytes: Uint8Array; sha256: string; mediaType: string }>
}

/** Reads a release and checks every byte before anything is uploaded. */
export async function readRelease(input: ReleaseInput): Promise<LocalRelease> {
  const where = typeof input === 'string' ? input : 'the release'
  const read = typeof input === 'string' ? fromFolder(input) : fromFiles(input)

  const manifestBytes = await read(MANIFEST_FILE)
  const manifest = parseJson(manifestBytes, Manifest, `${where}/${MANIFEST_FILE}`)

  const files: LocalRelease['files'] = []
  const names = new Set<string>()
  for (const entry of manifest.files) {
    if (entry.name === MANIFEST_FILE || names.has(entry.name)) {
      throw new PublishError(
        `${where}/${MANIFEST_FILE} lists ${entry.name} twice or lists itself. Build the release again.`,
      )
    }
    names.add(entry.name)
    const bytes = await read(entry.name)
    const sha256 = await sha256Hex(bytes)
    if (bytes.length !== entry.bytes || sha256 !== entry.sha256) {
      throw new PublishError(
        `${where}/${entry.name} does not match its manifest: the manifest says ${entry.bytes} bytes ` +
          `with SHA-256 ${entry.sha256}, the file has ${bytes.length} bytes with SHA-256 ${sha256}. ` +
          'The release was changed or damaged after it was built; build it again. Nothing was uploaded.',
      )
    }
    files.push({ name: entry.name, bytes, sha256, mediaType: entry.mediaType })
  }

  const datasetFile = files.find((f) => f.name === DATASET_FILE)
  if (!datasetFile) {
    throw new PublishError(
      `${where}/${MANIFEST_FILE} does not list ${DATASET_FILE}: a release carries its dataset's ` +
        'metadata, which publishing writes into the dataset index. Build the release again.',
    )
  }
  const metadata = parseJson(datasetFile.bytes, DatasetMetadata, `${where}/${DATASET_FILE}`)
  if (metadata.id !== manifest.dataset.id) {
    throw new PublishError(
      `${where}/${DATASET_FILE} is for dataset "${metadata.id}" but ${MANIFEST_FILE} is for ` +
        `"${manifest.dataset.id}": a release holds one dataset. Build the release again.`,
    )
  }
  return {
    manifest,
    manifestBytes,
    manifestSha256: await sha256Hex(manifestBytes),
    metadata,
    files,
  }
}

function fromFolder(dir: string) {
  return async (name: string): Promise<Uint8Array> => {
    try {
      return new Uint8Array(await readFile(join(dir, name)))
    } catch (error) {
      const code = (error as { code?: string }).code
      throw new PublishError(
        code === 'ENOENT'
          ? `${join(dir, name)} is missing: a release folder holds ${MANIFEST_FILE} and every file it lists.`
          : `${join(dir, name)} cannot be read (${code ?? String(error)}).`,
      )
    }
  }
}

function fromFiles(files: Record<string, Uint8Array | string>) {
  return async (name: string): Promise<Uint8Array> => {
    const body = Object.hasOwn(files, name) ? files[name] : undefined
    if (body === undefined) {
      throw new PublishError(
        `the release has no ${name}: it must hold ${MANIFEST_FILE} and every file it lists.`,
      )
    }
    return typeof body === 'string' ? new TextEncoder().encode(body) : body
  }
}

export function parseJson<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
  where: string,
): z.infer<S> {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes))
  } catch (error) {
    throw new PublishError(`${where} is not valid UTF-8 JSON (${(error as Error).message}).`)
  }
  const result = schema.safeParse(value)
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
      .join('; ')
    throw new PublishError(`${where} is not what gongkai expects: ${issues}.`)
  }
  return result.data
}
