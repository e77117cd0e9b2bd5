import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const SEED_DIR = fileURLToPath(
  new URL('../../data/zhuzhou-shifeng-gov-office-2020/', import.meta.url),
)
export const SEED_FILE = `${SEED_DIR}000_66555173f63991a7.txt`
export const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(SEED_FILE))
export const seedText = (): string => readFileSync(SEED_FILE, 'utf8')
