/**
 * Word sets and maps for the loops that look up every token of a text. A
 * `Set` or `Map` must hash each freshly sliced word before it can answer, and
 * most words of a text are in none of them; a sieve answers most of those
 * "no" from the word's length and its first and last code units alone.
 */

/** Sieve slots: 32 lengths × 32 first × 32 last code units (lengths capped at 31, code units taken modulo 32). */
const SLOTS = 32 * 32 * 32

function slotOf(word: string): number {
  const length = word.length
  return ((length < 31 ? length : 31) * 32 + (word.charCodeAt(0) & 31)) * 32 + (word.charCodeAt(length - 1) & 31)
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
}
