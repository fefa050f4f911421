/**
 * Turn one number (with its bounds or range) into a statistic: decide its
 * kind and unit from what follows it, and inherit the unit of an earlier
 * statistic when the text leaves it out (`52% … and 48%`).
 */
import type { Qualifier, Statistic } from '../types.ts'
import { ageOfBefore, apposedAge, boundedAge } from './ages.ts'
import { ageAfter, currencyBefore, percentAfter, unitAfter } from './attach.ts'
import { startsLower } from './cases.ts'
import { addedTo, changedBefore, changeNounAt } from './changes.ts'
import { countShape } from './counts.ts'
import { exchangeRate } from './exchange.ts'
import { SCALES, SUFFIX_SCALES } from './lexicon.ts'
import { countedNoun, isNounWord, isPlural, type NounPhrase, nounPhrase, toPluralHead } from './nouns.ts'
import type { NumberMention } from './numbers.ts'
import type { Bounded } from './ranges.ts'
import { COMPARATIVES, type Context, inherited, type Shape, withRate } from './shape.ts'
import { PERIOD_LEADS, TIME_POINT_AFTER, TIME_UNITS } from './time.ts'
import type { Token } from './tokens.ts'

export type { Context } from './shape.ts'

/** The statistic for `mention`, or `null` when it is not one. */
export function classify(context: Context, mention: NumberMention, bounded: Bounded | undefined): Statistic | null {
  const { tokens } = context
  const range = bounded?.bound === 'between' ? bounded : undefined
  const tail = range ? range.numbers[1]! : mention
  let value = mention.value
  let max: number | null = null
  if (range) {
    max = tail.value
    const scale = tail.suffix === null ? 1 : scaleOf(tail.suffix)
    if (mention.suffix === null && value < tail.value / scale) value *= scale
  }
  let first = bounded ? bounded.approximate ?? bounded.first : mention.first
  let qualifier: Qualifier | null = range ? 'between' : bounded?.qualifier ?? null
  const suffixed = bounded && !range && bounded.last > tail.last ? { ...tail, last: bounded.last } : null
  const ageOf = bounded ? null : ageOfBefore(tokens, mention)
  if (ageOf) qualifier = ageOf.qualifier
  const shape = ageOf ?? (suffixed && shapeOf(context, mention, suffixed, first)) ?? shapeOf(context, mention, tail, first) ??
    measuredBefore(tokens, first, Math.max(tail.last, bounded?.last ?? 0)) ?? apposedAge(tokens, mention) ??
    boundedAge(tokens, mention, bounded) ?? boundedFraction(context, mention, bounded, tail)
  if (!shape) return null
  const factor = shape.factor ?? 1
  const add = shape.add ?? 0
  value = value * factor + add
  if (max !== null) max = max * factor + add
  if (!range && isPronoun(tokens, mention) && (shape.kind === 'count' || shape.kind === 'percent')) return null
  if (shape.kind === 'duration') {
    if (TIME_POINT_AFTER.has(tokens[shape.last]?.lower ?? '')) return null
    if (bounded && !range && tokens[bounded.first]!.lower === 'over' && bounded.first + 1 === mention.first) {
      qualifier = null
      first = mention.first
    }
    first = withPeriodLead(tokens, first)
  } else if (bounded && !range && tokens[bounded.first]!.lower === 'over' && shape.unit !== 'years' && isModifiedNoun(tokens, shape.last)) {
    qualifier = null
    first = bounded.first + 1
  }
  if (shape.first !== undefined && shape.first < first) first = shape.first
  const start = tokens[first]!.start
  const end = tokens[shape.last - 1]!.end
  return { text: context.text.slice(start, end), start, end, kind: shape.kind, value, max, unit: shape.unit, qualifier }
}

/**
 * `less than half of what it feared`, `roughly half`, `rose by a fifth`: a bounded fraction, or one
 * after `by`, with no noun of its own (after `by`, what changed is its unit).
 */
