// Regenerates src/http/openapi-document.ts from openapi.yaml, so the Worker and Node serve the
// document without parsing YAML at runtime:  npm exec -- node scripts/openapi-module.ts
// test/http/openapi-document.test.ts fails while the two differ.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse } from 'yaml'

export const OPENAPI_PATH = fileURLToPath(new URL('../openapi.yaml', import.meta.url))
export const MODULE_PATH = fileURLToPath(
  new URL('../src/http/openapi-document.ts', import.meta.url),
)

export function renderOpenapiModule(yamlText: string): string {
  const json = JSON.stringify(parse(yamlText))
  return [
    '// Generated from openapi.yaml by scripts/openapi-module.ts: edit the YAML, then rerun the script.',
    `export const OPENAPI_YAML = ${JSON.stringify(yamlText)}`,
    `export const OPENAPI_JSON = ${JSON.stringify(json)}`,
    '',
  ].join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(MODULE_PATH, renderOpenapiModule(readFileSync(OPENAPI_PATH, 'utf8')))
  console.log(`wrote ${MODULE_PATH}`)
}
