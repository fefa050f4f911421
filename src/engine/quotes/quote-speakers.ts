/**
 * The speaker of each quote in marks: the cue before or after it in its
 * sentence, another cue of the sentence, the previous quote's speaker while
 * nobody else has come in, or the person the text has just introduced.
 */
import type { Quote, Span } from '../types.ts'
import { clauseStart, cueOf, firstFree, isSpeechVerb, sentenceCues, type Context, type Cue } from './attribution.ts'
import { quoteKind } from './direct.ts'
import type { MarkedSpan } from './marks.ts'
import type { Entity } from './speakers.ts'
import { firstStartingAt, paragraphOf, tokenAt, type Sentence } from './tokens.ts'
import { firstNotBefore } from '../sorted.ts'

const POST_CUE_WINDOW = 6

/** A quote in marks on its way to a speaker. */
export interface Marked {
  span: MarkedSpan
  sentence: Sentence
  entity: Entity | null
  cue: Cue | null
}

/** Give quote `index` of `marked` its speaker and cue (earlier quotes first). */
export function attribute(context: Context, marked: Marked[], index: number): Quote {
  const quote = marked[index]!
  const { span } = quote
  const { text } = context.narration
  const cue = findCue(context, marked, index)
  if (cue) {
    quote.cue = cue
    quote.entity = cue.ref?.entity ?? null
  } else {
    quote.entity = carried(context, marked, index)
  }
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    kind: quoteKind(text, span),
    speaker: quote.entity?.name ?? null,
    cue: cue?.span ?? null
  }
}

function findCue(context: Context, marked: Marked[], index: number): Cue | null {
  const { span, sentence } = marked[index]!
  const { text } = context.narration
  const previous = marked[index - 1]?.sentence === sentence ? marked[index - 1] : undefined
  const next = marked[index + 1]?.sentence === sentence ? marked[index + 1] : undefined
  const { first, last } = sentence
  const preFirst = previous ? tokenAt(context.narration, previous.span.close) : first
  const postFirst = tokenAt(context.narration, span.close)
  const postLast = next ? tokenAt(context.narration, next.span.open) : last
  const open = tokenAt(context.narration, span.open)
  const adjacent = /[,:]\s*$/.test(text.slice(Math.max(0, span.open - 4), span.open))
  const ended = /[.!?]$/.test(text.slice(span.start, span.end))
  const before = adjacent || ended ? preCue(context, marked, index, preFirst, open) : null
  if (before?.ref || before?.generic) return before
  for (let verb = postFirst; verb < Math.min(postLast, postFirst + POST_CUE_WINDOW); verb++) {
    if (!isSpeechVerb(context, verb)) continue
    const cue = cueOf(context, verb, sentence)
    if (cue.ref && (cue.ref.first > verb ? verb === postFirst : cue.ref.first === postFirst)) return cue
  }
  const cue = before ?? preCue(context, marked, index, preFirst, open)
  if (cue) return cue
  if (/:\s*$/.test(text.slice(Math.max(0, span.open - 4), span.open))) {
    const subject = firstFree(context, clauseStart(context, first, open), open)
    if (subject) return { verb: subject.last, ref: subject, span: { start: subject.start, end: subject.end } }
  }
  return nearestCue(context, sentence, span.start) ?? previous?.cue ?? null
}

/** The cue of `sentence` with a speaker whose verb is nearest to offset `at` (the earlier one on a tie). */
function nearestCue(context: Context, sentence: Sentence, at: number): Cue | null {
  const { tokens } = context.narration
  const cues = sentenceCues(context, sentence)
  const low = firstNotBefore(cues, (cue) => tokens[cue.verb]!.start < at)
  const before = cues[low - 1]
  const after = cues[low]
  if (!before || !after) return before ?? after ?? null
  return at - tokens[before.verb]!.start <= tokens[after.verb]!.start - at ? before : after
}

/** The speech verb nearest before the quote in its sentence, with its speaker. */
function preCue(context: Context, marked: Marked[], index: number, preFirst: number, open: number): Cue | null {
  const { sentence } = marked[index]!
  const previous = marked[index - 1]?.sentence === sentence ? marked[index - 1] : undefined
  const { first } = sentence
  for (let verb = open - 1; verb >= preFirst; verb--) {
    if (!isSpeechVerb(context, verb)) continue
    const cue = cueOf(context, verb, sentence)
    if (cue.ref || cue.generic) return cue
    if (previous?.cue) return previous.cue
    const subject = firstFree(context, clauseStart(context, first, verb), verb)
    return subject ? { ...cue, ref: subject } : cue
  }
  return null
}

/**
 * A quote with no cue keeps the previous speaker while nobody else has come
 * in; once the reporter's text introduces someone new, an unattributed quote
 * opening the next sentence goes to the subject of the sentence before it.
 */
function carried(context: Context, marked: Marked[], index: number): Entity | null {
  const quote = marked[index]!
  const previous = marked[index - 1]
  const { narration } = context
  const here = paragraphOf(narration, quote.span.open)
  const since = previous ? previous.span.close : 0
  let intervening = false
  for (let at = firstStartingAt(context.mentions, since); at < context.mentions.length; at++) {
    const mention = context.mentions[at]!
    if (mention.end > quote.span.open) break
    const entity = mention.entity
    if (!mention.blocked && mention.kind !== 'pronoun' && entity?.person && entity !== previous?.entity) intervening = true
  }
  if (previous?.entity && !intervening && here - paragraphOf(narration, previous.span.close) <= 1) return previous.entity
  if (quote.sentence.start !== quote.span.open) return null
  const before = narration.sentences[sentenceIndex(narration.sentences, quote.span.open) - 1]
  if (!before || before.end < since || here - paragraphOf(narration, before.start) > 1) return null
  const { first, last } = before
  const subject = firstFree(context, clauseStart(context, first, last), last)
  const entity = subject ? subject.entity : null
  return entity?.person ? entity : null
}


/** Index of the last sentence starting at or before `at`. */
function sentenceIndex(sentences: readonly Span[], at: number): number {
  return firstStartingAt(sentences, at + 1) - 1
}
