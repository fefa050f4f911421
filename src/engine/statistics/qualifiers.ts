/**
 * Words that bound a figure (`more than`, `at least`, `about`, `or more`)
 * as data, with the interval each one means and the contract's qualifier.
 */
import type { Qualifier } from '../types.ts'
import { SievedMap } from './sieve.ts'
import type { Token } from './tokens.ts'

/** `gt` (x > n), `ge`, `lt`, `le`, `eq` (exactly n) or `about` (near n). */
export type Bound = 'gt' | 'ge' | 'lt' | 'le' | 'eq' | 'about'

/** A phrase that bounds the number next to it. */
export interface Phrase {
  words: string[]
  bound: Bound
  qualifier: Qualifier | null
}

const table = (bound: Bound, qualifier: Qualifier | null, phrases: string[]): Phrase[] =>
  phrases.map((phrase) => ({ words: phrase.split(' '), bound, qualifier }))

/** Phrases written before the number. */
export const PREFIXES: Phrase[] = [
  ...table('gt', 'more than', [
    'more than', 'greater than', 'larger than', 'bigger than', 'higher than', 'above', 'over', 'exceed',
    'exceeds', 'exceeded', 'exceeding', 'topped', 'tops', 'topping', 'surpass', 'surpasses', 'surpassing', 'in excess of', 'upwards of',
    'just over', 'well over', 'well above', 'more than just', '>'
  ]),
  ...table('ge', 'at least', [
    'at least', 'no less than', 'not less than', 'no fewer than', 'not fewer than', 'a minimum of',
    'greater than or equal to', 'more than or equal to', 'greater or equal than', 'greater or equal to',
    'bigger or equal than', 'higher or equal than', 'larger or equal than', 'more or equal than',
    'at least or equal to', 'equal to or more than', 'equal to or greater than', 'equal or greater than',
    '> =', '≥'
  ]),
  ...table('lt', 'less than', [
    'less than', 'fewer than', 'smaller than', 'lower than', 'below', 'under', 'just under', 'just below',
    'well under', 'well below', '<'
  ]),
  ...table('le', 'at most', [
    'at most', 'no more than', 'not more than', 'no greater than', 'a maximum of', 'less than or equal to',
    'fewer than or equal to', 'smaller or equal than', 'smaller or equal to', 'less or equal than',
    'less or equal to', 'lower or equal than', 'equal to or less than', 'equal to or fewer than',
    'equal or less than', '< =', '≤'
  ]),
  ...table('le', 'up to', ['up to', 'as many as', 'as much as']),
  ...table('eq', null, ['equal to', 'equals to', 'equals', 'equaling to', 'equalling to', 'equaling', 'equalling', '=']),
  ...table('about', 'about', [
    'about', 'around', 'roughly', 'approximately', 'approx', 'some', 'nearly', 'almost', 'close to',
    'an estimated', 'estimated', 'circa', 'an approximate', 'more or less', 'just about', 'around about'
  ])
]

/** Phrases written after the number (`500 or more`). */
export const SUFFIXES: Phrase[] = [
  ...table('ge', 'at least', ['or more', 'and more', 'or greater', 'or greater than', 'or more than', 'or above', 'or over', 'and above', 'and over', 'or higher', 'plus', 'or older', 'and older']),
  ...table('le', 'at most', ['or less', 'or fewer', 'or less than', 'or fewer than', 'or below', 'or under', 'and below', 'and under', 'or lower', 'or younger', 'and younger'])
]

/** `or equal (to|than)` after `less than 5000` makes the bound inclusive. */
export const OR_EQUAL: Phrase[] = table('eq', null, ['or equal to', 'or equal than', 'or equal'])

/** Words that join a lower and an upper bound into one range. */
export const JOINERS: ReadonlySet<string> = new Set(['and', 'but', ','])

/** Words between the two ends of a range (`15 to 20`, `20 through 100`, `16–17`). */
export const RANGE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '~', '‐', '‑'])
export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'through', 'thru'])

/** Phrases by their first word, longest first. */
export type PhraseIndex = SievedMap<Phrase[]>

/** Index phrases by their first word, longest first, for matching at a token. */
export function indexPhrases(phrases: Phrase[]): PhraseIndex {
  const index = new Map<string, Phrase[]>()
  for (const phrase of phrases) {
    const list = index.get(phrase.words[0]!) ?? []
    list.push(phrase)
    index.set(phrase.words[0]!, list)
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return new SievedMap(index)
}

/** The longest phrase of `index` that starts at token `i`, or `null`. */
export function matchPhrase(index: PhraseIndex, tokens: Token[], i: number): Phrase | null {
  const token = tokens[i]
  const candidates = token && index.getToken(token)
  if (!candidates) return null
  for (const phrase of candidates) {
    if (startsAt(phrase.words, tokens, i)) return phrase
  }
  return null
}

function startsAt(words: string[], tokens: Token[], i: number): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false
  return true
}

/** The longest phrase of `index` that ends right before token `k`, with its first token. */
export function phraseBefore(index: PhraseIndex, tokens: Token[], k: number): { phrase: Phrase; first: number } | null {
  for (let first = Math.max(0, k - 5); first < k; first++) {
    const phrase = matchPhrase(index, tokens, first)
    if (phrase && first + phrase.words.length === k) return { phrase, first }
  }
  return null
}
