/**
 * A sentence as the check-worthiness model and the rules read it: its tokens
 * (`tokenize`), each a `Word` of the vocabulary, found by one scan of its
 * characters that also notes its quotation marks.
 */
import { emptyHash } from './codec.ts'
import { tokenize } from './features.ts'
import { LOW_MARK_HINT, MARK_HINT, markHints } from './hints.ts'
import { APOSTROPHE, FNV_PRIME, hashOf, type Word, wordOf } from './vocabulary.ts'

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
  const { words, hints } = readSpan(sentence, 0, sentence.length)
  return { words, ...spellings(words), hints }
}

/**
 * Read the sentence `text[start, end)` as `readSentence` reads it, without
 * its tokens' strings (`spellings`), which only the rules read: most
 * sentences are judged by the model's score alone. The scan reads the
 * characters of `text` itself: a string sliced from it would cost an
 * indirection on every character read.
 */
export function readSpan(text: string, start: number, end: number): Pick<Reading, 'words' | 'hints'> {
  const hints = scan(text, start, end)
  if (hints !== undefined) return { words: scratch.slice(0, scanned), hints }
  const words: Word[] = []
  const sentence = text.slice(start, end)
  const tokens = tokenize(sentence)
  let all = markHints(sentence)
  for (const token of tokens) {
    const word = wordOf(token, 0, token.length, hashOf(token, 0, token.length))
    words.push(word)
    all |= word.hints
  }
  return { words, hints: all }
}

/** The tokens of `words` as written and `normalise`d. */
export function spellings(words: readonly Word[]): Pick<Reading, 'tokens' | 'lower'> {
  const tokens = new Array<string>(words.length)
  const lower = new Array<string>(words.length)
  for (let i = 0; i < words.length; i++) {
    tokens[i] = words[i]!.token
    lower[i] = words[i]!.lower
  }
  return { tokens, lower }
}

/**
 * The `Word`s the last `scan` read are `scratch[0, scanned)`. The scan writes
 * them into this array, kept from sentence to sentence, and the reader copies
 * them out at once: an array grown word by word would be copied to a larger
 * one a few times per sentence.
 */
const scratch: Word[] = []
let scanned = 0

/**
 * Put the `Word`s of the sentence `text[from, end)` in `scratch`, and return the
 * hints of its quotation marks (`markHints`) and of its words: `tokenize`'s pattern
 * (`\p{N}[\p{N},.]*|\p{L}+(?:['’]\p{L}+)*|['’](?:ll|ve|re|[dsm])\b|[?%$£€¥]`,
 * the letters after an apostrophe in either case) as a scan of characters.
 * Undefined for a sentence with a character beyond the Basic Multilingual
 * Plane (a surrogate), left to the regex.
 */
function scan(text: string, from: number, end: number): number | undefined {
  let hints = 0
  let count = 0
  let p = from
  while (p < end) {
    let code = text.charCodeAt(p)
    const kind = kindOf(code)
    const start = p
    // The hash (`hashOf`) is taken while letters and digits are scanned: one pass over each token.
    let hash = emptyHash
    if (kind === LETTER) {
      for (;;) {
        // The test is `kindOf(code) === LETTER` with the common case, a known letter, first: the hottest loop here.
        do {
          hash = Math.imul(hash ^ code, FNV_PRIME)
          code = ++p < end ? text.charCodeAt(p) : 0
        } while (kinds[code] === LETTER || (kinds[code] === UNKNOWN && classify(code) === LETTER))
        if (kindOf(code) !== APOSTROPHE_KIND || p + 1 >= end || kindOf(text.charCodeAt(p + 1)) !== LETTER) break
        hash = Math.imul(hash ^ APOSTROPHE, FNV_PRIME)
        code = text.charCodeAt(++p)
      }
    } else if (kind === NUMBER) {
      do {
        hash = Math.imul(hash ^ code, FNV_PRIME)
        code = ++p < end ? text.charCodeAt(p) : 0
      } while (kindOf(code) === NUMBER || code === 0x2c || code === 0x2e)
    } else if (kind === APOSTROPHE_KIND) {
      p += contractionLength(text, p, end)
      if (p === start) {
        p++
        continue
      }
      hash = hashOf(text, start, p)
    } else if (kind === SYMBOL) {
      hash = Math.imul(hash ^ code, FNV_PRIME)
      p++
    } else {
      if (kind === MARK) hints |= MARK_HINT
      else if (kind === LOW_MARK) hints |= LOW_MARK_HINT
      else if (kind === SURROGATE) return undefined
      p++
      continue
    }
    const word = wordOf(text, start, p, hash)
    if (count < scratch.length) scratch[count] = word
    else scratch.push(word)
    count++
    hints |= word.hints
  }
  scanned = count
  return hints
}

/** The length of the contraction (`'ll`, `'ve`, `'re`, `'d`, `'s`, `'m`, then a word boundary) at the apostrophe at `p`, before `end`, or 0. */
function contractionLength(text: string, p: number, end: number): number {
  const first = p + 1 < end ? text.charCodeAt(p + 1) | 0x20 : 0
  const second = p + 2 < end ? text.charCodeAt(p + 2) | 0x20 : 0
  if ((first === 0x6c && second === 0x6c) || (first === 0x76 && second === 0x65) || (first === 0x72 && second === 0x65)) {
    return p + 3 < end && isWordCharacter(text.charCodeAt(p + 3)) ? 0 : 3
  }
  if (first === 0x64 || first === 0x73 || first === 0x6d) return p + 2 < end && isWordCharacter(text.charCodeAt(p + 2)) ? 0 : 2
  return 0
}

/**
 * By character of the Basic Multilingual Plane: its kind for the scan,
 * `UNKNOWN` until first asked. A table, because most characters of a
 * sentence are read once per token they end or continue, and a load is
 * cheaper than the chain of range tests it replaces.
 */
const kinds = new Uint8Array(0x10000)
const UNKNOWN = 0
/** `\p{L}` */
const LETTER = 1
/** `\p{N}` */
const NUMBER = 2
/** `'` or `’` */
const APOSTROPHE_KIND = 3
/** A one-character token: `?%$£€¥` */
const SYMBOL = 4
/** A quotation mark of `MARK_HINT` */
const MARK = 5
/** The low quotation mark of `LOW_MARK_HINT` */
const LOW_MARK = 6
/** Half of a character beyond the Basic Multilingual Plane */
const SURROGATE = 7
const OTHER = 8
for (const [characters, kind] of [["'’", APOSTROPHE_KIND], ['?%$£€¥', SYMBOL], ['"“”«»', MARK], ['„', LOW_MARK]] as const) {
  for (const character of characters) kinds[character.charCodeAt(0)] = kind
}
kinds.fill(SURROGATE, 0xd800, 0xe000)
const letter = /\p{L}/u
const number = /\p{N}/u

/** The kind of the character `code` (0 past the end of a sentence, which is `OTHER`), found by regex once per character. */
function kindOf(code: number): number {
  const kind = kinds[code]!
  return kind === UNKNOWN ? classify(code) : kind
}

function classify(code: number): number {
  const character = String.fromCharCode(code)
  const kind = letter.test(character) ? LETTER : number.test(character) ? NUMBER : OTHER
  kinds[code] = kind
  return kind
}

/** A character of `\w` (`[A-Za-z0-9_]`). */
function isWordCharacter(code: number): boolean {
  const lower = code | 0x20
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f
}
