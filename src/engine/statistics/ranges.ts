/**
 * Bounded numbers and ranges: `more than 30`, `500 or more`, `between 20
 * and 30`, `from 200 to 300`, `16–17`, `larger than 10 and smaller than 20`.
 */
import type { Qualifier } from '../types.ts'
import { currencySignAt } from './attach.ts'
import type { MentionIndex, NumberMention } from './numbers.ts'
import {
  indexPhrases, JOINERS, matchPhrase, OR_EQUAL, PREFIXES, RANGE_DASHES, RANGE_WORDS, SUFFIXES, type Bound
} from './qualifiers.ts'
import type { Token } from './tokens.ts'
import { PREFIX_UNITS } from './units.ts'

/** A number with its bounds, or a range of two numbers; `first`/`last` index tokens. */
export interface Bounded {
  first: number
  last: number
  low: number | null
  high: number | null
  lowInclusive: boolean
  highInclusive: boolean
  qualifier: Qualifier | null
  /** `about`, `eq` or `between` for ranges; otherwise the side that is bounded. */
  bound: Bound | 'between'
  numbers: NumberMention[]
  /** Token index of an `about` before a range (`about 16–17`), which the range leaves out. */
  approximate: number | null
}

const prefixes = indexPhrases(PREFIXES)
const suffixes = indexPhrases(SUFFIXES)
const orEqual = indexPhrases(OR_EQUAL)
const COMPARE_SYMBOLS = new Set(['<', '>', '='])
/** The words that join the ends of `between A and B` and of `from A to B`. */
const BETWEEN_LINKS: ReadonlySet<string> = new Set(['and'])
const FROM_LINKS: ReadonlySet<string> = new Set([...RANGE_WORDS, ...RANGE_DASHES])
/** How many tokens before its number a bound can start: the longest prefix, a currency sign and `the`. */
const REACH = Math.max(...PREFIXES.map((phrase) => phrase.words.length)) + Math.max(...PREFIX_UNITS.map((unit) => unit.parts.length)) + 1

/** Every bounded number and range over the mentions `at`, in order and non-overlapping. */
export function findBounded(tokens: Token[], at: MentionIndex): Bounded[] {
  const mentions = at.list
  const found: Bounded[] = []
  let t = 0
  let next = 0
  while (t < tokens.length) {
    while (next < mentions.length && mentions[next]!.first < t) next++
    if (next === mentions.length) break
    if (mentions[next]!.first - t > REACH) t = mentions[next]!.first - REACH
    const first = boundAt(tokens, at, t)
    if (!first) {
      t++
      continue
    }
    const joined = join(tokens, at, first)
    found.push(joined)
    t = joined.last
  }
  return found
}

function boundAt(tokens: Token[], at: MentionIndex, t: number): Bounded | null {
  const word = tokens[t]?.lower
  if (word === undefined) return null
  if (word === 'between') return pair(tokens, at, t, t + 1, BETWEEN_LINKS)
  if (word === 'from') return pair(tokens, at, t, t + 1, FROM_LINKS)
  const prefix = matchPhrase(prefixes, tokens, t)
  if (prefix && !(COMPARE_SYMBOLS.has(tokens[t]!.text) && tokens[t]!.attached && COMPARE_SYMBOLS.has(tokens[t - 1]?.text ?? ''))) {
    const k = t + prefix.words.length
    if (prefix.bound === 'about') {
      const inner = at.has(k) ? rangeOrSuffix(tokens, at, k) : null
      if (inner) return { ...inner, approximate: t }
    }
    const number = numberAt(tokens, at, k)
    if (number) return withSuffix(tokens, at, t, number, prefix.bound, prefix.qualifier)
  }
  return at.has(t) ? rangeOrSuffix(tokens, at, t) : null
}

/** `20 to 30`, `16–17`, `500 or more` starting at a number. */
function rangeOrSuffix(tokens: Token[], at: MentionIndex, t: number): Bounded | null {
  const number = at.get(t)!
  const link = tokens[number.last]
  if (link && (RANGE_WORDS.has(link.lower) || (RANGE_DASHES.has(link.text) && isDashRange(tokens, number)))) {
    const high = at.get(number.last + 1)
    if (high && high.value > number.value && !(RANGE_DASHES.has(link.text) && (number.words || high.words))) {
      return range(t, high.last, number, high)
    }
  }
  if (link?.lower === 'or') {
    const high = at.get(number.last + 1)
    if (high && isAlternative(number, high)) return range(t, high.last, number, high)
  }
  const suffix = matchPhrase(suffixes, tokens, number.last)
  if (suffix && !numberAt(tokens, at, number.last + suffix.words.length)) {
    return single(t, number.last + suffix.words.length, number, suffix.bound, suffix.qualifier)
  }
  return null
}

/** Largest figure of an `A or B` range. */
const MAX_ALTERNATIVE = 1000

/** `two or three`, `10 or 12`: small whole numbers written alike, the second not far above the first. */
function isAlternative(low: NumberMention, high: NumberMention): boolean {
  return low.words === high.words && Number.isInteger(low.value) && Number.isInteger(high.value) && low.value > 0 &&
    high.value > low.value && high.value <= 2 * low.value + 2 && high.value < MAX_ALTERNATIVE && !low.fraction && !high.fraction &&
    !low.ordinal && !high.ordinal && low.suffix === null && high.suffix === null
}

