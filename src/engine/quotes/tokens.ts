/**
 * The reporter's own words: the text outside quotation marks, cut into word
 * tokens and sentences. Quoted spans are opaque blobs here, so a full stop
 * inside a quote never ends the reporter's sentence.
 */
import type { Span } from '../types.ts'
import { commaFinder, gapMarks, isJoinedGap } from './gaps.ts'
import { ABBREVIATIONS } from './lexicon.ts'
import { isUncapitalised, markUncapitalised, nextArticle, wordAt } from './known-words.ts'
import { isAsciiAlnum, isLetterOrDot, isSpace, type Word } from './words.ts'

/** A word of the reporter's text, with its offsets. */
export interface Token extends Word {
  start: number
  end: number
  /** The word lists holding `lower`, as `word-kinds.ts` bits. */
  kinds: number
  /** Only spaces since the previous token (`isJoinedGap`): the two belong to one phrase. False for the first token. */
  joined: boolean
  /** The clause marks since the previous token, as `gaps.ts` bits. */
  gap: number
}

/** A sentence of the reporter's text, with the tokens it holds. */
export interface Sentence extends Span {
  /** Index of its first token; with `last`, the tokens `[first, last)`. */
  first: number
  /** Index of the first token after it. */
  last: number
}

/** The reporter's text of a whole article. */
export interface Narration {
  text: string
  tokens: Token[]
  /** Sentences of the reporter's text (quotes masked), in text order. */
  sentences: Sentence[]
  /** Offsets where paragraphs start, ascending; read on the first `paragraphOf`. */
  paragraphs: number[] | undefined
  /** The article's stamp in `known-words.ts`, which tells the words it writes without a capital (see `writesUncapitalised`). */
  stamp: number
}

const MASK = '\u0001'
const MASK_CODE = MASK.charCodeAt(0)

/** Cut `text` into narration tokens and sentences; `blobs` (the quoted spans, in text order) are skipped and masked. */
export function readNarration(text: string, blobs: readonly Span[]): Narration {
  const masked = mask(text, blobs)
  const tokens: Token[] = []
  const stamp = nextArticle()
  const hasComma = commaFinder(text)
  let prev: Token | undefined
  let at = 0
  let blob = 0
  let limit = blobs[0]?.start ?? text.length
  while (at < text.length) {
    if (at >= limit) {
      at = Math.max(at, blobs[blob]!.end)
      limit = blobs[++blob]?.start ?? text.length
      continue
    }
    const code = text.charCodeAt(at)
    if (code < 0x80 && !isAsciiAlnum(code)) {
      at++
      continue
    }
    const known = wordAt(text, at, limit)
    if (!known) {
      at++
      continue
    }
    const end = at + known.raw.length
    const word = known.word
    if (word) {
      if (!word.cap) markUncapitalised(known, stamp)
      const { lower, cap, possessive } = word
      const token: Token = { start: at, end: at + word.word.length, word: word.word, lower, cap, possessive, kinds: known.kinds, joined: prev !== undefined, gap: 0 }
      // One space after the previous token, the usual gap, is joined and holds no marks.
      if (prev !== undefined && !(at === prev.end + 1 && text.charCodeAt(prev.end) === 0x20)) {
        token.joined = isJoinedGap(text, prev, at)
        token.gap = gapMarks(text, prev.end, at, hasComma)
      }
      tokens.push(token)
      prev = token
    }
    at = end
  }
  return { text, tokens, sentences: withTokens(splitMasked(masked), tokens), paragraphs: undefined, stamp }
}

/** `spans` (in text order) with the tokens each holds, read in one walk over the tokens. */
function withTokens(spans: readonly Span[], tokens: readonly Token[]): Sentence[] {
  let last = 0
  return spans.map(({ start, end }) => {
    let first = last
    while (first < tokens.length && tokens[first]!.start < start) first++
    last = first
    while (last < tokens.length && tokens[last]!.start < end) last++
    return { start, end, first, last }
  })
}

/** Whether the article writes `lower` without a capital somewhere (valid until the next article is read). */
export function writesUncapitalised(narration: Narration, lower: string): boolean {
  return isUncapitalised(lower, narration.stamp)
}

/** Index of the paragraph holding offset `at`. */
export function paragraphOf(narration: Narration, at: number): number {
  const paragraphs = (narration.paragraphs ??= paragraphStarts(narration.text))
  let low = 0
  let high = paragraphs.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (paragraphs[mid]! <= at) low = mid
    else high = mid - 1
  }
  return low
}

