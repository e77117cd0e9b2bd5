import { expect } from 'vitest'

/** A stack frame as V8 prints one: "at fn (file.ts:12:5)" or "at file:///x.js:3:9". */
export const STACK_FRAME = /\bat\s.*:\d+:\d+|\.(ts|js|mjs):\d+/

/** One paragraph a publisher can act on: a single line of text, no stack frames, not empty. */
export function expectOneParagraph(message: string, at: string): void {
  expect(message, at).not.toMatch(/\n/)
  expect(message, at).not.toMatch(STACK_FRAME)
  expect(message.length, `${at}: ${message}`).toBeGreaterThan(40)
}
