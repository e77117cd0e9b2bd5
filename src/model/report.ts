import { z } from 'zod'
import { Sha256Hex } from './dataset.ts'
import { Narrative } from './narrative.ts'
import { Performance } from './performance.ts'
import { Profile } from './profile.ts'
import { Projects } from './projects.ts'
import { Tables } from './tables.ts'

/** How the source bytes were decoded: the model is the same whatever the publisher sent. */
export const SourceInfo = z.strictObject({
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: Sha256Hex,
  encoding: z.enum(['utf-8', 'gb18030']),
  bom: z.boolean(),
  lineEnding: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  lines: z.number().int().nonnegative(),
  /**
   * Set when the report is a PDF: the text extraction the tables were read from (published
   * beside the PDF; every `line` is a line of it) and the page each run of its lines stands on.
   */
  pdf: z
    .strictObject({
      pages: z.number().int().positive(),
      extraction: z.string(),
      /** Consecutive lines on one page: lines `firstLine`…`lastLine` (1-based) of the extraction. */
      lineRanges: z.array(
        z.strictObject({
          page: z.number().int().positive(),
          firstLine: z.number().int().positive(),
          lastLine: z.number().int().positive(),
        }),
      ),
    })
    .optional(),
})
export type SourceInfo = z.infer<typeof SourceInfo>

/** 部门决算: the whole report, every figure as an exact decimal string tied to its source line. */
export const Report = z.strictObject({
  source: SourceInfo,
  /** 部门 as printed on the cover, e.g. 株洲市石峰区人民政府办公室. */
  department: z.string(),
  fiscalYear: z.number().int(),
  /** 第一部分 概况. */
  profile: Profile,
  /** 第二部分: 公开01表 … 09表. */
  tables: Tables,
  /** 第三部分 情况说明: every figure stated in the narrative. */
  narrative: Narrative,
  /** The project list (十四、重点项目 … 绩效评价报告). */
  projects: Projects,
  /** 第五部分 附件: the performance report and its self-evaluation tables. */
  performance: Performance,
  /**
   * Parts of the report that were not found, and so not read: their fields above are empty
   * because nothing was read, not because the report states nothing. Rules that need a part
   * not read are skipped.
   */
  unread: z.array(z.enum(['profile', 'narrative', 'performance'])),
})
export type Report = z.infer<typeof Report>
