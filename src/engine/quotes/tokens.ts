/**
 * The reporter's own words: the text outside quotation marks, cut into word
 * tokens and sentences. Quoted spans are opaque blobs here, so a full stop
 * inside a quote never ends the reporter's sentence.
 */
import type { Span } from '../types.ts'
import { ABBREVIATIONS, HONORIFICS } from './lexicon.ts'

/** A word of the reporter's text. */
export interface Token {
  start: number
  end: number
  /** The word without a possessive `'s`. */
  word: string
  lower: string
  /** Starts with a capital (or a particle-prefixed capital such as `el-Sisi`). */
  cap: boolean
  /** Ended in `'s` / `’s` / `s'`. */
  possessive: boolean
}

/** The reporter's text of a whole article. */
export interface Narration {
  text: string
  tokens: Token[]
  /** Sentences of the reporter's text (quotes masked), as token-bearing spans. */
  sentences: Span[]
  /** Offsets where paragraphs start, ascending. */
  paragraphs: number[]
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-–]*/gu
/** `WORD` for text whose letters and digits are all ASCII: the same words, several times faster. */
const ASCII_WORD = /[A-Za-z0-9][A-Za-z0-9'’.\-–]*/g
/** A character that may be a letter, digit or mark beyond ASCII (typographic punctuation and spaces are not). */
const BEYOND_ASCII = /[^\x00-\x7F\u00A0\u2000-\u206F]/
const TRAILING = ".'’-–"
const ABBREVIATED = /^(?:\p{L}\.)+\p{L}?$/u
const CAP = /^(?:\p{Lu}|[a-z]{1,3}-\p{Lu})/u
const PARAGRAPH = /\r?\n[ \t]*\r?\n/g
const MASK = '\u0001'

/** Cut `text` into narration tokens and sentences; `blobs` are masked first. */
export function readNarration(text: string, blobs: readonly Span[]): Narration {
  const masked = mask(text, blobs)
  const paragraphs = [0]
  for (const match of text.matchAll(PARAGRAPH)) paragraphs.push(match.index + match[0].length)
  const tokens: Token[] = []
  paragraphs.forEach((from, index) => {
    const paragraph = masked.slice(from, paragraphs[index + 1] ?? masked.length)
    for (const match of paragraph.matchAll(BEYOND_ASCII.test(paragraph) ? WORD : ASCII_WORD)) {
      const token = makeToken(match[0], from + match.index)
      if (token) tokens.push(token)
    }
  })
  return { text, tokens, sentences: splitMasked(masked), paragraphs }
}

/** Index of the paragraph holding offset `at`. */
export function paragraphOf(narration: Narration, at: number): number {
  let low = 0
  let high = narration.paragraphs.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (narration.paragraphs[mid]! <= at) low = mid
    else high = mid - 1
  }
  return low
}

/** Index of the first token starting at or after `at`. */
export function tokenAt(narration: Narration, at: number): number {
  return firstStartingAt(narration.tokens, at)
}

/** Index of the first of `items` (sorted by start) that starts at or after `at`. */
export function firstStartingAt(items: readonly Span[], at: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (items[mid]!.start < at) low = mid + 1
    else high = mid
  }
  return low
}

/** The text between two tokens is only spaces (after an honorific's full stop, "Dr. Rao"): they belong to one phrase. */
export function joined(text: string, left: Token, right: Token): boolean {
  let at = left.end
  if (left.possessive) while (at < right.start && /['’s]/.test(text[at]!)) at++
  if (text[at] === '.' && left.cap && HONORIFICS.has(left.lower)) at++
  for (; at < right.start; at++) if (text[at] !== ' ') return false
  return true
}

function makeToken(raw: string, start: number): Token | undefined {
  let word = raw
  if (TRAILING.includes(word[word.length - 1]!) && !ABBREVIATED.test(word)) word = withoutTrailing(word)
  let possessive = false
  if (endsWithS(word, true)) {
    word = word.slice(0, -2)
    possessive = true
  } else if (endsWithS(raw, false)) possessive = true
  if (!word) return undefined
  const lower = word.toLowerCase()
  return {
    start,
    end: start + word.length,
    word,
    lower: lower.endsWith('.') ? lower.slice(0, -1) : lower,
    cap: CAP.test(word),
    possessive
  }
}

/** `word` ends in `'s` / `’s` (`apostropheFirst`) or in `s'` / `s’`. */
function endsWithS(word: string, apostropheFirst: boolean): boolean {
  const s = word[word.length - (apostropheFirst ? 1 : 2)]
  const mark = word[word.length - (apostropheFirst ? 2 : 1)]
  return s === 's' && (mark === "'" || mark === '’')
}

/** `word` without trailing dots, apostrophes and dashes. */
function withoutTrailing(word: string): string {
  let end = word.length
  while (end > 0 && TRAILING.includes(word[end - 1]!)) end--
  return word.slice(0, end)
}

function mask(text: string, blobs: readonly Span[]): string {
  let out = ''
  let at = 0
  for (const blob of blobs) {
    out += text.slice(at, blob.start) + MASK.repeat(blob.end - blob.start)
    at = blob.end
  }
  return out + text.slice(at)
}

/** A run of end punctuation before a space (whole runs only), or a blank line. */
const BOUNDARY = /(?<![.!?])[.!?]+(?=\s)|\r?\n[ \t]*\r?\n/g

function splitMasked(masked: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const match of masked.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length
    if (match[0] === '.' && isAbbreviation(masked, match.index)) continue
    if (!/^[\r\n]/.test(match[0]) && !opensSentence(masked, end)) continue
    push(masked, start, end, spans)
    start = end
  }
  push(masked, start, masked.length, spans)
  return spans
}

function isAbbreviation(masked: string, dot: number): boolean {
  let from = dot
  while (from > 0 && /[\p{L}.]/u.test(masked[from - 1]!)) from--
  const word = masked.slice(from, dot).toLowerCase()
  return word.length === 1 || ABBREVIATIONS.has(word)
}

function opensSentence(masked: string, at: number): boolean {
  let next = at
  while (next < masked.length && /\s/.test(masked[next]!)) next++
  const char = masked[next]
  return char === undefined || char === MASK || /[\p{Lu}\d"“‘'(\[]/u.test(char)
}

function push(masked: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(masked[start]!)) start++
  while (end > start && /\s/.test(masked[end - 1]!)) end--
  if (end > start) spans.push({ start, end })
}
