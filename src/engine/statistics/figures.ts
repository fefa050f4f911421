/**
 * Statistics stated without a plain number: `thousands of people`, `forcing
 * thousands to flee`, `all but one of the 55 members`, `halving its staff`,
 * `within a year`, `about an hour`, `the past year and a half`, `half an hour`,
 * `a mile away`.
 */
import type { Qualifier, Statistic } from '../types.ts'
import { currencyAt } from './attach.ts'
import { countedNoun, isNounWord, nounPhrase } from './nouns.ts'
import type { MentionIndex } from './numbers.ts'
import { indexPhrases, phraseBefore, PREFIXES } from './qualifiers.ts'
import { SievedSet } from './sieve.ts'
import { ARTICLE_DURATION_LEADS, PARTICULAR_AFTER, PERIOD_LEADS, TIME_POINT_AFTER, TIME_UNITS } from './time.ts'
import type { Token } from './tokens.ts'

/** Plural scale words that stand for "more than" their scale (`thousands of people`). */
const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9]
])
/** Words after a bare vague scale that make it a number of people (`hundreds were hurt`; `to` only after a causative). */
const PEOPLE_AFTER: ReadonlySet<string> = new Set(['to', 'were', 'are', 'have', 'had', 'who', 'fled', 'gathered', 'marched', 'died'])
/** Verbs that make people do something (`forcing thousands to flee`). */
const CAUSATIVES: ReadonlySet<string> = new Set([
  'forcing', 'forced', 'forces', 'force', 'ordering', 'ordered', 'prompting', 'prompted', 'leaving', 'left', 'urging', 'urged',
  'allowing', 'allowed', 'causing', 'caused', 'telling', 'told', 'asking', 'asked'
])
const HALVING = new Set(['halve', 'halves', 'halved', 'halving'])
/** Spelled distances that `a` measures (`a mile ahead`), with their unit. */
const DISTANCES: ReadonlyMap<string, string> = new Map([
  ['mile', 'miles'], ['kilometre', 'kilometres'], ['kilometer', 'kilometers'], ['metre', 'metres'], ['meter', 'meters'],
  ['yard', 'yards'], ['foot', 'feet']
])
/** Words after `a mile` that make it a distance (`a mile away`), not a name or a compound (`a mile-long queue`). */
const DISTANCE_AFTER: ReadonlySet<string> = new Set(['away', 'ahead', 'long', 'wide', 'high', 'deep', 'from', 'behind', 'off', 'further', 'farther', 'apart'])
const prefixes = indexPhrases(PREFIXES)
/** Every word a figure of this module is found at; other tokens are skipped with one look-up. */
const CUES = new SievedSet([...VAGUE_SCALES.keys(), 'all', ...HALVING, ...TIME_UNITS.keys(), ...DISTANCES.keys()])

/** The statistics of `tokens` that no number mention carries. */
export function specialFigures(tokens: Token[], text: string, byFirst: MentionIndex): Statistic[] {
  const found: Statistic[] = []
  const push = (first: number, last: number, rest: Omit<Statistic, 'text' | 'start' | 'end' | 'max'>) => {
    const start = tokens[first]!.start
    const end = tokens[last - 1]!.end
    found.push({ text: text.slice(start, end), start, end, max: null, ...rest })
  }
  for (let k = 0; k < tokens.length; k++) {
    if (!CUES.hasToken(tokens[k]!)) continue
    const word = tokens[k]!.lower
    const scale = VAGUE_SCALES.get(word)
    if (scale !== undefined && tokens[k + 1]?.lower === 'of') {
      const figure = vagueScale(tokens, k, scale)
      if (figure) push(figure.first, figure.last, { kind: figure.kind, value: figure.value, unit: figure.unit, qualifier: 'more than' })
    } else if (scale !== undefined && scale < 1e9 && PEOPLE_AFTER.has(tokens[k + 1]?.lower ?? '')) {
      const { first, value } = scaled(tokens, k, scale)
      if (tokens[k + 1]!.lower !== 'to' || CAUSATIVES.has(tokens[first - 1]?.lower ?? '')) {
        push(first, k + 1, { kind: 'count', value, unit: 'people', qualifier: 'more than' })
      }
    } else if (word === 'all' && tokens[k + 1]?.lower === 'but') {
      const figure = allBut(tokens, k, byFirst)
      if (figure) push(k, figure.last, { kind: 'count', value: figure.value, unit: figure.unit, qualifier: null })
    } else if (HALVING.has(word)) {
      const phrase = nounPhrase(tokens, k + 1, true, 3)
      if (phrase) push(k, phrase.last, { kind: 'fraction', value: 0.5, unit: phrase.words.join(' '), qualifier: null })
    } else if (DISTANCES.has(word)) {
      const article = tokens[k - 1]?.lower
      if ((article === 'a' || article === 'an') && DISTANCE_AFTER.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.attached) {
        const half = tokens[k - 2]?.lower === 'half'
        push(half ? k - 2 : k - 1, k + 1, { kind: 'measure', value: half ? 0.5 : 1, unit: DISTANCES.get(word)!, qualifier: null })
      }
    } else if (TIME_UNITS.has(word) && !word.endsWith('s')) {
      const figure = articleDuration(tokens, k)
      if (figure) push(figure.first, figure.last, { kind: 'duration', value: figure.value, unit: TIME_UNITS.get(word)!, qualifier: figure.qualifier })
    }
  }
  return found
}

