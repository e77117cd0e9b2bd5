// ESLint on src, test, scripts and bin: recommended and type-aware typescript-eslint rules.
// Prettier owns formatting, so eslint-config-prettier comes last.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  globalIgnores([
    'node_modules/',
    '.wrangler/',
    'dist/',
    'out/',
    'worker-configuration.d.ts',
    // Generated: by scripts/openapi-module.ts, and from the reference TSV.
    'src/http/openapi-document.ts',
    'src/reference/classification-2020.tsv.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `{ omitted: _, ...rest }` drops a key; `_` holds a place in a callback's parameters.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Async implementations of Promise interfaces (the memory store, test doubles) need no
      // await, and dropping `async` would turn their rejections into synchronous throws.
      '@typescript-eslint/require-await': 'off',
    },
  },
  // Plain JavaScript (bin/, this file) is outside tsconfig.json, so no type information.
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  prettier,
)
