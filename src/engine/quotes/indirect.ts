/**
 * Indirect speech: a reported clause carried by a speech verb, with no
 * quotation marks — "X said (that) CLAUSE", "CLAUSE, X said", "according to
 * X, CLAUSE". The span is the clause without the attribution.
 */
import type { Quote, Span } from '../types.ts'
import { cueOf, isSpeechVerb, speakerOf, type Context, type Cue } from './attribution.ts'
import { ADDRESSEE_VERBS, CLAUSE_OPENERS, NUMBER_QUALIFIERS, OBJECT_VERBS, VERB_ADVERBS, WEAK_VERBS } from './lexicon.ts'
import { firstStartingAt, type Sentence } from './tokens.ts'
import { PREPOSITION } from './word-kinds.ts'

const CONJUNCTIONS = new Set(['but', 'while', 'whereas', 'and', 'although', 'though', 'as'])
const TIME_NOUNS = new Set([
  'week', 'weeks', 'month', 'months', 'weekend', 'day', 'days', 'morning', 'afternoon', 'evening', 'night',
  'run-up', 'past', 'summer', 'winter', 'spring', 'autumn'
])
const MIN_CLAUSE = 8
const NEAR_SUBJECT = 3
const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'may', 'must', 'to', 'shall'])
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight'])
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'last', 'earlier', 'this'])
const MAX_TRAILING_TOKENS = 4
/** Tokens a clause before ", X said" needs ("In reality, prosecutors said, …" reports what follows). */
const MIN_BACKWARD_TOKENS = 4
/** Words after "according to X," that describe X rather than open the reported clause. */
const APPOSITION_OPENERS = new Set(['known', 'who', 'which', 'whose', 'a', 'an', 'the', 'its', 'part', 'based'])
/** Tokens of a phrase between a speech verb and its "that" ("in a joint statement"). */
const MAX_LEAD_TOKENS = 7
/** Words between a bound and its figure ("at least", "up to", "more than"). */
const BOUND_WORDS = new Set(['least', 'most', 'to', 'than'])
/** Words a reported clause is scanned for its end before it is taken to run to the end of its sentence. */
const MAX_CLAUSE_TOKENS = 120

/**
 * Find the indirect quotes of the sentences in `reporter` (the reporter's
 * sentences in text order, quotes masked), skipping clauses that hold a direct quote. The
 * clauses never overlap: the clause of an earlier speech verb wins.
 */
export function findIndirect(context: Context, reporter: readonly Sentence[], quoted: readonly Quote[]): Quote[] {
  const out: Quote[] = []
  const whole = quoted.filter((quote) => quote.kind !== 'partial')
  for (const sentence of reporter) {
    const taken: Span[] = []
    for (let at = context.verbsBefore[sentence.first]!; at < context.verbsBefore[sentence.last]!; at++) {
      const verb = context.verbs[at]!
      if (MODALS.has(context.narration.tokens[verb - 1]?.lower ?? '')) continue
      const found = clauseOf(context, verb, sentence, quoted, whole)
      if (!found) continue
      const [span, cue] = found
      if (span.end - span.start < MIN_CLAUSE || overlapsQuote(whole, span) || overlapsQuote(taken, span)) continue
      taken.splice(firstStartingAt(taken, span.start), 0, span)
      const text = context.narration.text.slice(span.start, span.end)
      out.push({ ...span, text, kind: 'indirect', speaker: speakerOf(cue), cue: cue.span })
    }
  }
  return out
}