/** `tens of thousands of people` → 10,000; `hundreds of jobs` → 100; `millions of dollars` → money. */
function vagueScale(tokens: Token[], k: number, scale: number): { first: number; last: number; value: number; unit: string; kind: 'count' | 'money' } | null {
  const { first, value } = scaled(tokens, k, scale)
  if (VAGUE_SCALES.has(tokens[k + 2]?.lower ?? '')) return null
  const money = currencyAt(tokens, k + 2)
  if (money) return { first, last: money.last, value, unit: money.iso, kind: 'money' }
  const phrase = nounPhrase(tokens, k + 2, false)
  const unit = phrase && countedNoun(phrase)
  return phrase && unit ? { first, last: phrase.last, value, unit, kind: 'count' } : null
}

/** `tens of thousands`, `hundreds of thousands`: the first token and the value of a vague scale at token `k`. */
function scaled(tokens: Token[], k: number, scale: number): { first: number; value: number } {
  const before = tokens[k - 2]
  if (tokens[k - 1]?.lower === 'of' && before && VAGUE_SCALES.has(before.lower)) {
    return { first: k - 2, value: scale * (before.lower === 'dozens' ? 12 : VAGUE_SCALES.get(before.lower)!) }
  }
  if (tokens[k - 1]?.lower === 'of' && before?.lower === 'tens') return { first: k - 2, value: scale * 10 }
  return { first: k, value: scale }
}

/** `all but one of the member states of the 55-member AU` → 54 member states. */
function allBut(tokens: Token[], k: number, byFirst: MentionIndex): { last: number; value: number; unit: string } | null {
  const excluded = byFirst.get(k + 2)
  if (!excluded || tokens[excluded.last]?.lower !== 'of') return null
  const phrase = nounPhrase(tokens, excluded.last + 1, true)
  const unit = phrase && countedNoun(phrase)
  if (!phrase || !unit) return null
  for (let n = phrase.first; n < phrase.last + 6 && n < tokens.length; n++) {
    const total = byFirst.get(n)
    if (total && total !== excluded && total.value > excluded.value && Number.isInteger(total.value)) {
      return { last: phrase.last, value: total.value - excluded.value, unit }
    }
  }
  return null
}

/**
 * `within a year`, `about an hour`, `the past year and a half`, `half an hour`;
 * not `a day like this` (one day) nor `a second day` (an ordinal).
 */
function articleDuration(tokens: Token[], k: number): { first: number; last: number; value: number; qualifier: Qualifier | null } | null {
  const article = tokens[k - 1]?.lower ?? ''
  const next = tokens[k + 1]
  if (PARTICULAR_AFTER.has(next?.lower ?? '') || TIME_POINT_AFTER.has(next?.lower ?? '') || (tokens[k]!.lower === 'second' && isNounWord(next, tokens[k + 2]))) return null
  let last = k + 1
  let value = 1
  if (tokens[last]?.lower === 'and' && tokens[last + 1]?.lower === 'a' && tokens[last + 2]?.lower === 'half') {
    value = 1.5
    last += 3
  }
  if (PERIOD_LEADS.has(article) && value === 1.5) {
    return { first: tokens[k - 2]?.lower === 'the' ? k - 2 : k - 1, last, value, qualifier: null }
  }
  if (article !== 'a' && article !== 'an') return null
  if (tokens[k - 2]?.lower === 'half') {
    return { first: k - 2, last, value: 0.5, qualifier: null }
  }
  const bound = phraseBefore(prefixes, tokens, k - 1)
  if (bound && bound.phrase.qualifier !== null && bound.phrase.bound !== 'eq') {
    return { first: bound.first, last, value, qualifier: bound.phrase.qualifier }
  }
  const lead = tokens[k - 2]?.lower ?? ''
  if (value === 1.5 || ARTICLE_DURATION_LEADS.has(lead)) return { first: lead === 'within' ? k - 2 : k - 1, last, value, qualifier: null }
  return null
}
