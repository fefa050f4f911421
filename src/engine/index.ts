/**
 * Newsmark's analysis engine: every quote with its speaker, every statistic
 * with its resolved value and every check-worthy claim in a text.
 *
 * A plain library: it knows nothing of Markdown, unified or Astro. Paragraphs
 * are separated by a blank line; every span is an offset range into `text`.
 */
import { findClaims } from './claims/index.ts'
import { findQuotes } from './quotes/index.ts'
import { splitSentences } from './sentences/index.ts'
import { findStatistics } from './statistics/index.ts'
import type { Annotations, Problem, Quote } from './types.ts'

export type * from './types.ts'

/** Annotate `text` (prose with paragraphs separated by blank lines). */
export function annotate(text: string): Annotations {
  const sentences = splitSentences(text)
  const found = findQuotes(text, sentences)
  const quotes = found.quotes.filter((quote) => quote.end > quote.start)
  return {
    quotes,
    statistics: findStatistics(text),
    claims: findClaims(text, sentences, quotes),
    problems: [...found.problems, ...quotes.filter((quote) => quote.speaker === null).map(unknownSpeaker)].sort(
      (a, b) => a.start - b.start
    )
  }
}

function unknownSpeaker(quote: Quote): Problem {
  return {
    start: quote.start,
    end: quote.end,
    ruleId: 'unknown-speaker',
    reason: `No speaker found for the ${quote.kind} quote “${quote.text.slice(0, 40)}${quote.text.length > 40 ? '…' : ''}”`
  }
}
