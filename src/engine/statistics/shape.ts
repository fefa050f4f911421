/**
 * The shared vocabulary of classification: the context a number is read in,
 * the shape its words give it, rates, and units inherited from earlier
 * statistics (`52% … and 48%`, `54 nations … 27 have`).
 */
import type { Statistic, StatisticKind } from '../types.ts'
import { nounPhrase } from './nouns.ts'
import type { MentionIndex, NumberMention } from './numbers.ts'
import { RATE_WORDS, TIME_POINT_AFTER, TIME_UNITS } from './time.ts'
import type { Token } from './tokens.ts'

/** What classification needs beyond the number: the tokens and the statistics found so far. */
export interface Context {
  tokens: Token[]
  text: string
  byFirst: MentionIndex
  previous: Statistic[]
}

/** What the words around a number make of it. */
export interface Shape {
  kind: StatisticKind
  unit: string | null
  /** Token index of the statistic's first token, when it starts before the number (`US$3.4`). */
  first?: number
  /** Token index after the statistic's last token. */
  last: number
  /** Multiplies the figure (`$5m`). */
  factor?: number
  /** Adds to the figure (`a year and a half`). */
  add?: number
}

/** Comparatives between a number and its noun (`85% more wildfires`, `700 fewer nurses`). */
export const COMPARATIVES = new Set(['more', 'fewer', 'less', 'higher', 'lower', 'greater'])

/**
 * `500,000 barrels a day`, `10 km per hour`, `£1,350 a month`, `50,000 tonnes of carbon dioxide a year`:
 * a figure per unit of time (not `a year earlier`).
 */
export function withRate(tokens: Token[], shape: Shape): Shape {
  const of = tokens[shape.last]?.lower === 'of' ? nounPhrase(tokens, shape.last + 1, false, 3) : null
  const k = of && RATE_WORDS.has(tokens[of.last]?.lower ?? '') ? of.last : shape.last
  const word = tokens[k]?.lower ?? ''
  const per = TIME_UNITS.get(tokens[k + 1]?.lower ?? '')
  if (!RATE_WORDS.has(word) || !per || /s$/.test(tokens[k + 1]!.lower)) return shape
  if (TIME_POINT_AFTER.has(tokens[k + 2]?.lower ?? '')) return shape
  return { ...shape, kind: 'rate', unit: `${shape.unit} per ${tokens[k + 1]!.lower}`, last: k + 2 }
}

/** The unit of the latest statistic of `kind` in the same paragraph (or sentence), at most 400 characters back. */
export function inherited(context: Context, mention: NumberMention, kind: StatisticKind, sameSentence: boolean): string | null {
  const start = context.tokens[mention.first]!.start
  for (let n = context.previous.length - 1; n >= 0; n--) {
    const statistic = context.previous[n]!
    if (start - statistic.end > 400) return null
    if (statistic.kind !== kind) continue
    const gap = context.text.slice(statistic.end, start)
    return gap.includes('\n\n') || (sameSentence && /[.!?]\s/.test(gap)) ? null : statistic.unit
  }
  return null
}
