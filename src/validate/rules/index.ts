// The registry of rules, one export per part of the report. validate/index.ts concatenates them.
export { narrativeRules } from './narrative.ts'
export { projectRules } from './projects.ts'
export { tableRules } from './tables/index.ts'
// TODO(lead): export performanceRules once src/validate/rules/performance*.ts exports it, e.g.
//   export { performanceRules } from './performance.ts'
