/**
 * Words as the reporter's text spells them: where a word ends, and what its
 * raw text makes of it (the word without a possessive, its lower case,
 * whether it is capitalised). Characters are read by code where ASCII
 * settles the question, by a Unicode pattern where it does not.
 */

/** What a token makes of its raw text, the same wherever the text recurs. */
export interface Word {
  /** The word without a possessive `'s`. */
  word: string
  lower: string
  /** Starts with a capital (or a particle-prefixed capital such as `el-Sisi`). */
  cap: boolean
  /** Ended in `'s` / `’s` / `s'`. */
  possessive: boolean
}

/** A word: a letter or digit, then letters, digits, marks, apostrophes, dots and dashes (sticky: read at one offset). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-–]*/uy
const TRAILING = ".'’-–"
const ABBREVIATED = /^(?:\p{L}\.)+\p{L}?$/u
const CAP = /^(?:\p{Lu}|[a-z]{1,3}-\p{Lu})/u
const LETTER_OR_DOT = /[\p{L}.]/u
const SPACE = /\s/
const RIGHT_QUOTE = 0x2019
const EN_DASH = 0x2013

/**
 * The end of the `WORD` starting at `start` and cut at `limit`, or -1 when
 * none starts there. ASCII words are read by character code; a word that
 * meets a character beyond ASCII (other than typographic punctuation) is
 * read by `WORD`.
 */
export function wordEnd(text: string, start: number, limit: number): number {
  const first = text.charCodeAt(start)
  if (first >= 0x80) return mayBeWordChar(first) ? unicodeWordEnd(text, start, limit) : -1
  if (!isAsciiAlnum(first)) return -1
  let at = start + 1
  for (; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (isPlainWordChar(code)) continue
    if (code >= 0x80 && mayBeWordChar(code)) return unicodeWordEnd(text, start, limit)
    break
  }
  return at
}

/** A character that continues a word and settles it by code: an ASCII letter or digit, `'`, `.`, `-`, `’` or `–`. */
export function isPlainWordChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x27 || code === 0x2e || code === 0x2d || code === RIGHT_QUOTE || code === EN_DASH
}

function unicodeWordEnd(text: string, start: number, limit: number): number {
  WORD.lastIndex = start
  return WORD.test(text) ? Math.min(WORD.lastIndex, limit) : -1
}

/** An ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
}

/** A character beyond ASCII that may be a letter, digit or mark (no-break space and general punctuation are not). */
export function mayBeWordChar(code: number): boolean {
  return code !== 0xa0 && (code < 0x2000 || code > 0x206f)
}

/** The word that `raw` (a `WORD` match) makes, or `null` when nothing is left of it. */
export function readWord(raw: string): Word | null {
  let word = raw
  if (TRAILING.includes(word[word.length - 1]!) && !ABBREVIATED.test(word)) word = withoutTrailing(word)
  let possessive = false
  if (endsWithS(word, true)) {
    word = word.slice(0, -2)
    possessive = true
  } else if (endsWithS(raw, false)) possessive = true
  if (!word) return null
  const lower = word.toLowerCase()
  return {
    word,
    lower: lower.endsWith('.') ? lower.slice(0, -1) : lower,
    cap: isCapitalised(word),
    possessive
  }
}

/** Starts with a capital, or with a short lower-case particle, a hyphen and a capital (`el-Sisi`). */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first >= 0x41 && first <= 0x5a) return true
  if (first >= 0x80) return CAP.test(word)
  if (first < 0x61 || first > 0x7a) return false
  const hyphen = word.indexOf('-', 1)
  return hyphen > 0 && hyphen <= 3 && CAP.test(word)
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

/** `'`, `’` or `s`: what a possessive ending is made of. */
export function isPossessiveMark(code: number): boolean {
  return code === 0x27 || code === RIGHT_QUOTE || code === 0x73
}

/** `/[\p{L}.]/u` on the character at `at`, ASCII by code. */
export function isLetterOrDot(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code >= 0x80) return LETTER_OR_DOT.test(text[at]!)
  return code === 0x2e || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
}

/** `/\s/` on the character at `at`, ASCII by code. */
export function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code >= 0x80) return SPACE.test(text[at]!)
  return code === 0x20 || (code >= 0x09 && code <= 0x0d)
}
