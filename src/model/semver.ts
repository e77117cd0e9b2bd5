/**
 * The one definition of a release version, shared by the changelog, publishing and the API's
 * routes: MAJOR.MINOR.PATCH, each a decimal without leading zeros and at most
 * Number.MAX_SAFE_INTEGER (so that any tool reading the JSON as numbers reads them exactly).
 * Versions compare as SemVer numbers, digit for digit: never through Number(), never as text.
 * Plain TypeScript, no zod: the Worker imports it.
 */
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
const MAX_COMPONENT = String(Number.MAX_SAFE_INTEGER)
/** Three components of at most 16 digits and two dots. */
export const SEMVER_MAX_LENGTH = 3 * MAX_COMPONENT.length + 2

const NAMES = ['major', 'minor', 'patch'] as const

/** Non-negative decimals without leading zeros, compared exactly: by length, then digit by digit. */
function compareDigits(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0
}

/** Why `value` is not a version, as the end of a sentence; null when it is one. */
export function semVerProblem(value: string): string | null {
  const m = SEMVER_PATTERN.exec(value)
  if (!m)
    return 'a version is MAJOR.MINOR.PATCH, three whole numbers without leading zeros, e.g. "1.0.0"'
  for (const [i, name] of NAMES.entries()) {
    const part = m[i + 1]!
    if (compareDigits(part, MAX_COMPONENT) > 0)
      return `its ${name} number ${part.length > 24 ? `${part.slice(0, 24)}…` : part} is beyond ${MAX_COMPONENT} (Number.MAX_SAFE_INTEGER), the most a version number may be; number releases 1.0.0, 1.1.0, 2.0.0 …`
  }
  return null
}

export const isSemVer = (value: string): boolean =>
  value.length <= SEMVER_MAX_LENGTH && semVerProblem(value) === null

/** Ascending SemVer order of two versions (isSemVer holds of both): 1.9.0 < 1.10.0 < 2.0.0. */
export function compareSemVer(a: string, b: string): number {
  const [x, y] = [a.split('.'), b.split('.')]
  for (let i = 0; i < 3; i++) {
    const c = compareDigits(x[i] ?? '', y[i] ?? '')
    if (c !== 0) return c
  }
  return 0
}

/** Newest first, as changelogs and indexes list versions. */
export const newestFirst = (a: string, b: string): number => compareSemVer(b, a)
