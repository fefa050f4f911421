/**
 * The vocabulary the check-worthiness model has met: what it reads of each
 * distinct token — its `normalise`d form, its signal bits, its hints, the
 * hash pieces of its n-grams — worked out once and kept, since a news text
 * repeats a small vocabulary. A token is looked up by the FNV-1a hash of its
 * characters, taken while they are scanned, without making a string of it.
 */
import { emptyHash, extendHash, ngramIndex } from './codec.ts'
import { normalise, wordBits } from './features.ts'
import { wordHints } from './hints.ts'
import { ngrams } from './trained.ts'

/** What the model reads of one token. */
export interface Word {
  /** Its number among the known tokens (below `capacity`, which fits in 16 bits); -1 once forgotten. */
  id: number
  /** The token as `tokenize` gives it. */
  token: string
  /** The token as the n-grams see it (`normalise`). */
  lower: string
  /** Its signal bits (`wordBits`). */
  bits: number
  /** The rules it may take part in a match of (`wordHints`). */
  hints: number
  /** The entry of its unigram `w:<lower>` in the model's n-gram table (-1: none). */
  unigram: number
  /** The entry of the bigram `b:<s> <lower>`, which opens a sentence with it, in the model's n-gram table (-1: none). */
  opening: number
  /** The entry of the bigram `b:<lower> </s>`, which closes a sentence with it (-1: none). */
  closing: number
  /**
   * The unfinished FNV-1a hash of `b:<lower> `, a bigram with it on the left,
   * to extend with the right word (`leftHash`), in two 16-bit halves: a whole
   * 32-bit number is too large for V8's small integers, and would be boxed on
   * the heap, one more memory load per word read.
   */
  leftHigh: number
  leftLow: number
}

/** The unfinished hash of the bigram with `word` on the left (`Word.leftHigh`, `Word.leftLow`). */
function leftHash(word: Word): number {
  return (word.leftHigh << 16) | word.leftLow
}

const unigramPrefix = extendHash(emptyHash, 'w:')
const bigramPrefix = extendHash(emptyHash, 'b:')

/** The unfinished hash of the bigram that opens a sentence (`b:<s> `). */
const sentenceStart = extendHash(bigramPrefix, '<s> ')

/**
 * The distinct tokens seen so far, in an open-addressing table keyed by the
 * FNV-1a hash of the token: slot `i` holds a hash at `2i` and beside it, in
 * the same cache line, the index in `known` + 1 (0: empty). It grows to stay
 * at most half full, and is emptied when `capacity` tokens are known, so that
 * memory stays bounded.
 */
const capacity = 1 << 16
let slots = new Int32Array(2048)
const known: Word[] = []
/**
 * The characters of every known token as written, one after another: known
 * token `i` is `characters[ends[i - 1], ends[i])` (from 0 for the first). A
 * look-up compares the scanned characters with these rather than with the
 * token's string, which may be a slice of a long text (slower to read,
 * character by character). A token written with `’` and with `'` is known
 * twice (the same hash, the same `Word` data): the comparison stays exact
 * without mapping one to the other.
 */
let characters = new Uint16Array(1 << 14)
const ends = new Int32Array(capacity)

/** The apostrophe `'`, which `tokenize` writes for a right single quotation mark `’` (`RIGHT_QUOTE`). */
export const APOSTROPHE = 0x27
export const RIGHT_QUOTE = 0x2019
/** The FNV-1a prime, to extend a hash (`hashOf`) by one character. */
export const FNV_PRIME = 0x01000193

/** The FNV-1a hash of `text[start, end)` with `’` read as `'`, as `tokenize` writes it. */
export function hashOf(text: string, start: number, end: number): number {
  let hash = emptyHash
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    hash = Math.imul(hash ^ (code === RIGHT_QUOTE ? APOSTROPHE : code), FNV_PRIME)
  }
  return hash
}

/** The `Word` of the token `text[start, end)` (hashed to `hash` by `hashOf`), read once and then known. */
export function wordOf(text: string, start: number, end: number, hash: number): Word {
  const mask = slots.length - 2
  let slot = (hash << 1) & mask
  for (let entry = slots[slot + 1]! - 1; entry >= 0; entry = slots[slot + 1]! - 1) {
    if (slots[slot] === hash && sameToken(entry, text, start, end)) return known[entry]!
    slot = (slot + 2) & mask
  }
  return learn(text, start, end, hash)
}

