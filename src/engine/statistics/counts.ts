/**
 * Counts: a number and the noun it counts (`7,500 jobs`, `170 countries and
 * regions`, `a 55-member bloc`, `two of the victims`), or the noun it stands
 * for when the text leaves it out (`27 have ratified`, `30 others`).
 */
import { SCALES } from './lexicon.ts'
import { coordinated, countedNoun, isPlural, nounPhrase, toPluralHead } from './nouns.ts'
import type { NumberMention } from './numbers.ts'
import { COMPARATIVES, type Context, inherited, type Shape, withRate } from './shape.ts'

/** Words after a bare number that show it stands for a noun said before (`27 have ratified`). */
const ELLIPSIS_VERBS = new Set(['have', 'has', 'had', 'are', 'were', 'was', 'will', 'would', 'did', 'do', 'remain', 'remained', 'strong'])
/** `7,500 jobs`, `170 countries and regions`, `a 55-member bloc`, `2000 Thai and 74 Malaysian stores`, `27 have`. */
export function countShape(context: Context, mention: NumberMention, tail: NumberMention): Shape | null {
  const { tokens } = context
  const k = tail.last
  if (tokens[k]?.text === '-' && tokens[k]!.attached && tokens[k + 1]?.attached && tokens[k + 1]!.kind === 'word' && !isPlural(tokens[k + 1]!.text)) {
    const noun = tokens[k + 1]!.lower
    if (tokens[k + 2]?.text !== '-') return { kind: 'count', unit: `${noun}s`, last: k + 2 }
  }
  const skip = COMPARATIVES.has(tokens[k]?.lower ?? '') && tokens[k]!.lower !== 'less' ? 1 : 0
  const words = tokens[k]?.attached ? null : nounPhrase(tokens, k + skip, false)
  const phrase = words && (toPluralHead(words) ?? words)
  if (phrase) {
    const noun = countedNoun(phrase)
    if (noun === 'others') {
      const unit = inherited(context, mention, 'count', true)
      if (unit) return { kind: 'count', unit, last: phrase.last }
    }
    if (noun) {
      const more = coordinated(tokens, phrase)
      if (more) return { kind: 'count', unit: `${noun} and ${more.words.at(-1)}`, last: more.last }
      return withRate(tokens, { kind: 'count', unit: noun, last: phrase.last })
    }
    const shared = sharedNoun(context, phrase)
    if (shared) return { kind: 'count', unit: shared, last: phrase.last }
  }
  const part = partOf(context, k)
  if (part) return part
  if (mention.words) return null
  const next = tokens[k]
  if (mention.suffix !== null && SCALES.has(mention.suffix.toLowerCase()) || mention.suffix === 'bn') {
    const currency = inherited(context, mention, 'money', false)
    if (currency && !isPlural(next?.text ?? '')) return { kind: 'money', unit: currency, last: k }
  }
  if (next && (ELLIPSIS_VERBS.has(next.lower) || /^\p{Ll}{3,}ed$/u.test(next.text))) {
    const unit = inherited(context, mention, 'count', next.lower !== 'strong')
    if (unit) return { kind: 'count', unit, last: next.lower === 'strong' ? k + 1 : k }
  }
  return null
}

/** `12 of the 15 members` (the noun of the whole) or `two of the victims` (the phrase joins the span). */
function partOf(context: Context, k: number): Shape | null {
  const { tokens } = context
  if (tokens[k]?.lower !== 'of') return null
  const n = ['the', 'its', 'their', 'our', 'his', 'her'].includes(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1
  const whole = context.byFirst.get(n)
  if (whole) {
    const phrase = !whole.words || whole.value > 1 ? nounPhrase(tokens, whole.last, false) : null
    const unit = phrase && countedNoun(phrase)
    return unit ? { kind: 'count', unit, last: k } : null
  }
  const words = n > k + 1 ? nounPhrase(tokens, n, false) : null
  const phrase = words && toPluralHead(words)
  const unit = phrase && countedNoun(phrase)
  return phrase && unit ? { kind: 'count', unit, last: phrase.last } : null
}

/** `2000 Thai and 74 Malaysian stores`: the noun of the next count in a coordination. */
function sharedNoun(context: Context, phrase: { last: number }): string | null {
  const { tokens } = context
  if (tokens[phrase.last]?.lower !== 'and' && tokens[phrase.last]?.lower !== 'or') return null
  const next = context.byFirst.get(phrase.last + 1)
  if (!next) return null
  const second = nounPhrase(tokens, next.last, false)
  return second ? countedNoun(second) : null
}

