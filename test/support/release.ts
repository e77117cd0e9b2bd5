import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Manifest } from '../../src/model/release.ts'
import type { ObjectStore } from '../../src/storage/types.ts'
import { datasetMetadata } from './dataset.ts'

/**
 * A small synthetic release, as the release builder lays one out: the files, dataset.json and a
 * manifest listing them (sorted by name) with their sizes and SHA-256. For publish tests only.
 */
export interface SyntheticRelease {
  id?: string
  version?: string
  released?: string
  /** Data files by name; dataset.json is added. */
  files?: Record<string, string | Uint8Array>
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const encode = (body: string | Uint8Array) =>
  typeof body === 'string' ? new TextEncoder().encode(body) : body

/** The source report of every synthetic release, as its dataset.json and manifest name it. */
const SOURCE = { file: 'report.txt', sha256: sha256(encode('report')) }

/** The release's files by name, manifest.json included. */
export function syntheticRelease(options: SyntheticRelease = {}): Record<string, Uint8Array> {
  const id = options.id ?? 'zhuzhou-shifeng-gov-office-2020'
  const version = options.version ?? '1.0.0'
  const data = options.files ?? {
    'table-01.csv': 'code,name,amount\n201,一般公共服务支出,1234.56\n',
    'table-01.json': '[{"code":"201","name":"一般公共服务支出","amount":"1234.56"}]\n',
    'binary.bin': new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7 + 3) & 0xff)),
  }
  const metadata = datasetMetadata(id, SOURCE)
  const files: Record<string, Uint8Array> = {
    'dataset.json': encode(`${JSON.stringify(metadata, null, 2)}\n`),
  }
  for (const [name, body] of Object.entries(data)) files[name] = encode(body)
  const manifest: Manifest = {
    dataset: { id, title: metadata.title },
    version,
    released: options.released ?? '2021-09-30',
    notes: { zh: `版本 ${version}`, en: `Version ${version}` },
    predecessor: null,
    source: { file: SOURCE.file, bytes: 6, sha256: SOURCE.sha256 },
    builder: { name: 'gongkai', version: '0.1.0' },
    files: Object.keys(files)
      .sort()
      .map((name) => ({
        name,
        bytes: files[name]!.length,
        sha256: sha256(files[name]!),
        mediaType: name.endsWith('.csv')
          ? 'text/csv; charset=utf-8'
          : name.endsWith('.json')
            ? 'application/json'
            : 'application/octet-stream',
      })),
  }
  return { ...files, 'manifest.json': encode(`${JSON.stringify(manifest, null, 2)}\n`) }
}

export async function writeRelease(
  dir: string,
  files: Record<string, Uint8Array>,
): Promise<string> {
  await mkdir(dir, { recursive: true })
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes)
  return dir
}

/**
 * What is wrong with a release as stored: 'not visible' when its manifest is absent, else one line
 * per missing or wrong file (empty when whole). Hashes what it reads; trusts no metadata.
 */
export async function storedReleaseProblems(
  store: ObjectStore,
  id: string,
  version: string,
): Promise<string[] | 'not visible'> {
  const read = async (key: string) => {
    const object = await store.get(key)
    return object ? new Uint8Array(await new Response(object.body).arrayBuffer()) : null
  }
  const manifestBytes = await read(`datasets/${id}/${version}/manifest.json`)
  if (!manifestBytes) return 'not visible'
  const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Manifest
  const problems: string[] = []
  for (const file of manifest.files) {
    const bytes = await read(`datasets/${id}/${version}/${file.name}`)
    if (!bytes) problems.push(`${file.name}: missing`)
    else if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256)
      problems.push(`${file.name}: wrong bytes`)
  }
  return problems
}
