import { z } from 'zod'

/**
 * 支出功能分类科目编码: 类 3 digits, 款 5, 项 7 (e.g. 201 / 20103 / 2010301).
 * 部门预算支出经济分类科目编码: 类 3 digits, 款 5 (e.g. 301 / 30101).
 */
export const ClassificationScheme = z.enum(['function', 'economic'])
export type ClassificationScheme = z.infer<typeof ClassificationScheme>

export const FunctionClassCode = z.string().regex(/^\d{3}(\d{2}){0,2}$/)
export type FunctionClassCode = z.infer<typeof FunctionClassCode>

export const EconomicClassCode = z.string().regex(/^\d{3}(\d{2})?$/)
export type EconomicClassCode = z.infer<typeof EconomicClassCode>

/** 类 = class, 款 = section, 项 = item. */
export const CodeLevel = z.enum(['class', 'section', 'item'])
export type CodeLevel = z.infer<typeof CodeLevel>

const LEVEL_BY_LENGTH: Record<number, CodeLevel> = { 3: 'class', 5: 'section', 7: 'item' }

/** The level of a well-formed code, from its length; null for a malformed one. */
export function codeLevel(code: string): CodeLevel | null {
  return /^\d+$/.test(code) ? (LEVEL_BY_LENGTH[code.length] ?? null) : null
}

/** The parent of a code (款 → 类, 项 → 款); null for a 类. */
export function parentCode(code: string): string | null {
  return code.length > 3 ? code.slice(0, code.length - 2) : null
}
