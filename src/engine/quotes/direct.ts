/**
 * Which marked spans are quotes, and of which kind: a whole sentence in
 * marks is `direct`, a fragment in the reporter's sentence is `partial`.
 * Titles, coined terms, glosses and scare words in marks are not quotes.
 */
import type { QuoteKind } from '../types.ts'
import { NAMING_WORDS } from './lexicon.ts'
import type { MarkedSpan } from './marks.ts'

const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or', 'from'])
const LETTER = /\p{L}/u
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu
const MAX_SCARE_WORDS = 3
const MAX_TITLE_WORDS = 6

/**
 * Whether the marked span reports someone's words.
 *
 * @param speechNearby a speech verb or a colon introduces something in the same sentence
 */
export function isQuotation(text: string, span: MarkedSpan, speechNearby: boolean): boolean {
  const inner = text.slice(span.start, span.end)
  if (!LETTER.test(inner)) return false
  if (span.unclosed) return true
  const before = text.slice(Math.max(0, span.open - 40), span.open)
  if (afterNamingWord(before)) return false
  if (/\($/.test(before) && text[span.close + 1] === ')') return false
  if (/^\P{L}*\p{Lu}/u.test(inner) && /[.!?…]$/.test(inner)) return true
  const words = inner.match(WORDS) ?? []
  const introduced = /[,:]\s*$/.test(before) || /[.!?,]$/.test(inner)
  if (!introduced && words.length <= MAX_TITLE_WORDS && isTitleCase(words)) return false
  if (words.length === 1 && /\b(?:the|a|an)\s*$/i.test(before)) return false
  return words.length > MAX_SCARE_WORDS || speechNearby
}

/** `direct` when the quote opens like a sentence, else `partial`. */
export function quoteKind(text: string, span: MarkedSpan): QuoteKind {
  const inner = text.slice(span.start, span.end)
  const letter = inner.match(/\p{L}/u)?.[0] ?? ''
  return letter !== '' && letter === letter.toUpperCase() ? 'direct' : 'partial'
}

function afterNamingWord(before: string): boolean {
  const words = before.toLowerCase().match(/[a-z-]+/g) ?? []
  const last = words[words.length - 1] ?? ''
  const pair = words.slice(-2).join(' ')
  return /\s$|^$/.test(before.slice(-1)) && (NAMING_WORDS.has(last) || pair === 'known as' || pair === 'referred to as' || pair === 'to as')
}

function isTitleCase(words: readonly string[]): boolean {
  const content = words.filter((word) => !SMALL_WORDS.has(word))
  return content.length > 0 && content.every((word) => /^[\p{Lu}\p{N}]/u.test(word))
}
