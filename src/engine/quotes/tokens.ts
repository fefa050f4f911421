/**
 * The reporter's own words: the text outside quotation marks, cut into word
 * tokens and sentences. Quoted spans are opaque blobs here, so a full stop
 * inside a quote never ends the reporter's sentence.
 */
import type { Span } from '../types.ts'
import { ABBREVIATIONS, HONORIFICS } from './lexicon.ts'
import { isAsciiAlnum, isLetterOrDot, isPossessiveMark, isSpace, readWord, wordEnd, type Word } from './words.ts'
import { firstNotBefore } from '../sorted.ts'

/** A word of the reporter's text, with its offsets. */
export interface Token extends Word {
  start: number
  end: number
}

/** The reporter's text of a whole article. */
export interface Narration {
  text: string
  tokens: Token[]
  /** Sentences of the reporter's text (quotes masked), as token-bearing spans. */
  sentences: Span[]
  /** Offsets where paragraphs start, ascending. */
  paragraphs: number[]
  /** The `lower` of every word the article writes without a capital, to tell "Shares fell" from a name. */
  common: Set<string>
}

const PARAGRAPH = /\r?\n[ \t]*\r?\n/g
const MASK = '\u0001'

/** Cut `text` into narration tokens and sentences; `blobs` are masked first. */
export function readNarration(text: string, blobs: readonly Span[]): Narration {
  const masked = mask(text, blobs)
  const paragraphs = [0]
  for (const match of text.matchAll(PARAGRAPH)) paragraphs.push(match.index + match[0].length)
  const tokens: Token[] = []
  const known = new Map<string, Word | null>()
  const common = new Set<string>()
  let at = 0
  while (at < masked.length) {
    const code = masked.charCodeAt(at)
    if (code < 0x80 && !isAsciiAlnum(code)) {
      at++
      continue
    }
    const end = wordEnd(masked, at)
    if (end < 0) {
      at++
      continue
    }
    const raw = masked.slice(at, end)
    let word = known.get(raw)
    if (word === undefined) {
      known.set(raw, (word = readWord(raw)))
      if (word && !word.cap) common.add(word.lower)
    }
    if (word) {
      const { lower, cap, possessive } = word
      tokens.push({ start: at, end: at + word.word.length, word: word.word, lower, cap, possessive })
    }
    at = end
  }
  return { text, tokens, sentences: splitMasked(masked), paragraphs, common }
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
  return firstNotBefore(items, (item) => item.start < at)
}

/** The text between two tokens is only spaces (after an honorific's full stop, "Dr. Rao"): they belong to one phrase. */
export function joined(text: string, left: Token, right: Token): boolean {
  let at = left.end
  if (left.possessive) while (at < right.start && isPossessiveMark(text.charCodeAt(at))) at++
  if (text.charCodeAt(at) === 0x2e && left.cap && HONORIFICS.has(left.lower)) at++
  for (; at < right.start; at++) if (text.charCodeAt(at) !== 0x20) return false
  return true
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
  while (from > 0 && isLetterOrDot(masked, from - 1)) from--
  const word = masked.slice(from, dot).toLowerCase()
  return word.length === 1 || ABBREVIATIONS.has(word)
}

function opensSentence(masked: string, at: number): boolean {
  let next = at
  while (next < masked.length && isSpace(masked, next)) next++
  const char = masked[next]
  return char === undefined || char === MASK || /[\p{Lu}\d"“‘'(\[]/u.test(char)
}

function push(masked: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isSpace(masked, start)) start++
  while (end > start && isSpace(masked, end - 1)) end--
  if (end > start) spans.push({ start, end })
}