function boundedFraction(context: Context, mention: NumberMention, bounded: Bounded | undefined, tail: NumberMention): Shape | null {
  if (!mention.fraction || mention.value >= 1 || bounded?.bound === 'between') return null
  const { tokens } = context
  if (!bounded && tokens[mention.first - 1]?.lower === 'by') {
    return { kind: 'fraction', unit: changedBefore(tokens, mention.first, context.text), last: tail.last }
  }
  return bounded?.qualifier ? { kind: 'fraction', unit: null, last: tail.last } : null
}

/** `over £38m investment fraud`: a singular noun after the figure makes it a modifier, and `over` means "concerning". */
function isModifiedNoun(tokens: Token[], k: number): boolean {
  const noun = tokens[k]
  return noun !== undefined && startsLower(noun.text) && !/ing$/.test(noun.lower) && isNounWord(noun, tokens[k + 1]) && !isPlural(noun.text)
}

function scaleOf(suffix: string): number {
  return SCALES.get(suffix.toLowerCase()) ?? SUFFIX_SCALES.get(suffix) ?? SUFFIX_SCALES.get(suffix.toLowerCase()) ?? 1
}

/** Words before a number that make it a measure (`aged 45`, `magnitude 6.4`), with their unit. */
const MEASURED_BY: ReadonlyMap<string, string> = new Map([['aged', 'years'], ['age', 'years'], ['magnitude', 'magnitude']])

/** `aged 45`, `aged between 18 and 24`, `aged 45 or older`, `a magnitude 6.4 earthquake`. */
function measuredBefore(tokens: Token[], first: number, last: number): Shape | null {
  const unit = MEASURED_BY.get(tokens[first - 1]?.lower ?? '')
  return unit ? { kind: 'measure', unit, first: first - 1, last } : null
}

/** `one` or `a` on its own is a determiner or pronoun (`One MP told`), not a count. */
function isPronoun(tokens: Token[], mention: NumberMention): boolean {
  const word = tokens[mention.first]!.lower
  return mention.last === mention.first + 1 && (word === 'one' || word === 'a' || word === 'an')
}

/** `the past five years`, `the last four years`: the period words join the span. */
function withPeriodLead(tokens: Token[], first: number): number {
  if (!PERIOD_LEADS.has(tokens[first - 1]?.lower ?? '')) return tokens[first - 1]?.lower === 'within' ? first - 1 : first
  return tokens[first - 2]?.lower === 'the' ? first - 2 : first - 1
}

/** Kind, unit and extent from the words around the number. */
function shapeOf(context: Context, mention: NumberMention, tail: NumberMention, from: number): Shape | null {
  const { tokens } = context
  const percent = percentAfter(tokens, tail)
  if (percent !== null) return percentShape(context, percent, mention, from)
  const exchange = exchangeRate(tokens, mention, tail)
  if (exchange) return exchange
  const sign = currencyBefore(tokens, mention)
  const money = sign ?? unitAfter(tokens, tail, 'currency')
  if (money) {
    const last = Math.max(money.last, tail.last)
    const factor = sign ? sign.value / mention.value : 1
    const shape: Shape = { kind: 'money', unit: money.unit.iso, first: money.first, last, ...(Number.isFinite(factor) && factor !== 1 ? { factor } : {}) }
    return withRate(tokens, shape)
  }
  const age = ageAfter(tokens, tail)
  if (age) return { kind: 'measure', unit: TIME_UNITS.get(age.unit.toLowerCase()) ?? null, last: age.last }
  const duration = durationAfter(tokens, tail)
  if (duration) return duration
  const measure = unitAfter(tokens, tail, 'dimension') ?? unitAfter(tokens, tail, 'temperature')
  if (measure) {
    const written = context.text.slice(tokens[tail.last]!.start, tokens[measure.last - 1]!.end).toLowerCase()
    const unit = written.startsWith('-') ? pluralUnit(written.slice(1)) : written
    return withRate(tokens, { kind: 'measure', unit, last: measure.last })
  }
  if (mention.fraction && tokens[tail.last]?.lower === 'of') {
    const phrase = ofPhrase(tokens, tail.last + 1)
    if (phrase) return { kind: 'fraction', unit: phrase.words.join(' '), last: phrase.last }
  }
  if (mention.fraction && mention.value < 1) {
    const words = nounPhrase(tokens, tail.last, false)
    const phrase = words && (toPluralHead(words) ?? words)
    const noun = phrase && countedNoun(phrase)
    if (phrase && noun) return { kind: 'fraction', unit: noun, last: phrase.last }
  }
  return countShape(context, mention, tail)
}

