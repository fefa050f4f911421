/**
 * Split text into word, digit and symbol tokens with their offsets: one
 * linear pass over the characters, the unit every recognizer in this folder
 * works on. A word is letters joined by apostrophes (`don't`, `Nigeria’s`),
 * digits are ASCII digits, and any other character that is not white space
 * is a symbol of its own.
 */
import { slotOf, slotOfCodes } from './sieve.ts'

export type TokenKind = 'word' | 'digits' | 'symbol'

/** One token: `text.slice(start, end)` is `text`. */
export interface Token {
  text: string
  /** `text` in lower case. */
  lower: string
  kind: TokenKind
  start: number
  end: number
  /** True when no white space separates it from the token before. */
  attached: boolean
  /** The sieve slot of `lower` (sieve.ts), for the sets that every token is looked up in. */
  slot: number
}

const LETTER = /^\p{L}$/u
const ASTRAL_LETTER = /\p{L}/uy
/** Letter test results for the Basic Multilingual Plane: 0 not yet known, 1 letter, 2 not a letter. */
const letterCache = new Uint8Array(0x10000)

const SYMBOL = 0
const SPACE = 1
const DIGIT = 2
const LOWER = 3
const UPPER = 4
/** Not ASCII: classed by `isSpace` and `letterLength`. */
const OTHER = 5
/** The class of each ASCII code unit, so the common case costs one table look-up. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) =>
  isSpace(code) ? SPACE : isDigit(code) ? DIGIT : code >= 97 && code <= 122 ? LOWER : code >= 65 && code <= 90 ? UPPER : SYMBOL)

/** Tokens of `text` in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const length = text.length
  let previousEnd = -1
  let p = 0
  while (p < length) {
    const code = text.charCodeAt(p)
    const type = code < 128 ? ASCII_CLASS[code]! : OTHER
    if (type === SPACE || (type === OTHER && isSpace(code))) {
      p++
      continue
    }
    const start = p
    let kind: TokenKind
    // Whether lower-casing may change the token: it has an upper-case ASCII or a non-ASCII character.
    let cased = false
    // Whether it has a non-ASCII letter or symbol, whose lower case may change its sieve slot.
    let wide = false
    if (type === DIGIT) {
      kind = 'digits'
      p++
      while (p < length && isDigit(text.charCodeAt(p))) p++
    } else if (type === LOWER || type === UPPER || (type === OTHER && letterLength(text, p) > 0)) {
      kind = 'word'
      // ASCII letters by range tests, any other letter by `letterLength`, and an apostrophe with a letter after it.
      // Reads stay within the text: a `charCodeAt` past the end deoptimizes the compiled loop.
      while (p < length) {
        const letter = text.charCodeAt(p)
        if (letter >= 97 && letter <= 122) p++
        else if ((letter >= 65 && letter <= 90) || (letter >= 128 && letterLength(text, p) > 0)) {
          cased = true
          if (letter >= 128) wide = true
          p += letter >= 128 ? letterLength(text, p) : 1
        } else if ((letter === 39 || letter === 0x2019) && letterLength(text, p + 1) > 0) p++
        else break
      }
    } else {
      kind = 'symbol'
      cased = code >= 128
      wide = cased
      p += isSurrogatePair(text, p) ? 2 : 1
    }
    const value = text.slice(start, p)
    const lower = cased ? value.toLowerCase() : value
    const slot = wide ? slotOf(lower) : slotOfCodes(p - start, code, text.charCodeAt(p - 1))
    tokens.push({ text: value, lower, kind, start, end: p, attached: start === previousEnd, slot })
    previousEnd = p
  }
  return tokens
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** JavaScript's `\s`: ASCII and Unicode spaces, line terminators and the byte order mark. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Code units of the letter (`\p{L}`) at `p`: 1, 2 for a surrogate pair, or 0 when there is none. */
function letterLength(text: string, p: number): number {
  if (p >= text.length) return 0
  const code = text.charCodeAt(p)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  if (isSurrogatePair(text, p)) {
    ASTRAL_LETTER.lastIndex = p
    return ASTRAL_LETTER.test(text) ? 2 : 0
  }
  let known = letterCache[code]!
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2
    letterCache[code] = known
  }
  return known === 1 ? 1 : 0
}

function isSurrogatePair(text: string, p: number): boolean {
  const high = text.charCodeAt(p)
  if (high < 0xd800 || high > 0xdbff || p + 1 >= text.length) return false
  const low = text.charCodeAt(p + 1)
  return low >= 0xdc00 && low <= 0xdfff
}