/**
 * Know the new token `text[start, end)`, hashed to `hash`. Apart from
 * `wordOf`, whose look-up is small enough for V8 to inline into the scan that
 * calls it for every token.
 */
function learn(text: string, start: number, end: number, hash: number): Word {
  if (known.length === capacity) forget()
  const token = text.slice(start, end).replaceAll('’', "'")
  const lower = normalise(token)
  const left = extendHash(extendHash(bigramPrefix, lower), ' ')
  const unigram = ngramIndex(ngrams, extendHash(unigramPrefix, lower) >>> 0)
  const opening = ngramIndex(ngrams, extendHash(sentenceStart, lower) >>> 0)
  const closing = ngramIndex(ngrams, extendHash(left, '</s>') >>> 0)
  const word: Word = { id: known.length, token, lower, bits: wordBits(token, lower), hints: wordHints(lower), unigram, opening, closing, leftHigh: left >>> 16, leftLow: left & 0xffff }
  remember(text, start, end)
  known.push(word)
  place(hash, known.length)
  if (known.length * 4 > slots.length) grow()
  return word
}

/** Put `hash` and its `known` index + 1 in the first free slot from its own. */
function place(hash: number, number: number): void {
  const mask = slots.length - 2
  let slot = (hash << 1) & mask
  while (slots[slot + 1] !== 0) slot = (slot + 2) & mask
  slots[slot] = hash
  slots[slot + 1] = number
}

/** Double the table, placing every known token again. */
function grow(): void {
  const old = slots
  slots = new Int32Array(old.length * 2)
  for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== 0) place(old[slot]!, old[slot + 1]!)
}

/** Whether known token `entry` was written `text[start, end)`, character for character. */
function sameToken(entry: number, text: string, start: number, end: number): boolean {
  let i = entry === 0 ? 0 : ends[entry - 1]!
  if (ends[entry]! - i !== end - start) return false
  for (let p = start; p < end; p++, i++) if (characters[i] !== text.charCodeAt(p)) return false
  return true
}

/** Add the characters of `text[from, to)`, the token about to be known, to `characters`. */
function remember(text: string, from: number, to: number): void {
  const start = known.length === 0 ? 0 : ends[known.length - 1]!
  const end = start + to - from
  if (end > characters.length) {
    const old = characters
    characters = new Uint16Array(Math.max(old.length * 2, end))
    characters.set(old)
  }
  for (let i = from; i < to; i++) characters[start + i - from] = text.charCodeAt(i)
  ends[known.length] = end
}

/**
 * The n-gram table entries of bigrams met lately, keyed by the `id`s of their
 * two words (left in the high 16 bits): a direct-mapped cache, slot by a
 * multiplicative hash of the key: slot `i` holds the key at `2i` and beside it
 * (in the same cache line) the entry + 2 (0: empty). Most bigrams of a text
 * recur ("of the", "said the"), and a hit costs two loads where a miss hashes
 * the right word's characters and probes the n-gram table.
 */
const pairBits = 14
const pairs = new Int32Array(2 << pairBits)

/** The entry of the bigram `b:<left> <right>` in the model's n-gram table (-1: none). */
export function bigramEntry(left: Word, right: Word): number {
  // A word forgotten while its sentence was read has no id (its number may be a new word's): not cached.
  if ((left.id | right.id) < 0) return ngramIndex(ngrams, extendHash(leftHash(left), right.lower) >>> 0)
  const key = (left.id << 16) | right.id
  const slot = (Math.imul(key, 0x9e3779b1) >>> (32 - pairBits)) << 1
  if (pairs[slot] === key && pairs[slot + 1] !== 0) return pairs[slot + 1]! - 2
  const entry = ngramIndex(ngrams, extendHash(leftHash(left), right.lower) >>> 0)
  pairs[slot] = key
  pairs[slot + 1] = entry + 2
  return entry
}

/** Empty the table (and the cache of bigrams, whose keys are the ids of known tokens). */
function forget(): void {
  pairs.fill(0)
  for (const word of known) word.id = -1
  slots = new Int32Array(2048)
  known.length = 0
}
