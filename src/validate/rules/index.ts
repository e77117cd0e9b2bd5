// The registry of rules, one export per part of the report. validate/index.ts concatenates them.
export { narrativeRules } from './narrative.ts'
export { projectRules } from './projects.ts'
export { tableRules } from './tables/index.ts'
export { performanceRules } from './performance.ts'
export { profileRules } from './profile.ts'