/** A dash between numbers is a range unless it is part of a code or phone number (`+1-222-2222`). */
function isDashRange(tokens: Token[], number: NumberMention): boolean {
  const before = tokens[number.first - 1]
  if (before && tokens[number.first]!.attached && (before.text === '+' || before.text === '-' || before.text === '/')) return false
  const after = tokens[number.last + 1]
  if (!after) return false
  let k = number.last + 2
  while (tokens[k]?.kind === 'digits' || tokens[k]?.kind === 'word' && tokens[k]!.attached) k++
  const trailing = tokens[k]
  return !(trailing && trailing.attached && (RANGE_DASHES.has(trailing.text) || trailing.text === '/') && tokens[k + 1]?.kind === 'digits')
}

/** `between A and B`, `from A to B`. */
function pair(tokens: Token[], at: MentionIndex, t: number, k: number, links: ReadonlySet<string>): Bounded | null {
  const low = numberAt(tokens, at, k)
  if (!low) return null
  const linkAt = afterPercent(tokens, low.last)
  const link = tokens[linkAt]
  if (!link || !links.has(link.lower)) return null
  const high = numberAt(tokens, at, linkAt + 1)
  if (!high || high.value <= low.value) return null
  return range(t, high.last, low, high)
}

/** The token after a percent mark at `k` (`18% and`), or `k`. */
function afterPercent(tokens: Token[], k: number): number {
  const word = tokens[k]?.lower
  if (word === '%' || word === 'percent') return k + 1
  return word === 'per' && tokens[k + 1]?.lower === 'cent' ? k + 2 : k
}

function range(first: number, last: number, low: NumberMention, high: NumberMention): Bounded {
  return {
    first, last, low: low.value, high: high.value, lowInclusive: true, highInclusive: false,
    qualifier: 'between', bound: 'between', numbers: [low, high], approximate: null
  }
}

/** The number at token `k`, allowing `the` before an ordinal (`the tenth`). */
function numberAt(tokens: Token[], at: MentionIndex, k: number): NumberMention | null {
  const direct = at.get(k) ?? at.get(k + currencySignAt(tokens, k))
  if (direct) return direct
  const after = tokens[k]?.lower === 'the' ? at.get(k + 1) : undefined
  return after?.ordinal ? after : null
}

/** A prefix-bounded number, with `or equal`, `or less`, `or more` after it. */
function withSuffix(
  tokens: Token[], at: MentionIndex, t: number, number: NumberMention, bound: Bound, qualifier: Qualifier | null
): Bounded {
  const equal = matchPhrase(orEqual, tokens, number.last)
  if (equal && (bound === 'gt' || bound === 'lt') && !numberAt(tokens, at, number.last + equal.words.length)) {
    return single(t, number.last + equal.words.length, number, bound === 'gt' ? 'ge' : 'le', bound === 'gt' ? 'at least' : 'at most')
  }
  const suffix = matchPhrase(suffixes, tokens, number.last)
  if (suffix && bound === 'eq' && !numberAt(tokens, at, number.last + suffix.words.length)) {
    return single(t, number.last + suffix.words.length, number, suffix.bound, suffix.qualifier)
  }
  return single(t, number.last, number, bound, qualifier)
}

function single(first: number, last: number, number: NumberMention, bound: Bound, qualifier: Qualifier | null): Bounded {
  const value = number.value
  const low = bound === 'gt' || bound === 'ge' || bound === 'eq' || bound === 'about' ? value : null
  const high = bound === 'lt' || bound === 'le' || bound === 'eq' ? value : null
  return {
    first, last, low, high, lowInclusive: bound === 'ge' || bound === 'eq', highInclusive: bound === 'le' || bound === 'eq',
    qualifier, bound, numbers: [number], approximate: null
  }
}

/** `larger than 10 and smaller than 20`: a lower and an upper bound joined into one range. */
function join(tokens: Token[], at: MentionIndex, first: Bounded): Bounded {
  const lower = first.bound === 'gt' || first.bound === 'ge'
  const upper = first.bound === 'lt' || first.bound === 'le'
  if (!lower && !upper) return first
  const joiner = tokens[first.last]
  if (!joiner || !JOINERS.has(joiner.lower)) return first
  if (at.has(first.last + 1)) return first
  const second = boundAt(tokens, at, first.last + 1)
  if (!second || second.approximate !== null) return first
  const secondLower = second.bound === 'gt' || second.bound === 'ge'
  const secondUpper = second.bound === 'lt' || second.bound === 'le'
  const [low, high] = lower && secondUpper ? [first, second] : upper && secondLower ? [second, first] : [null, null]
  if (!low || !high || low.low! >= high.high!) return first
  return {
    first: first.first, last: second.last, low: low.low, high: high.high, lowInclusive: low.lowInclusive,
    highInclusive: high.highInclusive, qualifier: 'between', bound: 'between', numbers: [...first.numbers, ...second.numbers],
    approximate: null
  }
}

/** Recognizers-Text interval notation: `[20,30)`, `(30,)`, `(,100]`. */
export function intervalOf(bounded: Bounded): string {
  const open = bounded.low === null ? '(' : bounded.lowInclusive ? '[' : '('
  const close = bounded.high === null ? ')' : bounded.highInclusive ? ']' : ')'
  return `${open}${bounded.low ?? ''},${bounded.high ?? ''}${close}`
}
