/**
 * What lies between two adjacent tokens: only spaces (one phrase), or the
 * marks that break a clause. Read once per token by `readNarration`, since
 * the mention and cue rules ask it of the same pairs many times over.
 */
import { HONORIFIC } from './word-kinds.ts'
import { isPossessiveMark } from './words.ts'

/** A comma lies between the tokens (inside a quote too). */
export const COMMA = 1
/** A semicolon lies between the tokens, before any quotation mark. */
export const SEMICOLON = 2
/** A quotation mark lies between the tokens. */
export const QUOTED = 4

/** What the gap rules read of the token before a gap. */
interface Left {
  end: number
  cap: boolean
  possessive: boolean
  kinds: number
}

/** Whether a comma lies in `text[from, to)`, for ranges asked in text order. */
export type CommaFinder = (from: number, to: number) => boolean

/**
 * The text between `left` and offset `to` is only spaces, after an
 * honorific's full stop ("Dr. Rao") or a possessive ending: one phrase.
 */
export function isJoinedGap(text: string, left: Left, to: number): boolean {
  let at = left.end
  if (left.possessive) while (at < to && isPossessiveMark(text.charCodeAt(at))) at++
  if (text.charCodeAt(at) === 0x2e && left.cap && (left.kinds & HONORIFIC) !== 0) at++
  for (; at < to; at++) if (text.charCodeAt(at) !== 0x20) return false
  return true
}

/**
 * The marks in `text[from, to)` that matter to clause breaks, as `COMMA |
 * SEMICOLON | QUOTED` bits. Past a quotation mark only a comma still matters
 * (a gap holding a quote breaks no clause), which `hasComma` tells without
 * reading the quote character by character.
 */
export function gapMarks(text: string, from: number, to: number, hasComma: CommaFinder): number {
  let marks = 0
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x20) continue
    if (code === 0x2c) marks |= COMMA
    else if (code === 0x3b) marks |= SEMICOLON
    else if (isQuoteMark(code)) return marks | QUOTED | (hasComma(at, to) ? COMMA : 0)
  }
  return marks
}

/**
 * Whether a comma lies in `text[from, to)`, for ranges asked in text order
 * (`from` never goes back): each search starts where the comma last found
 * was passed, so a whole article costs one pass.
 */
export function commaFinder(text: string): CommaFinder {
  let next = text.indexOf(',')
  return (from, to) => {
    if (next >= 0 && next < from) next = text.indexOf(',', from)
    return next >= 0 && next < to
  }
}

/** `"'“”‘’«»` (this runs on every character between tokens, quotes included). */
function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0xab || code === 0xbb
}
