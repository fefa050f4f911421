/**
 * Plain-language descriptions of annotations, for notes, tables and exports.
 */
import type { Claim, Quote, Statistic } from '../engine/index.ts'
import { markId, type MarkKind } from '../plugins/marks.ts'

const symbols: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', CNY: '¥', JPY: '¥' }

const numbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 })

/** A number written out in full with thousands separators. */
export function fullNumber(value: number): string {
  return numbers.format(value)
}

/** The resolved value of a statistic, e.g. "£2,000,000,000 · GBP · more than". */
export function describeStatistic(statistic: Statistic): string {
  const money = statistic.kind === 'money' && statistic.unit ? (symbols[statistic.unit] ?? '') : ''
  const shown = (value: number) =>
    statistic.kind === 'percent' ? `${fullNumber(value)} %` : `${money}${fullNumber(value)}`
  const value = statistic.max === null ? shown(statistic.value) : `${shown(statistic.value)} – ${shown(statistic.max)}`
  return [value, statistic.unit, statistic.qualifier].filter(Boolean).join(' · ')
}

const quoteKinds = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech' }

export function describeQuote(quote: Quote): string {
  return `${quoteKinds[quote.kind]} · ${quote.speaker ?? 'speaker not named'}`
}

export function describeClaim(claim: Claim): string {
  return [`Claim · ${claim.type}`, `check-worthiness ${claim.score.toFixed(2)}`, claim.speaker].filter(Boolean).join(' · ')
}

export interface Note {
  id: string
  kind: MarkKind
  title: string
  /** What the note adds to the marked words, if anything. */
  text?: string
}

/** One note per annotation, with the id its marks point to. */
export function notesOf(annotations: { quotes: Quote[]; statistics: Statistic[]; claims: Claim[] }, prefix = 'nm-'): Note[] {
  return [
    ...annotations.quotes.map((quote, index) => ({ id: markId('quote', index, prefix), kind: 'quote' as const, title: describeQuote(quote) })),
    ...annotations.statistics.map((statistic, index) => ({ id: markId('statistic', index, prefix), kind: 'statistic' as const, title: describeStatistic(statistic), text: `${statistic.kind}: “${statistic.text}”` })),
    ...annotations.claims.map((claim, index) => ({ id: markId('claim', index, prefix), kind: 'claim' as const, title: describeClaim(claim) }))
  ]
}

/** At most `limit` characters, cut at a word with an ellipsis. */
export function excerpt(text: string, limit = 140): string {
  if (text.length <= limit) return text
  const cut = text.lastIndexOf(' ', limit - 1)
  return `${text.slice(0, cut > limit / 2 ? cut : limit - 1)}…`
}