/** The noun phrase after `of`, cut after its last plural (`voters took part` → `voters`). */
function ofPhrase(tokens: Token[], k: number): NounPhrase | null {
  const phrase = nounPhrase(tokens, k, true)
  return phrase && (toPluralHead(phrase) ?? phrase)
}

/** `52% of participating voters`, `4% share of the market`, `85% more wildfires`, or the unit of the last percentage. */
function percentShape(context: Context, k: number, mention: NumberMention, from: number): Shape {
  const { tokens } = context
  let last = k
  if (tokens[last]?.lower === 'share') last++
  if (tokens[last]?.lower === 'of') {
    const phrase = ofPhrase(tokens, last + 1)
    if (phrase) return { kind: 'percent', unit: phrase.words.join(' '), last: phrase.last }
  }
  if (tokens[last]?.lower === 'of' && STAND_INS.has(tokens[last + 1]?.lower ?? '')) {
    return { kind: 'percent', unit: inherited(context, mention, 'percent', false), last: last + 2 }
  }
  if (COMPARATIVES.has(tokens[last]?.lower ?? '')) {
    const phrase = nounPhrase(tokens, last + 1, false)
    if (phrase) return { kind: 'percent', unit: phrase.words.join(' '), last: phrase.last }
  }
  const change = changeNounAt(tokens, last)
  if (change) return { kind: 'percent', unit: change.unit, last: change.last }
  const unit = changedBefore(tokens, from, context.text) ?? addedTo(tokens, from, last) ?? (tokens[mention.first - 1]?.text === '(' ? inherited(context, mention, 'count', true) : null)
  return { kind: 'percent', unit: unit ?? baseAfter(tokens, last) ?? inherited(context, mention, 'percent', false), last }
}

/** Pronouns that stand for the noun of an earlier share (`17% of patients … 8% of those`). */
const STAND_INS = new Set(['those', 'them', 'these'])

/** `0.5% on bank assets`: the plural noun a rate is charged on. */
function baseAfter(tokens: Token[], k: number): string | null {
  if (tokens[k]?.lower !== 'on') return null
  const words = nounPhrase(tokens, k + 1, true, 4)
  const phrase = words && toPluralHead(words)
  return phrase && phrase.last === words.last ? phrase.words.join(' ') : null
}

/** Irregular plurals of spelled units. */
const IRREGULAR_UNITS: ReadonlyMap<string, string> = new Map([['foot', 'feet'], ['inch', 'inches']])

/** `a 74-kilometre line` measures kilometres, as `a 199-member house` counts members; abbreviations stay (`a 40-mph limit`). */
function pluralUnit(word: string): string {
  if (!/^[a-z]{4,}$/.test(word) || word.endsWith('s')) return word
  return IRREGULAR_UNITS.get(word) ?? `${word}s`
}

/** `five years`, `18 months`, `a 10-day`, `two and a half hours`, `a year and a half`. */
function durationAfter(tokens: Token[], tail: NumberMention): Shape | null {
  let k = tail.last
  if (tokens[k]?.text === '-' && tokens[k]!.attached) k++
  else if (tokens[k]?.lower === 'more' || tokens[k]?.lower === 'additional') k++
  const unit = TIME_UNITS.get(tokens[k]?.lower ?? '')
  if (!unit) return null
  let last = k + 1
  let add = 0
  if (tokens[last]?.lower === 'and' && tokens[last + 1]?.lower === 'a' && tokens[last + 2]?.lower === 'half') {
    add = 0.5
    last += 3
  }
  const shape: Shape = { kind: 'duration', unit, last, add }
  return withRate(tokens, shape)
}