function clauseOf(
  context: Context,
  verb: number,
  sentence: Sentence,
  quoted: readonly Quote[],
  whole: readonly Quote[]
): [Span, Cue] | undefined {
  const { tokens, text } = context.narration
  const { first, last } = sentence
  const lower = tokens[verb]!.lower
  if (WEAK_VERBS.has(lower)) return undefined
  const cue = cueOf(context, verb, sentence)
  if (lower === 'according') return according(context, verb, sentence, cue, whole)
  const trailing = last - verb - 1
  const ref = cue.ref
  const aside = trailing <= MAX_TRAILING_TOKENS || context.commas[verb]! - verb < MAX_TRAILING_TOKENS
  const lead = ref && tokens[ref.first - 1]?.lower === 'the' ? ref.first - 1 : (ref?.first ?? 0)
  if (ref && ref.last < verb && aside && lead - first >= MIN_BACKWARD_TOKENS) {
    const gap = text.slice(tokens[lead - 1]!.end, tokens[lead]!.start)
    const between = text.slice(ref.end, tokens[verb]!.start)
    if (gap.includes(',') && !between.includes(',') && !holdsQuote(whole, tokens[verb]!.end, sentence.end)) {
      return [trim(text, sentence.start, tokens[lead - 1]!.end), cue]
    }
  }
  if (ref && ref.first > verb) return undefined
  const cueStart = ref && ref.last < verb && verb - ref.last <= NEAR_SUBJECT ? ref.first : verb
  if (afterQuote(quoted, text, tokens[cueStart - 1]?.end ?? 0, tokens[cueStart]!.start)) return undefined
  let at = verb + 1
  if (ADDRESSEE_VERBS.has(lower)) at = skipAddressee(context, at)
  at = skipAdjuncts(context, at, last)
  at = skipToThat(context, at, last)
  if (tokens[at]?.lower === 'that') at++
  if (at >= last || holdsQuote(quoted, tokens[at - 1]!.end, tokens[at]!.start)) return undefined
  if ((tokens[at]!.kinds & PREPOSITION) !== 0 && !opensFigure(context, at)) return undefined
  if (OBJECT_VERBS.has(lower) && at === verb + 1 && takesObject(context, verb)) return undefined
  const end = clauseEnd(context, at, last, sentence, whole)
  if (end < 0 || /^\s*:/.test(text.slice(end, end + 2))) return undefined
  return [trim(text, tokens[at]!.start, withPartial(quoted, text, end, sentence)), cue]
}

function according(
  context: Context,
  verb: number,
  sentence: Sentence,
  cue: Cue,
  quoted: readonly Quote[]
): [Span, Cue] | undefined {
  const { tokens, text } = context.narration
  const { first, last } = sentence
  const source = cue.ref
  const after = source ? source.last + 1 : verb + 2
  const at = context.commas[after - 1]! + 1
  const trails = verb > first && /,\s*$/.test(text.slice(tokens[verb - 1]!.end, tokens[verb]!.start))
  if (after >= last || (trails && (at >= last || APPOSITION_OPENERS.has(tokens[at]!.lower)))) {
    if (verb === first) return undefined
    return [trim(text, sentence.start, tokens[verb - 1]!.end), cue]
  }
  if (at >= last) return undefined
  const end = clauseEnd(context, at, last, sentence, quoted)
  return end < 0 ? undefined : [trim(text, tokens[at]!.start, withPartial(quoted, text, end, sentence)), cue]
}

/** "said in a joint statement that …": a phrase opened by a preposition, up to the "that" after it. */
function skipToThat(context: Context, at: number, last: number): number {
  const { tokens } = context.narration
  if (((tokens[at]?.kinds ?? 0) & PREPOSITION) === 0 || opensFigure(context, at)) return at
  for (let index = at + 1; index < Math.min(last, at + MAX_LEAD_TOKENS); index++) {
    if (!tokens[index]!.joined) return at
    if (tokens[index]!.lower === 'that') return index
  }
  return at
}

/** "said at least 140 …", "said about 1,800 …": a figure's bound, not a preposition. */
function opensFigure(context: Context, at: number): boolean {
  const { tokens } = context.narration
  if (!NUMBER_QUALIFIERS.has(tokens[at]!.lower)) return false
  const next = BOUND_WORDS.has(tokens[at + 1]?.lower ?? '') ? tokens[at + 2] : tokens[at + 1]
  return next !== undefined && /^\d/.test(next.word)
}

/** "adds a levy", "reported a 6% fall", "pledged €25 million": the verb takes an object, not a clause. */
function takesObject(context: Context, verb: number): boolean {
  const { tokens, text } = context.narration
  const next = tokens[verb + 1]
  if (!next) return false
  return next.lower === 'a' || next.lower === 'an' || /^\s*[\p{Sc}\d]/u.test(text.slice(tokens[verb]!.end, next.end))
}

function skipAddressee(context: Context, at: number): number {
  const token = context.narration.tokens[at]
  if (!token || token.lower === 'that' || CLAUSE_OPENERS.has(token.lower) && token.lower !== 'the') return at
  const start = token.lower === 'the' ? at + 1 : at
  const mention = context.byFirst[start]
  return mention ? mention.last + 1 : start + 1
}

function skipAdjuncts(context: Context, at: number, last: number): number {
  const { tokens, text } = context.narration
  let index = at
  for (;;) {
    const token = tokens[index]
    if (!token || index >= last) return index
    if (VERB_ADVERBS.has(token.lower) || DAYS.has(token.lower)) {
      index++
      continue
    }
    const next = tokens[index + 1]
    const timely = next && (next.cap || /^\d|^mid-/.test(next.lower) || next.lower === 'tv' || TIME_NOUNS.has(next.lower))
    if (TIME_PREPOSITIONS.has(token.lower) && timely && index + 2 <= last) {
      index += 2
      const gap = tokens[index] ? text.slice(next!.end, tokens[index]!.start) : ''
      if (gap.includes(',') || index < last) continue
    }
    return index
  }
}

