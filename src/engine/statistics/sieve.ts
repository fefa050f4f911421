/**
 * Word sets and maps for the loops that look up every token of a text. A
 * `Set` or `Map` must hash each freshly sliced word before it can answer, and
 * most words of a text are in none of them; a sieve answers most of those
 * "no" from the word's length and its first and last code units alone.
 */
import type { Token } from './tokens.ts'

/** Sieve slots: 32 lengths × 32 first × 32 last code units (lengths capped at 31, code units taken modulo 32). */
const SLOTS = 32 * 32 * 32

/** The sieve slot of `word`. */
export function slotOf(word: string): number {
  return slotOfCodes(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))
}

/**
 * The sieve slot of a word of `length` code units from its first and last code unit. An ASCII
 * letter and its lower case share their code unit modulo 32, so the slot of an ASCII word is
 * the slot of its lower case.
 */
export function slotOfCodes(length: number, first: number, last: number): number {
  return ((length < 31 ? length : 31) * 32 + (first & 31)) * 32 + (last & 31)
}

function sieveOf(words: Iterable<string>): Uint8Array {
  const sieve = new Uint8Array(SLOTS)
  for (const word of words) sieve[slotOf(word)] = 1
  return sieve
}

/** A read-only set of words that first tries its sieve: a word the sieve rejects is certainly absent. */
export class SievedSet {
  private readonly words: ReadonlySet<string>
  private readonly sieve: Uint8Array

  constructor(words: Iterable<string>) {
    this.words = new Set(words)
    this.sieve = sieveOf(this.words)
  }

  /** Whether `word` is one of the words. */
  has(word: string): boolean {
    return this.sieve[slotOf(word)] === 1 && this.words.has(word)
  }

  /** Whether the lower case of `token` is one of the words; its slot is computed once, by `tokenize`. */
  hasToken(token: Token): boolean {
    return this.sieve[token.slot] === 1 && this.words.has(token.lower)
  }
}

/** A read-only map from words that first tries its sieve: a word the sieve rejects is certainly no key. */
export class SievedMap<V> {
  private readonly map: ReadonlyMap<string, V>
  private readonly sieve: Uint8Array

  constructor(map: ReadonlyMap<string, V>) {
    this.map = map
    this.sieve = sieveOf(map.keys())
  }

  /** The value of `word`, if it is a key. */
  get(word: string): V | undefined {
    return this.sieve[slotOf(word)] === 1 ? this.map.get(word) : undefined
  }

  /** The value of the lower case of `token`, if it is a key. */
  getToken(token: Token): V | undefined {
    return this.sieve[token.slot] === 1 ? this.map.get(token.lower) : undefined
  }
}
