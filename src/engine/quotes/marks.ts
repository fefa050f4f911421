/**
 * Quotation-mark pairing: straight and typographic marks, apostrophes and
 * primes told apart, nesting, multi-paragraph quotes and unclosed marks.
 */
import type { Problem } from '../types.ts'
import { firstNotBefore } from '../sorted.ts'
import { blankLineEnd } from './tokens.ts'
import { isAsciiAlnum } from './words.ts'

/** A top-level pair of quotation marks. */
export interface MarkedSpan {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark, or the paragraph end when the mark never closes. */
  close: number
  /** The words inside the marks, trimmed: `[start, end)`. */
  start: number
  end: number
  /** The mark never closed (a problem was reported). */
  unclosed: boolean
}

type Family = 'double' | 'single' | 'guillemet'

interface Open {
  family: Family
  at: number
  /** Opened by a typographic mark (`“ ‘ «`), which a straight mark after a digit does not close. */
  curly: boolean
}

/** A quotation mark, or a line break that may start a blank line; `test` finds the next without building a match. */
const MARK_OR_LINE = /["'“”‘’«»\n]/g
const SINGLE_OR_BREAK = /['’‘]|\n[ \t]*\r?\n/g
/** Characters that take no room: direction marks, zero-width spaces and joiners, the word joiner, the BOM. */
const INVISIBLE = /[\u200B-\u200F\u2060\u061C\uFEFF]/
const WORD = /[\p{L}\p{N}]/u
const DIGIT = /\d/
const SPACE_OR_OPENER = /[\s([{—–\-/“‘«"']/
const OPENERS: Record<Family, string> = { double: '“"', single: '‘\'', guillemet: '«' }

/**
 * Pair the quotation marks of `text`.
 *
 * Only outermost pairs are returned: a nested quote belongs to its outer
 * quote. A double mark that never closes yields an `unclosed-quote` problem
 * and a span that stops at the end of its paragraph, unless the next
 * paragraph opens with the same mark (a quote running over paragraphs).
 */
export function pairMarks(text: string): { spans: MarkedSpan[]; problems: Problem[] } {
  const spans: MarkedSpan[] = []
  const problems: Problem[] = []
  const stack: Open[] = []
  let ahead: SinglesAhead | undefined
  const later = (): SinglesAhead => (ahead ??= singleMarksAhead(text))
  let skipUntil = -1

  const emit = (open: Open, close: number, unclosed: boolean): void => {
    let start = open.at + 1
    let end = close
    while (start < end && isBlank(text[start]!)) start++
    while (end > start && isBlank(text[end - 1]!)) end--
    if (end > start) spans.push({ open: open.at, close, start, end, unclosed })
  }

  const closeFamily = (family: Family, at: number): boolean => {
    let index = stack.length - 1
    while (index >= 0 && stack[index]!.family !== family) index--
    if (index < 0) return false
    if (index === 0) emit(stack[0]!, at, false)
    stack.length = index
    return true
  }

  const endParagraph = (breakAt: number, resumeAt: number): void => {
    const bottom = stack[0]
    if (!bottom) return
    let next = resumeAt
    while (next < text.length && (/[ \t>]/.test(text[next]!) || INVISIBLE.test(text[next]!))) next++
    if (next < text.length && OPENERS[bottom.family].includes(text[next]!)) {
      stack.length = 1
      skipUntil = next
      return
    }
    stack.length = 0
    if (bottom.family === 'single') return
    problems.push({
      ruleId: 'unclosed-quote',
      reason: 'Quotation mark is never closed; the quote is taken to end with its paragraph',
      start: bottom.at,
      end: bottom.at + 1
    })
    emit(bottom, breakAt, true)
  }

  const has = (family: Family): boolean => stack.some((open) => open.family === family)
  MARK_OR_LINE.lastIndex = 0
  while (MARK_OR_LINE.test(text)) {
    const at = MARK_OR_LINE.lastIndex - 1
    if (at <= skipUntil) continue
    const mark = text[at]!
    if (mark === '\n') {
      const end = blankLineEnd(text, at)
      if (end < 0) continue
      endParagraph(text[at - 1] === '\r' ? at - 1 : at, end)
      MARK_OR_LINE.lastIndex = end
      continue
    }
    const prev = charBefore(text, at) ?? '\n'
    const next = charAfter(text, at) ?? '\n'
    switch (mark) {
      case '“':
        stack.push({ family: 'double', at, curly: true })
        break
      case '«':
        stack.push({ family: 'guillemet', at, curly: true })
        break
      case '”':
        closeFamily('double', at)
        break
      case '»':
        closeFamily('guillemet', at)
        break
      case '"':
        if (isPrime(text, at) || (DIGIT.test(prev) && stack.findLast((open) => open.family === 'double')?.curly)) break
        if (has('double') && !/\s/.test(prev)) closeFamily('double', at)
        else if (SPACE_OR_OPENER.test(prev) && !/\s/.test(next)) stack.push({ family: 'double', at, curly: false })
        else if (has('double')) closeFamily('double', at)
        break
      case '‘':
      case "'":
        if (isApostrophe(text, at)) break
        if (mark === "'" && has('single') && !/\s/.test(prev)) {
          if (!isPluralPossessive(text, at, later)) closeFamily('single', at)
        }
        else if (mark === '‘' || (SPACE_OR_OPENER.test(prev) && isWordChar(next))) stack.push({ family: 'single', at, curly: mark === '‘' })
        break
      case '’':
        if (isWordChar(prev) && isWordChar(next)) break
        if (has('single') && !/\s/.test(prev) && !isPluralPossessive(text, at, later)) closeFamily('single', at)
        break
    }
  }
  endParagraph(text.length, text.length)
  return { spans, problems }
}

/** The single marks that could close / open a quote, and the blank lines between paragraphs, by offset (ascending). */
interface SinglesAhead {
  close: number[]
  open: number[]
  breaks: number[]
}

function singleMarksAhead(text: string): SinglesAhead {
  const ahead: SinglesAhead = { close: [], open: [], breaks: [] }
  for (const match of text.matchAll(SINGLE_OR_BREAK)) {
    const at = match.index
    const char = match[0]
    if (char.length > 1) {
      ahead.breaks.push(at)
      continue
    }
    const before = charBefore(text, at) ?? ' '
    const after = charAfter(text, at) ?? ' '
    if (char !== '‘' && !/\s/.test(before) && !isWordChar(after)) ahead.close.push(at)
    if (SPACE_OR_OPENER.test(before) && isWordChar(after)) ahead.open.push(at)
  }
  return ahead
}

/** The first of `offsets` at or after `at` and before the paragraph ends, or -1. */
function nextInParagraph(offsets: readonly number[], breaks: readonly number[], at: number): number {
  const found = offsets[firstFrom(offsets, at)]
  const end = breaks[firstFrom(breaks, at)] ?? Infinity
  return found !== undefined && found < end ? found : -1
}

/** Index of the first of ascending `offsets` at or after `at`. */
function firstFrom(offsets: readonly number[], at: number): number {
  return firstNotBefore(offsets, (offset) => offset < at)
}

/**
 * `the players’ union`: an `s’` before a lower-case word is an apostrophe
 * when a closing mark follows in the paragraph with no new quote opening first.
 *
 * @param later the single marks of the text, read on the first call that needs them
 */
function isPluralPossessive(text: string, at: number, later: () => SinglesAhead): boolean {
  if (text[at - 1] !== 's' || !/^ \p{Ll}/u.test(text.slice(at + 1, at + 3))) return false
  const ahead = later()
  const close = nextInParagraph(ahead.close, ahead.breaks, at + 1)
  const open = nextInParagraph(ahead.open, ahead.breaks, at + 1)
  return close >= 0 && (open < 0 || open > close)
}

/** `6'2"`, `15"x`: a double mark after a digit is an inch sign when a prime precedes the digit or a word follows the mark. */
function isPrime(text: string, at: number): boolean {
  if (!DIGIT.test(text[at - 1] ?? '')) return false
  return /['’′]/.test(text[at - 2] ?? '') || isWordChar(text[at + 1] ?? '')
}

/** An opening single mark that is an apostrophe: `'90s`, `'n'`, `don't`. */
function isApostrophe(text: string, at: number): boolean {
  const prev = charBefore(text, at) ?? '\n'
  const next = charAfter(text, at) ?? '\n'
  if (isWordChar(prev) && isWordChar(next)) return true
  if (DIGIT.test(next)) return true
  return next === 'n' && /['’]/.test(text[at + 2] ?? '')
}

/** The character before offset `at`, invisible ones skipped. */
function charBefore(text: string, at: number): string | undefined {
  let index = at - 1
  while (index >= 0 && isInvisible(text.charCodeAt(index))) index--
  return text[index]
}

/** The character after offset `at`, invisible ones skipped. */
function charAfter(text: string, at: number): string | undefined {
  let index = at + 1
  while (index < text.length && isInvisible(text.charCodeAt(index))) index++
  return text[index]
}

/** `WORD` on one character, ASCII by code (this runs on both sides of every mark). */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0)
  return code < 0x80 ? isAsciiAlnum(code) : WORD.test(char)
}

/** `INVISIBLE` by code. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0x061c || code === 0xfeff
}

function isBlank(char: string): boolean {
  return /\s/.test(char) || INVISIBLE.test(char)
}
