/**
 * A Recognizers-Text–style view of the numbers in a text: numbers,
 * ordinals, percentages, currency, dimensions, temperatures, ages and number
 * ranges in interval notation. `findStatistics` builds on the same scanners.
 */
import { ageAfter, currencyBefore, percentAfter, percentBefore, unitAfter, type Attached } from './attach.ts'
import { MentionIndex, type NumberMention, scanNumbers } from './numbers.ts'
import { isNounWord } from './nouns.ts'
import { findBounded, intervalOf } from './ranges.ts'
import { type Token, tokenize } from './tokens.ts'

export type RecognizedType =
  | 'number' | 'ordinal' | 'percentage' | 'currency' | 'dimension' | 'temperature' | 'age' | 'numberrange'

/** One recognized entity; `text.slice(start, end)` is `text`. */
export interface Recognized {
  type: RecognizedType
  text: string
  start: number
  end: number
  /** The resolved number; for `numberrange` the low end (or high end when open below). */
  value: number
  /** Interval notation for `numberrange` (`[20,30)`, `(30,)`), else `null`. */
  interval: string | null
  /** Unit name (`Kilometer`, `C`, `Year`) or ISO 4217 code for currency. */
  unit: string | null
}

/** Every number-like entity of `text`, grouped by type and in text order within a type. */
export function recognizeNumbers(text: string): Recognized[] {
  const tokens = tokenize(text)
  const mentions = scanNumbers(tokens, text)
  const byFirst = new MentionIndex(mentions, tokens.length)
  const results: Recognized[] = []
  const add = (type: RecognizedType, first: number, last: number, value: number, unit: string | null, interval: string | null = null) => {
    const start = tokens[first]!.start
    const end = tokens[last - 1]!.end
    results.push({ type, text: text.slice(start, end), start, end, value, interval, unit })
  }
  let moneyEnd = -1
  for (const mention of mentions) {
    if (isClock(tokens, mention)) continue
    if (mention.ordinal) {
      add('ordinal', mention.first, mention.last, mention.value, null)
      continue
    }
    if (isPlainNumber(tokens, mention)) add('number', mention.first, mention.last, mention.value, null)
    const percentEnd = percentAfter(tokens, mention)
    const percentStart = percentBefore(tokens, mention)
    if (percentEnd !== null) add('percentage', mention.first, percentEnd, mention.value, '%')
    else if (percentStart !== null) add('percentage', percentStart, mention.last, mention.value, '%')
    const sign = currencyBefore(tokens, mention)
    const money = mention.first < moneyEnd ? null : sign ?? unitAfter(tokens, mention, 'currency')
    if (money) {
      const cents = centsAfter(tokens, byFirst, money)
      moneyEnd = cents?.last ?? money.last
      add('currency', money.first, moneyEnd, cents ? money.value + cents.value : money.value, money.unit.iso)
    }
    const dimension = mention.glued ? null : unitAfter(tokens, mention, 'dimension')
    if (dimension && !sign) add('dimension', dimension.first, dimension.last, dimension.value, dimension.unit.name)
    const temperature = unitAfter(tokens, mention, 'temperature')
    if (temperature) add('temperature', temperature.first, temperature.last, temperature.value, temperature.unit.name)
    const age = ageAfter(tokens, mention)
    if (age) add('age', mention.first, age.last, mention.value, age.unit)
    else if (tokens[mention.first - 1]?.lower === 'age') {
      add('age', mention.first - 1, mention.last, mention.value, 'Age')
    }
  }
  for (const bounded of findBounded(tokens, byFirst)) {
    if (bounded.bound === 'about') continue
    add('numberrange', bounded.first, bounded.last, bounded.low ?? bounded.high!, null, intervalOf(bounded))
  }
  return results
}

/** The minutes of a clock time (`2:00 pm`). */
function isClock(tokens: Token[], mention: NumberMention): boolean {
  const before = tokens[mention.first - 1]
  return before?.text === ':' && tokens[mention.first]!.attached && tokens[mention.first - 2]?.kind === 'digits'
}

/** A number not glued into a code (`XC90`) nor to a unit (`180ml`, `1m`). */
function isPlainNumber(tokens: Token[], mention: NumberMention): boolean {
  const before = tokens[mention.first - 1]
  if (before?.kind === 'word' && tokens[mention.first]!.attached) return false
  const after = tokens[mention.last]
  return !(after?.attached && after.kind === 'word')
}

/** `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `one dollar and one`. */
function centsAfter(tokens: Token[], byFirst: MentionIndex, money: Attached): { value: number; last: number } | null {
  if (money.unit.iso === 'USX' || money.unit.iso === 'GBX' || !Number.isInteger(money.value)) return null
  let k = money.last
  if (tokens[k]?.lower === 'and') k++
  const cents = byFirst.get(k)
  if (!cents || cents.fraction || cents.value >= 100 || cents.value < 0 || !Number.isInteger(cents.value)) return null
  const after = tokens[cents.last]
  if (after?.lower === 'cents' || after?.lower === 'cent' || after?.lower === 'pence') return { value: cents.value / 100, last: cents.last + 1 }
  if (isNounWord(after) || after?.kind === 'digits') return null
  return { value: cents.value / 100, last: cents.last }
}
