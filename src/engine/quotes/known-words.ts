/**
 * Words already read, kept across articles: a hash table keyed by the
 * characters of a word's raw text, so a token is looked up without slicing
 * it out of the article (a slice per token and a `Map` keyed by it cost more
 * than the rest of tokenising). It grows with the vocabulary, and starts
 * afresh between articles once it has reached `MAX_SLOTS`.
 *
 * Each lower-case form also remembers the last article that wrote it
 * without a capital, which answers "does this article use the word in
 * lower case?" without a set built per article.
 */
import { kindsOf } from './word-kinds.ts'
import { isAsciiAlnum, isPlainWordChar, mayBeWordChar, readWord, wordEnd, type Word } from './words.ts'

/** One raw text and what `readWord` makes of it. */
export interface KnownWord {
  raw: string
  word: Word | null
  /** The word lists holding the word's lower case (`kindsOf`). */
  kinds: number
  /** The word's lower-case form, shared by every raw text with that lower case. */
  form: LowerForm | null
}

/** A lower-case form of words. */
interface LowerForm {
  /** The stamp (from `nextArticle`) of the last article that wrote the form without a capital. */
  uncapitalisedIn: number
}

const FIRST_SLOTS = 1 << 12
const MAX_SLOTS = 1 << 17

/** Open addressing with linear probing, kept at most half full; `hashes` beside `words` so a probe reads no entry. */
let words = new Array<KnownWord | undefined>(FIRST_SLOTS)
let hashes = new Int32Array(FIRST_SLOTS)
let entries = 0
let forms = new Map<string, LowerForm>()
let article = 0

/** A new stamp for the article about to be read (see `markUncapitalised`). */
export function nextArticle(): number {
  if (words.length >= MAX_SLOTS) {
    words = new Array<KnownWord | undefined>(FIRST_SLOTS)
    hashes = new Int32Array(FIRST_SLOTS)
    entries = 0
    forms = new Map()
  }
  return ++article
}

/** Note that the article of `stamp` writes `known` without a capital. */
export function markUncapitalised(known: KnownWord, stamp: number): void {
  if (known.form) known.form.uncapitalisedIn = stamp
}

/** Whether the article of `stamp`, the latest read, writes `lower` without a capital. */
export function isUncapitalised(lower: string, stamp: number): boolean {
  return forms.get(lower)?.uncapitalisedIn === stamp
}

/**
 * The known word that starts at `start` (a letter or digit) and is cut at
 * `limit`, read and stored when new; `undefined` when no word starts there.
 * A word of plain characters is hashed as it is scanned (most are); one
 * that meets another character is left to `wordEnd`.
 */
export function wordAt(text: string, start: number, limit: number): KnownWord | undefined {
  let hash = HASH_SEED
  let at = start
  for (; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (!isPlainWordChar(code)) break
    hash = mix(hash, code)
  }
  const next = at < limit ? text.charCodeAt(at) : 0
  if (at > start && isAsciiAlnum(text.charCodeAt(start)) && !(next >= 0x80 && mayBeWordChar(next))) return lookup(text, start, at, hash)
  const end = wordEnd(text, start, limit)
  if (end < 0) return undefined
  hash = HASH_SEED
  for (let index = start; index < end; index++) hash = mix(hash, text.charCodeAt(index))
  return lookup(text, start, end, hash)
}

const HASH_SEED = 0x811c9dc5

/** One step of FNV-1a over character codes. */
function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}

/** The known word with raw text `text[start, end)` and hash `hash`, stored when new. */
function lookup(text: string, start: number, end: number, hash: number): KnownWord {
  const length = end - start
  const mask = words.length - 1
  let slot = hash & mask
  for (let entry = words[slot]; entry !== undefined; entry = words[slot]) {
    if (hashes[slot] === hash && entry.raw.length === length && text.startsWith(entry.raw, start)) return entry
    slot = (slot + 1) & mask
  }
  const raw = text.slice(start, end)
  const word = readWord(raw)
  const entry: KnownWord = { raw, word, kinds: word ? kindsOf(word.lower) : 0, form: word ? formOf(word.lower) : null }
  words[slot] = entry
  hashes[slot] = hash
  if (++entries * 2 > words.length) grow()
  return entry
}

function formOf(lower: string): LowerForm {
  let form = forms.get(lower)
  if (!form) forms.set(lower, (form = { uncapitalisedIn: 0 }))
  return form
}

/** Double the table. */
function grow(): void {
  const old = words
  const oldHashes = hashes
  const size = old.length * 2
  words = new Array<KnownWord | undefined>(size)
  hashes = new Int32Array(size)
  entries = 0
  for (let at = 0; at < old.length; at++) {
    const entry = old[at]
    if (entry === undefined) continue
    let slot = oldHashes[at]! & (size - 1)
    while (words[slot] !== undefined) slot = (slot + 1) & (size - 1)
    words[slot] = entry
    hashes[slot] = oldHashes[at]!
    entries++
  }
}
