/**
 * Sentence splitting after pragmatic_segmenter's rules: a run of terminal
 * punctuation ends a sentence unless an abbreviation, an initial, a list
 * marker, an ellipsis, a lower-case continuation or a speech attribution says
 * otherwise; a blank line always ends one, a single newline never by itself.
 * One pass over the text, linear in its length.
 */
import type { Span } from '../types.ts'
import { readRun, sentenceEnd } from './boundary.ts'
import { isSpace, skipSpace } from './chars.ts'
import { type ListItems, listItemFinder } from './lists.ts'
import { nextBreak } from './paragraphs.ts'
import { terminals } from './rules.ts'
import { charSearch, forwardSearch, type Search } from './search.ts'

/** One text being split: its searches run forward through it once. */
interface Pass {
  text: string
  spans: Span[]
  nextTerminal: Search
  listItems: (start: number, end: number) => ListItems
}

/**
 * Split text into sentences: spans with no surrounding white space.
 * A blank line always ends a sentence.
 */
export function splitSentences(text: string): Span[] {
  const pass: Pass = {
    text,
    spans: [],
    nextTerminal: forwardSearch(charSearch(terminals, text)),
    listItems: listItemFinder(text)
  }
  let start = 0
  for (let blank = nextBreak(text, 0); blank !== null; blank = nextBreak(text, blank.end)) {
    splitParagraph(pass, start, blank.start)
    start = blank.end
  }
  splitParagraph(pass, start, text.length)
  return pass.spans
}

function splitParagraph(pass: Pass, start: number, end: number): void {
  const { text, spans } = pass
  const { starts, markerPeriods } = pass.listItems(start, end)
  let sentenceStart = skipSpace(text, start, end)
  let item = 0
  let period = 0
  const cut = (at: number) => {
    pushTrimmed(text, sentenceStart, at, spans)
    sentenceStart = skipSpace(text, at, end)
  }
  for (let at = pass.nextTerminal(start); ; ) {
    const stop = at < end ? at : end
    while (item < starts.length && starts[item]! <= stop) cut(starts[item++]!)
    if (at >= end) break
    while (period < markerPeriods.length && markerPeriods[period]! < at) period++
    if (markerPeriods[period] === at) {
      at = pass.nextTerminal(at + 1)
      continue
    }
    const run = readRun(text, at, end)
    const sentenceEndsAt = sentenceEnd(text, run, sentenceStart, end)
    if (sentenceEndsAt >= 0) cut(sentenceEndsAt)
    at = pass.nextTerminal(run.closed)
  }
  pushTrimmed(text, sentenceStart, end, spans)
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  if (end > start) spans.push({ start, end })
}
