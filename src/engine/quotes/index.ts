/**
 * Quotes and their speakers (`../shared/ANNOTATIONS.md` §1): direct and
 * partial quotes in quotation marks, indirect speech carried by a speech
 * verb, each with the canonical name of its speaker and its cue.
 */
import type { Problem, Quote, Span } from '../types.ts'
import { hasSpeechVerb, makeContext, type Context } from './attribution.ts'
import { isQuotation } from './direct.ts'
import { findIndirect } from './indirect.ts'
import { pairMarks, type MarkedSpan } from './marks.ts'
import { findMentions } from './mentions.ts'
import { attribute, type Marked } from './quote-speakers.ts'
import { resolveMentions } from './speakers.ts'
import { firstStartingAt, readNarration, tokenAt, type Narration, type Sentence } from './tokens.ts'

/**
 * Find the quotes of `text` and the problems met on the way (unclosed marks).
 *
 * @param sentences the sentences of `text` (from `splitSentences`); an
 *   indirect quote never runs past the end of its sentence.
 */
export function findQuotes(text: string, sentences: readonly Span[]): { quotes: Quote[]; problems: Problem[] } {
  const { spans, problems } = pairMarks(text)
  const blobs = spans.map((span) => ({ start: span.open, end: span.unclosed ? span.close : span.close + 1 }))
  const narration = readNarration(text, blobs)
  const mentions = findMentions(narration)
  resolveMentions(mentions)
  const context = makeContext(narration, mentions)
  const marked: Marked[] = []
  for (const span of spans) {
    const sentence = narrationSentenceOf(narration, span.open)
    if (isQuotation(text, span, () => speechNearby(context, span, sentence))) marked.push({ span, sentence, entity: null, cue: null })
  }
  const quotes = marked.map((_, index) => attribute(context, marked, index))
  const indirect = findIndirect(context, narration.sentences, quotes)
    .map((quote) => clip(text, quote, sentences))
    .filter((quote) => !crosses(quotes, quote))
  return { quotes: [...quotes, ...indirect].sort((a, b) => a.start - b.start), problems }
}

/** The sentence of `sentences` holding offset `at`, or `undefined` when there are none. */
function sentenceOf<T extends Span>(sentences: readonly T[], at: number): T | undefined {
  return sentences[firstStartingAt(sentences, at + 1) - 1] ?? sentences[0]
}

/** The narration's sentence holding offset `at` (an empty one there when it has none). */
function narrationSentenceOf(narration: Narration, at: number): Sentence {
  const found = sentenceOf(narration.sentences, at)
  if (found) return found
  const token = tokenAt(narration, at)
  return { start: at, end: at, first: token, last: token }
}

function speechNearby(context: Context, span: MarkedSpan, sentence: Sentence): boolean {
  if (/:\s*$/.test(context.narration.text.slice(Math.max(0, span.open - 4), span.open))) return true
  return hasSpeechVerb(context, sentence.first, sentence.last)
}

/** Whether `span` ends or starts inside one of `quotes` (sorted, not overlapping) without holding it whole. */
function crosses(quotes: readonly Quote[], span: Span): boolean {
  const last = quotes[firstStartingAt(quotes, span.end) - 1]
  const first = quotes[firstStartingAt(quotes, span.start) - 1]
  return (last !== undefined && last.end > span.end && last.start > span.start) || (first !== undefined && first.end > span.start && first.end < span.end)
}

function clip(text: string, quote: Quote, sentences: readonly Span[]): Quote {
  const sentence = sentenceOf(sentences, quote.start) ?? { start: quote.start, end: quote.start }
  if (quote.end <= sentence.end || quote.start < sentence.start) return quote
  let end = sentence.end
  while (end > quote.start && /[\s,;:.!?]/.test(text[end - 1]!)) end--
  return { ...quote, end, text: text.slice(quote.start, end) }
}
