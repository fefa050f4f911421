/**
 * Sentence splitting after pragmatic_segmenter's rules: a run of terminal
 * punctuation ends a sentence unless an abbreviation, an initial, a list
 * marker, an ellipsis, a lower-case continuation or a speech attribution says
 * otherwise; a blank line always ends one, a single newline never by itself.
 * One pass over the text, linear in its length.
 */
import type { Span } from '../types.ts'
import { readRun, sentenceEnd } from './boundary.ts'
import { findListItems } from './lists.ts'
import { paragraphBreak, terminalSearch } from './rules.ts'

/**
 * Split text into sentences: spans with no surrounding white space.
 * A blank line always ends a sentence.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const match of text.matchAll(paragraphBreak)) {
    splitParagraph(text, start, match.index, spans)
    start = match.index + match[0].length
  }
  splitParagraph(text, start, text.length, spans)
  return spans
}

function splitParagraph(text: string, start: number, end: number, spans: Span[]): void {
  const items = findListItems(text, start, end)
  let sentenceStart = skipSpace(text, start, end)
  let item = 0
  const cut = (at: number) => {
    pushTrimmed(text, sentenceStart, at, spans)
    sentenceStart = skipSpace(text, at, end)
  }
  terminalSearch.lastIndex = start
  for (;;) {
    const match = terminalSearch.exec(text)
    const at = match && match.index < end ? match.index : end
    while (item < items.starts.length && items.starts[item]! <= at) cut(items.starts[item++]!)
    if (at >= end) break
    if (items.markerPeriods.has(at)) continue
    const run = readRun(text, at, end)
    const sentenceEndsAt = sentenceEnd(text, run, sentenceStart, end)
    if (sentenceEndsAt >= 0) cut(sentenceEndsAt)
    terminalSearch.lastIndex = run.closed
  }
  pushTrimmed(text, sentenceStart, end, spans)
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  if (end > start) spans.push({ start, end })
}

function skipSpace(text: string, index: number, end: number): number {
  while (index < end && /\s/.test(text[index]!)) index++
  return index
}
