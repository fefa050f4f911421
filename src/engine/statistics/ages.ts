/**
 * Ages written as an apposition after a name (`Marcus Hale, 52, of Guildford`,
 * `Holm, 34, went further`): a measure in years.
 */
import { MONTHS } from './exclusions.ts'
import type { NumberMention } from './numbers.ts'
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
  if (tokens[mention.last]?.text !== ',' || next?.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return null
  return { kind: 'measure', unit: 'years', last: mention.last }
}
