import type { Span } from '../types.ts'

/**
 * Split text into sentences: spans with no surrounding white space.
 * A blank line always ends a sentence.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  const boundary = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])|\n\s*\n/g
  let start = 0
  for (const match of text.matchAll(boundary)) {
    const end = match[0].startsWith('\n') ? match.index : match.index + match[0].length
    pushTrimmed(text, start, end, spans)
    start = end
  }
  pushTrimmed(text, start, text.length, spans)
  return spans
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  if (end > start) spans.push({ start, end })
}
