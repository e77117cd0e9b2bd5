import { z } from 'zod'
import { NarrativeFigure } from '../src/model/narrative.ts'
import { SelfEvaluation, FundingRow } from '../src/model/performance.ts'
import { Project } from '../src/model/projects.ts'
console.log(JSON.stringify(z.toJSONSchema(NarrativeFigure), null, 1))
console.log(JSON.stringify(z.toJSONSchema(SelfEvaluation)).slice(0, 3000))
console.log(JSON.stringify(z.toJSONSchema(Project)))
console.log(Object.keys(SelfEvaluation.shape), SelfEvaluation.shape.total.def.type, (SelfEvaluation.shape.funding as any).def.type)