/**
 * End of a reported clause: the next cue, a new coordinated clause, the
 * sentence end (also past `MAX_CLAUSE_TOKENS`); -1 when a quote comes first.
 */
function clauseEnd(context: Context, at: number, last: number, sentence: Sentence, quoted: readonly Quote[]): number {
  const { tokens, text } = context.narration
  for (let index = at + 1; index < Math.min(last, at + MAX_CLAUSE_TOKENS); index++) {
    if (holdsQuote(quoted, tokens[index - 1]!.end, tokens[index]!.start)) return -1
    const token = tokens[index]!
    if (CONJUNCTIONS.has(token.lower) && hasCommaOrSemicolon(text, tokens[index - 1]!.end, token.start)) {
      const next = tokens[index + 1]
      if (!next || next.cap || CLAUSE_OPENERS.has(next.lower) || holdsQuote(quoted, token.end, next.start)) {
        return tokens[index - 1]!.end
      }
    }
    if (isSpeechVerb(context, index)) {
      const ref = cueOf(context, index, sentence).ref
      const stop = ref && ref.first > at && ref.last < index ? ref.first : index
      let back = stop
      while (back > at + 1 && VERB_ADVERBS.has(tokens[back - 1]!.lower) && tokens[back]!.joined) back--
      const coordinated = back > at + 1 && CONJUNCTIONS.has(tokens[back - 1]!.lower)
      if (coordinated) back--
      const comma = hasCommaOrSemicolon(text, tokens[back - 1]!.end, tokens[back]!.start)
      if (coordinated || comma) return tokens[back - 1]!.end
    }
    if (index > at + 3 && TIME_PREPOSITIONS.has(token.lower) && token.lower !== 'this') {
      const noun = tokens[index + 1]?.lower === 'the' ? tokens[index + 2] : tokens[index + 1]
      if (noun && TIME_NOUNS.has(noun.lower) && noun.lower !== 'past') return tokens[index - 1]!.end
    }
  }
  return sentence.end
}

/** Whether a comma or a semicolon lies in `text[from, to)`. */
function hasCommaOrSemicolon(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x2c || code === 0x3b) return true
  }
  return false
}

/** The clause end `end`, moved past a partial quote that closes the clause ("was “meaningful but modest”, noting …"). */
function withPartial(quoted: readonly Quote[], text: string, end: number, sentence: Span): number {
  const quote = quoted[firstStartingAt(quoted, end)]
  if (quote?.kind !== 'partial' || quote.end >= sentence.end || !/^[\s,]*["'“‘«]\s*$/.test(text.slice(end, quote.start))) return end
  return /["'”’»]/.test(text[quote.end] ?? '') ? quote.end + 1 : quote.end
}

/**
 * "“…,” Schumer said Sunday": the cue follows a quote that does not end its
 * sentence (a partial closed outside its comma, "was “early”, adding …", is no such quote).
 */
function afterQuote(quoted: readonly Quote[], text: string, start: number, end: number): boolean {
  const quote = quoted[firstStartingAt(quoted, end) - 1]
  if (quote === undefined || quote.start < start || /[.!?]$/.test(quote.text)) return false
  return (quote.kind !== 'partial' || /,$/.test(quote.text)) && /^\s*\S?,?\s*$/.test(text.slice(quote.end, end))
}

/** Whether a quote lies inside `[start, end)`; `quoted` is sorted by start. */
function holdsQuote(quoted: readonly Quote[], start: number, end: number): boolean {
  const quote = quoted[firstStartingAt(quoted, start)]
  return quote !== undefined && quote.end <= end
}

/** Whether one of `quoted` overlaps `span`; `quoted` is sorted by start and its spans do not overlap. */
function overlapsQuote(quoted: readonly Span[], span: Span): boolean {
  const index = firstStartingAt(quoted, span.start)
  const before = quoted[index - 1]
  const after = quoted[index]
  return (before !== undefined && before.end > span.start) || (after !== undefined && after.start < span.end)
}

function trim(text: string, start: number, end: number): Span {
  let from = start
  let to = end
  while (to > from && /[\s,;:.!?]/.test(text[to - 1]!)) to--
  while (from < to && /\s/.test(text[from]!)) from++
  return { start: from, end: to }
}
