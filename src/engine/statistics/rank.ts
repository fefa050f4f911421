/**
 * Ranks: an ordinal that places something in an order (`the third-largest
 * economy`, `ranked 5th`), not an ordinal used as a name (`the First World War`).
 */
import type { Statistic } from '../types.ts'
import type { Context } from './classify.ts'
import { nounPhrase } from './nouns.ts'
import type { NumberMention } from './numbers.ts'

/** Verbs after which a bare ordinal is a place in an order (`came third`, `sit fifth in the league`). */
const RANK_VERBS = new Set([
  'ranked', 'ranks', 'rank', 'placed', 'finished', 'finish', 'finishes', 'came', 'come', 'comes', 'ended',
  'sit', 'sits', 'sat', 'sitting', 'lie', 'lies', 'lay', 'lying', 'stand', 'stands', 'stood'
])

/** The rank `mention` states, or `null` when the ordinal is not a rank. */
export function rankOf(context: Context, mention: NumberMention): Statistic | null {
  const { tokens } = context
  let last = mention.last
  if (tokens[last]?.text === '-' && tokens[last]!.attached) last++
  const superlative = tokens[last]
  let unit: string | null = null
  if (superlative?.kind === 'word' && /^(?:\p{L}{2,}est|most|least)$/u.test(superlative.lower) && superlative.lower !== 'west') {
    last++
    const phrase = nounPhrase(tokens, last, false, 3)
    if (phrase) {
      unit = phrase.words.at(-1)!
      last = phrase.last
    }
  } else if (!RANK_VERBS.has(tokens[mention.first - 1]?.lower ?? '')) {
    return null
  } else {
    last = mention.last
  }
  const start = tokens[mention.first]!.start
  const end = tokens[last - 1]!.end
  return { text: context.text.slice(start, end), start, end, kind: 'rank', value: mention.value, max: null, unit, qualifier: null }
}