/** Offsets after each blank line, and 0. */
function paragraphStarts(text: string): number[] {
  const paragraphs = [0]
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at)) {
    const end = blankLineEnd(text, at)
    if (end > 0) paragraphs.push(end)
    at = end > 0 ? end : at + 1
  }
  return paragraphs
}

/**
 * Index of the first token starting at or after `at`: the search of
 * `firstStartingAt`, over tokens only. That one reads `start` of several
 * kinds of items, which V8 then looks up generically, and this runs several
 * times per quote.
 */
export function tokenAt(narration: Narration, at: number): number {
  const { tokens } = narration
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.start < at) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Index of the first of `items` (sorted by start) that starts at or after `at`.
 * `firstNotBefore` written out: this runs several times per quote and per
 * speech verb, and the shared version's callback, different at every call
 * site, is never inlined.
 */
export function firstStartingAt(items: readonly Span[], at: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (items[middle]!.start < at) low = middle + 1
    else high = middle
  }
  return low
}

/** `text` with `blobs` masked, built by one join: a flat string, which `splitMasked` reads character by character. */
function mask(text: string, blobs: readonly Span[]): string {
  const parts: string[] = []
  let at = 0
  for (const blob of blobs) {
    parts.push(text.slice(at, blob.start), MASK.repeat(blob.end - blob.start))
    at = blob.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

/** Where a sentence may end: end punctuation, or a line break that may start a blank line. */
const END_CANDIDATE = /[.!?\n]/g

/**
 * Cut the masked text at sentence ends: a whole run of end punctuation
 * before a space (not a lone full stop after an abbreviation, and only
 * before what may open a sentence), or a blank line. `END_CANDIDATE.test`
 * finds the next place to look without building a match.
 */
function splitMasked(masked: string): Span[] {
  const spans: Span[] = []
  let start = 0
  END_CANDIDATE.lastIndex = 0
  while (END_CANDIDATE.test(masked)) {
    const at = END_CANDIDATE.lastIndex - 1
    const code = masked.charCodeAt(at)
    let end = -1
    if (code === 0x0a) {
      end = blankLineEnd(masked, at)
    } else {
      const run = endMarksEnd(masked, at)
      const ends = run < masked.length && isSpace(masked, run) && !(run === at + 1 && code === 0x2e && isAbbreviation(masked, at))
      if (ends && opensSentence(masked, run)) end = run
      else END_CANDIDATE.lastIndex = run
    }
    if (end < 0) continue
    push(masked, start, end, spans)
    start = END_CANDIDATE.lastIndex = end
  }
  push(masked, start, masked.length, spans)
  return spans
}

/** `.`, `!` or `?`. */
function isEndMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f
}

/** The end of the run of end marks starting at `at`. */
function endMarksEnd(masked: string, at: number): number {
  let end = at + 1
  while (end < masked.length && isEndMark(masked.charCodeAt(end))) end++
  return end
}

/** The end of the blank line (`/\r?\n[ \t]*\r?\n/`) starting at `at`, or -1. */
export function blankLineEnd(text: string, at: number): number {
  let end = at
  if (text.charCodeAt(end) === 0x0d) end++
  if (text.charCodeAt(end) !== 0x0a) return -1
  end++
  while (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09) end++
  if (text.charCodeAt(end) === 0x0d) end++
  return text.charCodeAt(end) === 0x0a ? end + 1 : -1
}

/** The longest of `ABBREVIATIONS`: a longer word of ASCII letters before a full stop is none. */
const LONGEST_ABBREVIATION = Math.max(...Array.from(ABBREVIATIONS, (word) => word.length))

function isAbbreviation(masked: string, dot: number): boolean {
  let from = dot
  let ascii = true
  while (from > 0 && isLetterOrDot(masked, from - 1)) {
    from--
    if (masked.charCodeAt(from) >= 0x80) ascii = false
  }
  if (ascii && dot - from > LONGEST_ABBREVIATION) return false
  const word = masked.slice(from, dot).toLowerCase()
  return word.length === 1 || ABBREVIATIONS.has(word)
}

/** What follows the spaces at `at` may open a sentence: `/[\p{Lu}\d"“‘'(\[]/u`, a quote or the end. */
function opensSentence(masked: string, at: number): boolean {
  let next = at
  while (next < masked.length && isSpace(masked, next)) next++
  if (next === masked.length) return true
  const code = masked.charCodeAt(next)
  if (code >= 0x80) return /[\p{Lu}“‘]/u.test(masked[next]!)
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x22 || code === 0x27 || code === 0x28 || code === 0x5b || code === MASK_CODE
}

function push(masked: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isSpace(masked, start)) start++
  while (end > start && isSpace(masked, end - 1)) end--
  if (end > start) spans.push({ start, end })
}
