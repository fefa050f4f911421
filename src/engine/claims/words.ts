/**
 * A sentence as the check-worthiness model and the rules read it: its tokens
 * (`tokenize`), each a `Word` of the vocabulary, found by one scan of its
 * characters that also notes its quotation marks.
 */
import { emptyHash } from './codec.ts'
import { tokenize } from './features.ts'
import { LOW_MARK_HINT, MARK_HINT, markHints } from './hints.ts'
import { APOSTROPHE, FNV_PRIME, hashOf, RIGHT_QUOTE, type Word, wordOf } from './vocabulary.ts'

/** A sentence as the model and the rules read it. */
export interface Reading {
  /** The `Word` of each of its tokens. */
  words: Word[]
  /** Its tokens: `tokenize(sentence)`. */
  tokens: string[]
  /** Their `normalise`d forms. */
  lower: string[]
  /** The hints of its words and its quotation marks, together. */
  hints: number
}

/** Read `sentence`: its tokens (`tokenize`), each as a `Word`. */
export function readSentence(sentence: string): Reading {
  let words: Word[] = []
  let hints = scan(sentence, words)
  if (hints === undefined) {
    words = tokenize(sentence).map((token) => wordOf(token, 0, token.length, hashOf(token, 0, token.length)))
    hints = markHints(sentence)
  }
  const tokens = new Array<string>(words.length)
  const lower = new Array<string>(words.length)
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    tokens[i] = word.token
    lower[i] = word.lower
    hints |= word.hints
  }
  return { words, tokens, lower, hints }
}

/**
 * Put the `Word`s of `sentence` in `words`, and return the hints of its
 * quotation marks (`markHints`): `tokenize`'s pattern
 * (`\p{N}[\p{N},.]*|\p{L}+(?:['’]\p{L}+)*|['’](?:ll|ve|re|[dsm])\b|[?%$£€¥]`,
 * the letters after an apostrophe in either case) as a scan of characters.
 * Undefined for a sentence with a character beyond the Basic Multilingual
 * Plane (a surrogate), left to the regex.
 */
function scan(sentence: string, words: Word[]): number | undefined {
  let marks = 0
  const length = sentence.length
  let p = 0
  while (p < length) {
    let code = sentence.charCodeAt(p)
    const start = p
    // The hash (`hashOf`) is taken while letters and digits are scanned: one pass over each token.
    let hash = emptyHash
    if (isLetter(code)) {
      for (;;) {
        do {
          hash = Math.imul(hash ^ code, FNV_PRIME)
          code = ++p < length ? sentence.charCodeAt(p) : 0
        } while (isLetter(code))
        if (!isApostrophe(code) || p + 1 >= length || !isLetter(sentence.charCodeAt(p + 1))) break
        hash = Math.imul(hash ^ APOSTROPHE, FNV_PRIME)
        code = sentence.charCodeAt(++p)
      }
    } else if (isDigit(code)) {
      do {
        hash = Math.imul(hash ^ code, FNV_PRIME)
        code = ++p < length ? sentence.charCodeAt(p) : 0
      } while (isNumberPart(code))
    } else if (isApostrophe(code)) {
      p += contractionLength(sentence, p)
      if (p === start) {
        p++
        continue
      }
      hash = hashOf(sentence, start, p)
    } else if (code === 0x3f || code === 0x25 || code === 0x24 || code === 0xa3 || code === 0x20ac || code === 0xa5) {
      hash = Math.imul(hash ^ code, FNV_PRIME)
      p++
    } else {
      if (code === 0x22 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb) marks |= MARK_HINT
      else if (code === 0x201e) marks |= LOW_MARK_HINT
      else if (code >= 0xd800 && code <= 0xdfff) return undefined
      p++
      continue
    }
    words.push(wordOf(sentence, start, p, hash))
  }
  return marks
}

/** The length of the contraction (`'ll`, `'ve`, `'re`, `'d`, `'s`, `'m`, then a word boundary) at the apostrophe at `p`, or 0. */
function contractionLength(sentence: string, p: number): number {
  const first = sentence.charCodeAt(p + 1) | 0x20
  const second = sentence.charCodeAt(p + 2) | 0x20
  if ((first === 0x6c && second === 0x6c) || (first === 0x76 && second === 0x65) || (first === 0x72 && second === 0x65)) {
    return isWordCharacter(sentence.charCodeAt(p + 3)) ? 0 : 3
  }
  if (first === 0x64 || first === 0x73 || first === 0x6d) return isWordCharacter(sentence.charCodeAt(p + 2)) ? 0 : 2
  return 0
}

/** A number (`\p{N}`): an ASCII digit, or another by `classOf`. */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x80 && classOf(code) === NUMBER)
}

function isNumberPart(code: number): boolean {
  return isDigit(code) || code === 0x2c || code === 0x2e
}

/** A letter (`\p{L}`): an ASCII one, or another by `classOf`. */
function isLetter(code: number): boolean {
  const lower = code | 0x20
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x80 && classOf(code) === LETTER)
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x7a
}

/** By character of the Basic Multilingual Plane: its class for the scan, `UNKNOWN` until first asked. */
const classes = new Uint8Array(0x10000)
const UNKNOWN = 0
const LETTER = 1
const NUMBER = 2
const OTHER = 3
const letter = /\p{L}/u
const number = /\p{N}/u

/** The class of the character `code` (not ASCII), found by regex once per character. */
function classOf(code: number): number {
  if (classes[code] === UNKNOWN) {
    const character = String.fromCharCode(code)
    classes[code] = letter.test(character) ? LETTER : number.test(character) ? NUMBER : OTHER
  }
  return classes[code]!
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE
}

/** A character of `\w` (`[A-Za-z0-9_]`); `NaN`, past the end, is none. */
function isWordCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f
}

