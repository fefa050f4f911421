/**
 * Which marked spans are quotes, and of which kind: a whole sentence in
 * marks is `direct`, a fragment in the reporter's sentence is `partial`.
 * Titles, coined terms, glosses and scare words in marks are not quotes.
 */
import type { QuoteKind } from '../types.ts'
import { NAMING_WORDS } from './lexicon.ts'
import type { MarkedSpan } from './marks.ts'
import { isAsciiAlnum } from './words.ts'

const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or', 'from'])
const LETTER = /\p{L}/u
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu
const MAX_SCARE_WORDS = 3
const MAX_TITLE_WORDS = 6

/**
 * Whether the marked span reports someone's words.
 *
 * @param speechNearby whether a speech verb or a colon introduces something
 *   in the same sentence (asked only when the span itself does not tell)
 */
export function isQuotation(text: string, span: MarkedSpan, speechNearby: () => boolean): boolean {
  const inner = text.slice(span.start, span.end)
  if (!LETTER.test(inner)) return false
  if (span.unclosed) return true
  const before = text.slice(Math.max(0, span.open - 40), span.open)
  if (afterNamingWord(before)) return false
  if (/\($/.test(before) && text[span.close + 1] === ')') return false
  if (/^\P{L}*\p{Lu}/u.test(inner) && /[.!?…]$/.test(inner)) return true
  const words = firstWords(inner)
  const introduced = /[,:]\s*$/.test(before) || /[.!?,]$/.test(inner)
  if (!introduced && words.length <= MAX_TITLE_WORDS && isTitleCase(words)) return false
  if (words.length === 1 && /\b(?:the|a|an)\s*$/i.test(before)) return false
  return words.length > MAX_SCARE_WORDS || speechNearby()
}

/**
 * The `WORDS` of `inner`, only as many as the tests above look at (one more
 * than a title has). ASCII text is read by character code; the pattern
 * takes over from the start at the first other character.
 */
function firstWords(inner: string): string[] {
  const words: string[] = []
  let at = 0
  while (words.length <= MAX_TITLE_WORDS && at < inner.length) {
    const code = inner.charCodeAt(at)
    if (code >= 0x80) return patternWords(inner)
    if (!isAsciiAlnum(code)) {
      at++
      continue
    }
    let end = at + 1
    for (; end < inner.length; end++) {
      const next = inner.charCodeAt(end)
      if (isAsciiAlnum(next) || next === 0x27 || next === 0x2d || next === 0x2019) continue
      if (next >= 0x80) return patternWords(inner)
      break
    }
    words.push(inner.slice(at, end))
    at = end
  }
  return words
}

function patternWords(inner: string): string[] {
  const words: string[] = []
  WORDS.lastIndex = 0
  while (words.length <= MAX_TITLE_WORDS) {
    const match = WORDS.exec(inner)
    if (!match) break
    words.push(match[0])
  }
  return words
}

/** `direct` when the quote opens like a sentence, else `partial`. */
export function quoteKind(text: string, span: MarkedSpan): QuoteKind {
  const inner = text.slice(span.start, span.end)
  const letter = inner.match(/\p{L}/u)?.[0] ?? ''
  return letter !== '' && letter === letter.toUpperCase() ? 'direct' : 'partial'
}

/** The text before a mark ends with a space after a naming word ("so-called", "known as"). */
function afterNamingWord(before: string): boolean {
  if (before === '' || !/\s/.test(before[before.length - 1]!)) return false
  const lower = before.toLowerCase()
  const lastEnd = wordBefore(lower, lower.length, false)
  const lastStart = wordBefore(lower, lastEnd, true)
  const last = lower.slice(lastStart, lastEnd)
  const previousEnd = wordBefore(lower, lastStart, false)
  const pair = previousEnd > 0 ? `${lower.slice(wordBefore(lower, previousEnd, true), previousEnd)} ${last}` : last
  return NAMING_WORDS.has(last) || pair === 'known as' || pair === 'referred to as' || pair === 'to as'
}

/** Going back from `end`: where the run of `[a-z-]` characters (`inWord`) or of other characters stops. */
function wordBefore(lower: string, end: number, inWord: boolean): number {
  let at = end
  while (at > 0 && isWordChar(lower.charCodeAt(at - 1)) === inWord) at--
  return at
}

function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code === 0x2d
}

function isTitleCase(words: readonly string[]): boolean {
  const content = words.filter((word) => !SMALL_WORDS.has(word))
  return content.length > 0 && content.every((word) => /^[\p{Lu}\p{N}]/u.test(word))
}
