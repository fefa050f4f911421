/**
 * Whether a run of terminal punctuation ends a sentence, and where.
 */
import { beforeNumber, inline, other, prepositive, timeOfDay, timeQualifiers } from './abbreviations.ts'
import { isAttribution } from './attribution.ts'
import { isLower, isSpace, skipSpace } from './chars.ts'
import { CLOSER, CLOSING_QUOTE, CONTINUATION, hasClass, OPENER, TERMINAL } from './classes.ts'
import { fragmentMaxLength, fragments } from './rules.ts'
import { sentenceStarters } from './starters.ts'

/** A run of terminals (`.`, `?!`, `...`, `. . . .`) with the closers after it (`.”`, `.)`). */
export interface Run {
  start: number
  /** End of the first group of terminals (`compounds.` of `compounds. . . .`). */
  firstEnd: number
  /** End of the terminals. */
  end: number
  /** End of the closers after the terminals. */
  closed: number
  /** Groups of terminals separated by single spaces (`. . .` has three). */
  groups: number
  /** Dots in the run, `…` counting three; `-1` when the run has `!` or `?`. */
  dots: number
  /** Whether a closing quotation mark follows the terminals. */
  quoted: boolean
}

/** Read the run of terminals starting at `start`, within a paragraph ending at `end`. */
export function readRun(text: string, start: number, end: number): Run {
  let index = groupEnd(text, start, end)
  const firstEnd = index
  let groups = 1
  while (text.charCodeAt(index) === 32 && isDot(text.charCodeAt(index + 1))) {
    const next = groupEnd(text, index + 1, end)
    if (next < end && !isSpace(text.charCodeAt(next)) && !hasClass(text, next, CLOSER)) break
    index = next
    groups++
  }
  let dots = 0
  for (let at = start; at < index && dots >= 0; at++) {
    const code = text.charCodeAt(at)
    if (code === 46) dots++
    else if (code === 0x2026) dots += 3
    else if (code !== 32) dots = -1
  }
  let closed = index
  let quoted = false
  while (closed < end && hasClass(text, closed, CLOSER)) {
    if (hasClass(text, closed, CLOSING_QUOTE)) quoted = true
    closed++
  }
  return { start, firstEnd, end: index, closed, groups, dots, quoted }
}

/**
 * Where the sentence that started at `sentenceStart` (its first non-space
 * character) ends at `run`, or `-1` when the run does not end it.
 */
export function sentenceEnd(text: string, run: Run, sentenceStart: number, end: number): number {
  const { closed } = run
  if (closed < end && !isSpace(text.charCodeAt(closed))) return -1
  const next = skipSpace(text, closed, end)
  if (next >= end) return closed
  if (hasClass(text, next, CONTINUATION)) return -1
  let word = next
  while (word < end && hasClass(text, word, OPENER)) word++
  if (word < end && isLower(text[word]!)) return -1
  if (run.dots > 1 || run.groups > 1) return text[next] === '(' ? -1 : ellipsisEnd(text, run)
  if (closed - sentenceStart <= fragmentMaxLength) {
    const sentence = text.slice(sentenceStart, closed)
    if (fragments.some((fragment) => fragment.test(sentence))) return -1
  }
  if (run.quoted && isAttribution(text, next, run.dots === -1)) return -1
  if (run.dots !== 1) return closed
  return abbreviationAllowsEnd(text, run.start, sentenceStart, word) ? closed : -1
}

/**
 * Ellipses: `...` or `…` after a word ends a sentence before a capital, a
 * free-standing `...` or spaced `. . .` marks an omission, four dots (`....`,
 * `. . . .`) end a sentence, and a period with a spaced ellipsis after it
 * (`compounds. . . . The`) ends the sentence at the period: the ellipsis opens
 * the next one. An ellipsis in brackets (`[...] In 2017`) counts as attached.
 * What follows an ellipsis in parentheses is a citation (`[...]" (Smith 55).`).
 */
function ellipsisEnd(text: string, run: Run): number {
  const attached = run.start > 0 && !isSpace(text.charCodeAt(run.start - 1))
  if (run.groups > 1) {
    if (attached && run.firstEnd === run.start + 1 && text[run.start] === '.' && run.dots === 4) return run.firstEnd
    return run.dots >= 4 ? run.closed : -1
  }
  return run.dots >= 4 || attached ? run.closed : -1
}

/**
 * Whether the period at `period` ends a sentence given the word before it and
 * the word at `word` after it (known not to start in lower case).
 */
function abbreviationAllowsEnd(text: string, period: number, sentenceStart: number, word: number): boolean {
  let from = period
  while (from > sentenceStart && !isSpace(text.charCodeAt(from - 1))) from--
  while (from < period && hasClass(text, from, OPENER)) from++
  const token = text.slice(from, period)
  const lower = token.toLowerCase()
  if (inline.has(lower)) return false
  if (timeOfDay.has(lower)) return !timeQualifiers.has(wordAt(text, word))
  if (prepositive.has(lower)) return startsSentence(text, word)
  // A capital is one or two code units and an initialism has a period: most words fail the cheap test first.
  if (token.length <= 2 && capital.test(token)) return (token === 'I' && previousWordIsLower(text, from, sentenceStart)) || startsSentence(text, word)
  if (token.includes('.') && initialism.test(token)) return startsSentence(text, word)
  const next = text.charCodeAt(word)
  if (next >= 48 && next <= 57 && (beforeNumber.has(lower) || other.has(lower))) return false
  return true
}

/** One capital letter (an initial, or `I`). */
const capital = /^\p{Lu}$/u

/** Letters joined by periods (`U.S`, `e.g`). */
const initialism = /^(?:\p{L}\.)+\p{L}$/u

/** Whether the word at `index` is a sentence starter. */
function startsSentence(text: string, index: number): boolean {
  return sentenceStarters.has(wordAt(text, index))
}

function previousWordIsLower(text: string, from: number, sentenceStart: number): boolean {
  let index = from
  while (index > sentenceStart && isSpace(text.charCodeAt(index - 1))) index--
  const end = index
  while (index > sentenceStart && !isSpace(text.charCodeAt(index - 1))) index--
  while (index < end && hasClass(text, index, OPENER)) index++
  return index < end && isLower(text[index]!)
}

/** Letters, tried at one position. */
const letters = /\p{L}+/uy

function wordAt(text: string, index: number): string {
  letters.lastIndex = index
  return letters.test(text) ? text.slice(index, letters.lastIndex) : ''
}

/** `.` or `…`. */
function isDot(code: number): boolean {
  return code === 46 || code === 0x2026
}

function groupEnd(text: string, index: number, end: number): number {
  while (index < end && hasClass(text, index, TERMINAL)) index++
  return index
}
