/**
 * The statistics of a text (ANNOTATIONS.md §2): money, counts, percentages,
 * fractions, measures, durations, rates and ranks, each with its resolved
 * value, unit and qualifier.
 */
import type { Statistic } from '../types.ts'
import { classify, type Context } from './classify.ts'
import { isNeverStatistic, isYear } from './exclusions.ts'
import { specialFigures } from './figures.ts'
import { MentionIndex, scanNumbers } from './numbers.ts'
import { rankOf } from './rank.ts'
import { type Bounded, findBounded } from './ranges.ts'
import { tokenize } from './tokens.ts'

export { recognizeNumbers } from './recognize.ts'
export type { Recognized, RecognizedType } from './recognize.ts'

/** Every statistic in `text`, in order and non-overlapping; `text.slice(start, end)` is each `text`. */
export function findStatistics(text: string): Statistic[] {
  const tokens = tokenize(text)
  const mentions = scanNumbers(tokens, text)
  const byFirst = new MentionIndex(mentions, tokens.length)
  // Keyed by each number's first token: number keys hash cheaply, objects would each need an identity hash.
  const boundOf = new Map<number, Bounded>()
  for (const bounded of findBounded(tokens, byFirst)) for (const number of bounded.numbers) boundOf.set(number.first, bounded)
  const context: Context = { tokens, text, byFirst, previous: [] }
  const found: Statistic[] = [...specialFigures(tokens, text, byFirst)]
  for (const mention of mentions) {
    const bounded = boundOf.get(mention.first)
    const range = bounded?.bound === 'between' && bounded.numbers.length === 2 ? bounded : undefined
    if (range && range.numbers[0] !== mention) continue
    if (isNeverStatistic(tokens, mention, text) || isYear(tokens, mention)) continue
    const statistic = mention.ordinal ? rankOf(context, mention) : classify(context, mention, range ?? (bounded?.bound === 'between' ? undefined : bounded))
    if (statistic) {
      found.push(statistic)
      context.previous.push(statistic)
    }
  }
  return withoutOverlaps(found)
}

/** Sort by start; where two overlap keep the longer. */
function withoutOverlaps(statistics: Statistic[]): Statistic[] {
  const sorted = statistics.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Statistic[] = []
  for (const statistic of sorted) {
    const last = kept.at(-1)
    if (last && statistic.start < last.end) {
      if (statistic.end - statistic.start > last.end - last.start) kept[kept.length - 1] = statistic
      continue
    }
    kept.push(statistic)
  }
  return kept
}
