/**
 * The splitter's punctuation sets (`rules.ts`) as one table of bit flags per
 * UTF-16 code unit, so that a test costs one load and never slices a
 * one-character string.
 */
import { bullets, closers, closingQuotes, continuations, lineBullets, openers, terminals } from './rules.ts'

/** `terminals`: a flag for `hasClass`, like the six below, one per set. */
export const TERMINAL = 1
/** `closers`. */
export const CLOSER = 2
/** `closingQuotes`. */
export const CLOSING_QUOTE = 4
/** `openers`. */
export const OPENER = 8
/** `continuations`. */
export const CONTINUATION = 16
/** `bullets`. */
export const BULLET = 32
/** `lineBullets`. */
export const LINE_BULLET = 64

const table = new Uint8Array(0x10000)
const sets: ReadonlyArray<readonly [ReadonlySet<string>, number]> = [
  [terminals, TERMINAL], [closers, CLOSER], [closingQuotes, CLOSING_QUOTE], [openers, OPENER],
  [continuations, CONTINUATION], [bullets, BULLET], [lineBullets, LINE_BULLET]
]
for (const [chars, flag] of sets) {
  for (const char of chars) {
    if (char.length !== 1) throw new Error(`not one code unit: ${char}`)
    table[char.charCodeAt(0)]! |= flag
  }
}

/** Whether the code unit at `index` of `text` is in the set of `flag` (never past either end). */
export function hasClass(text: string, index: number, flag: number): boolean {
  return index >= 0 && index < text.length && (table[text.charCodeAt(index)]! & flag) !== 0
}
