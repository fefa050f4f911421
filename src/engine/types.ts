/**
 * The annotation contract of `../shared/ANNOTATIONS.md` §4, as types.
 *
 * Every span is `[start, end)` in JavaScript string indices into the text the
 * engine was given, so `text.slice(start, end)` is the marked span.
 */

/** A half-open range of string indices. */
export interface Span {
  start: number
  end: number
}

export type QuoteKind = 'direct' | 'partial' | 'indirect'

export interface Quote extends Span {
  /** The quoted words without their quotation marks (indirect: the reported clause). */
  text: string
  kind: QuoteKind
  /** Canonical full name of the speaker as first introduced, or `null`. */
  speaker: string | null
  /** The attribution that names the speaker ("he said"), when there is one. */
  cue: Span | null
}

export type StatisticKind =
  | 'money'
  | 'count'
  | 'percent'
  | 'fraction'
  | 'measure'
  | 'duration'
  | 'rate'
  | 'rank'

export type Qualifier =
  | 'more than'
  | 'less than'
  | 'about'
  | 'up to'
  | 'at least'
  | 'at most'
  | 'between'

export interface Statistic extends Span {
  text: string
  kind: StatisticKind
  /** The resolved number (the low end of a range). */
  value: number
  /** The high end of a range, else `null`. */
  max: number | null
  /** ISO 4217 code for money, the counted noun for counts, the unit for measures. */
  unit: string | null
  qualifier: Qualifier | null
}

export type ClaimType = 'quantity' | 'cause' | 'rule' | 'record' | 'other'

export interface Claim extends Span {
  text: string
  type: ClaimType
  /** The speaker when the claim is made inside a quote, else `null`. */
  speaker: string | null
  /** Check-worthiness in 0..1. */
  score: number
}

/** A problem the engine noticed in the text (an unclosed quote mark, …). */
export interface Problem extends Span {
  ruleId: string
  reason: string
}

export interface Annotations {
  quotes: Quote[]
  statistics: Statistic[]
  claims: Claim[]
  problems: Problem[]
}
