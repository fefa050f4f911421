/**
 * Ages written without `year`: an apposition after a name (`Marcus Hale, 52,
 * of Guildford`, `Holm, 34, went further`), `under the age of five` and a
 * bound after people (`children under 10`): a measure in years.
 */
import type { Qualifier } from '../types.ts'
import { startsLower } from './cases.ts'
import { MONTHS } from './exclusions.ts'
import type { NumberMention } from './numbers.ts'
import type { Bounded } from './ranges.ts'
import type { Shape } from './shape.ts'
import type { Token } from './tokens.ts'

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** The oldest age read this way. */
const MAX_AGE = 120

/** `Name, 52, of …`: a whole number between commas after a capitalised word, a lower-case word after it. */
export function apposedAge(tokens: Token[], mention: NumberMention): Shape | null {
  const number = tokens[mention.first]!
  if (number.kind !== 'digits' || mention.last !== mention.first + 1 || mention.value < 1 || mention.value > MAX_AGE) return null
  const name = tokens[mention.first - 2]
  if (tokens[mention.first - 1]?.text !== ',' || name?.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(name.text)) return null
  if (MONTHS.has(name.lower) || WEEKDAYS.has(name.lower)) return null
  const next = tokens[mention.last + 1]
  if (tokens[mention.last]?.text !== ',' || next?.kind !== 'word' || !startsLower(next.text)) return null
  return { kind: 'measure', unit: 'years', last: mention.last }
}

/** Plural nouns for people that a bare bound after them gives an age (`children under 10`). */
const PEOPLE = new Set([
  'children', 'adults', 'people', 'men', 'women', 'boys', 'girls', 'pupils', 'patients', 'those', 'babies', 'infants',
  'teenagers', 'residents', 'workers', 'drivers', 'voters', 'players', 'anyone', 'everyone', 'smokers', 'users'
])

/** Bound words before `the age of`, with their qualifier. */
const AGE_BOUNDS: ReadonlyMap<string, Qualifier> = new Map([
  ['under', 'less than'], ['below', 'less than'], ['over', 'more than'], ['above', 'more than']
])

/** `under the age of five`, `over the age of 65`, `the age of 16`: the first token of the span and its qualifier. */
export function ageOfBefore(tokens: Token[], mention: NumberMention): (Shape & { qualifier: Qualifier | null }) | null {
  const k = mention.first
  if (tokens[k - 1]?.lower !== 'of' || tokens[k - 2]?.lower !== 'age' || !isAge(mention)) return null
  const article = tokens[k - 3]?.lower === 'the' ? k - 3 : k - 2
  const qualifier = AGE_BOUNDS.get(tokens[article - 1]?.lower ?? '') ?? null
  return { kind: 'measure', unit: 'years', first: qualifier ? article - 1 : article, last: mention.last, qualifier }
}

/** `children under 10`, `adults over 65`: a bare bounded whole number right after a plural noun for people. */
export function boundedAge(tokens: Token[], mention: NumberMention, bounded: Bounded | undefined): Shape | null {
  if (!bounded || bounded.bound === 'between' || bounded.bound === 'about' || bounded.bound === 'eq' || !isAge(mention)) return null
  if (!PEOPLE.has(tokens[bounded.first - 1]?.lower ?? '')) return null
  const after = tokens[mention.last]
  if (after?.kind === 'word' && after.lower !== 'and' && after.lower !== 'or' && /^\p{Ll}+s$/u.test(after.text)) return null
  return { kind: 'measure', unit: 'years', last: mention.last }
}

function isAge(mention: NumberMention): boolean {
  return Number.isInteger(mention.value) && mention.value >= 1 && mention.value <= MAX_AGE && !mention.fraction && !mention.ordinal
}
