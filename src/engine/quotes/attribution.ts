/**
 * Attribution cues: a speech verb with the mention that says it — "Liu
 * said", "said the ambassador", "according to Reuters" — found in the
 * reporter's text around a quote or a reported clause.
 */
import type { Span } from '../types.ts'
import { NOUN_MARKERS, PREPOSITIONS, SPEECH_VERBS, VERB_ADVERBS } from './lexicon.ts'
import type { Mention } from './mentions.ts'
import type { Entity } from './speakers.ts'
import { joined, tokenAt, type Narration } from './tokens.ts'

const MAX_MODIFIERS = 4
const QUOTE_MARK = /["'“”‘’«»]/
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'yet'])

/** Everything the cue rules look at, built once per article. */
export interface Context {
  narration: Narration
  mentions: Mention[]
  entities: Map<Mention, Entity | null>
  /** Mention by the index of its first / last token. */
  byFirst: Map<number, Mention>
  byLast: Map<number, Mention>
}

/** A speech verb and who it is attributed to. */
export interface Cue {
  verb: number
  /** The speaking mention; `null` when the verb has none (a participle). */
  ref: Mention | null
  span: Span
}

/** Build the lookup context for an article. */
export function makeContext(narration: Narration, mentions: Mention[], entities: Map<Mention, Entity | null>): Context {
  const byFirst = new Map<number, Mention>()
  const byLast = new Map<number, Mention>()
  for (const mention of mentions) {
    byFirst.set(mention.first, mention)
    byLast.set(mention.last, mention)
  }
  return { narration, mentions, entities, byFirst, byLast }
}

/** Whether token `index` is a speech verb (`according` counts when followed by `to`). */
export function isSpeechVerb(context: Context, index: number): boolean {
  const token = context.narration.tokens[index]
  if (!token) return false
  if (token.lower === 'according') return context.narration.tokens[index + 1]?.lower === 'to'
  if (token.cap || !SPEECH_VERBS.has(token.lower)) return false
  const prev = context.narration.tokens[index - 1]
  return !(prev && joined(context.narration.text, prev, token) && (prev.possessive || NOUN_MARKERS.has(prev.lower)))
}

/** The speaking entity's canonical name, or `null`. */
export function speakerOf(context: Context, cue: Cue | null): string | null {
  if (!cue?.ref) return null
  return context.entities.get(cue.ref)?.name ?? null
}

/** Token index range `[first, last)` of a sentence. */
export function tokensOf(context: Context, span: Span): [number, number] {
  return [tokenAt(context.narration, span.start), tokenAt(context.narration, span.end)]
}

/**
 * The cue of the speech verb at token `verb` in `sentence`: "according to
 * X"; an inverted "said X" right after a quote or comma; a subject right
 * before the verb ("Liu also said"); else the clause's first free mention.
 */
export function cueOf(context: Context, verb: number, sentence: Span): Cue {
  const { tokens, text } = context.narration
  const [first] = tokensOf(context, sentence)
  const make = (ref: Mention | null): Cue => ({
    verb,
    ref,
    span: ref
      ? { start: Math.min(ref.start, tokens[verb]!.start), end: Math.max(ref.end, tokens[verb]!.end) }
      : { start: tokens[verb]!.start, end: tokens[verb]!.end }
  })
  if (tokens[verb]!.lower === 'according') return make(mentionAt(context, verb + 2) ?? null)
  const after = mentionAt(context, verb + 1)
  const before = verb > first ? text.slice(tokens[verb - 1]!.end, tokens[verb]!.start) : ''
  const closes = after ? /^\s*(?:[,.;:!?"“”‘’«»(]|$)/.test(text.slice(after.end, after.end + 3)) : false
  if (after && closes && (verb === first || /["'”’»],?\s*$/.test(before))) return make(after)
  let at = verb - 1
  while (at >= first && joined(text, tokens[at]!, tokens[at + 1]!) && VERB_ADVERBS.has(tokens[at]!.lower)) at--
  const near = context.byLast.get(at)
  if (at >= first && near && !near.blocked && !near.prepositional && joined(text, tokens[at]!, tokens[at + 1]!)) return make(near)
  const participle = tokens[verb]!.lower.endsWith('ing')
  return make(firstFree(context, participle ? leadSkipped(context, first, verb) : clauseStart(context, first, verb), verb))
}

/** The mention starting at token `index`, or after a few modifiers there ("the", "league president"). */
export function mentionAt(context: Context, index: number): Mention | undefined {
  const { tokens, text } = context.narration
  for (let at = index; at < index + MAX_MODIFIERS; at++) {
    const found = context.byFirst.get(at)
    if (found) return found
    const token = tokens[at]
    const next = tokens[at + 1]
    if (!token || !next || token.cap || SPEECH_VERBS.has(token.lower) || PREPOSITIONS.has(token.lower) || !joined(text, token, next)) return undefined
  }
  return undefined
}

/**
 * The first mention of the clause that can be a subject, before token `end`;
 * a lone unknown word opening the sentence ("Rock 'n' roll veteran …") only
 * when nothing follows it.
 */
export function firstFree(context: Context, start: number, end: number): Mention | null {
  let weak: Mention | null = null
  for (let at = start; at < end; at++) {
    const mention = context.byFirst.get(at)
    if (!mention || mention.blocked || mention.prepositional || mention.last >= end) continue
    const entity = context.entities.get(mention)
    if (weak || !mention.opener || entity?.person || entity?.org) return mention
    weak = mention
  }
  return weak
}

/** Where the clause of token `end` starts: after the last ", and" / ", but" / ";" before it. */
export function clauseStart(context: Context, sentenceFirst: number, end: number): number {
  const { tokens, text } = context.narration
  let first = sentenceFirst
  for (let at = end - 1; at > sentenceFirst; at--) {
    const gap = text.slice(tokens[at - 1]!.end, tokens[at]!.start)
    if (QUOTE_MARK.test(gap)) continue
    if (gap.includes(';') || (gap.includes(',') && CLAUSE_JOINERS.has(tokens[at]!.lower))) {
      first = CLAUSE_JOINERS.has(tokens[at]!.lower) ? at + 1 : at
      break
    }
  }
  return leadSkipped(context, first, end)
}

/** Skip a leading adverbial ("In his article in the Telegraph, …") to its comma. */
function leadSkipped(context: Context, first: number, end: number): number {
  const { tokens, text } = context.narration
  const lead = tokens[first]
  if (!lead || !(PREPOSITIONS.has(lead.lower) || lead.lower.endsWith('ing') || lead.lower === 'when' || lead.lower === 'while')) return first
  for (let at = first; at + 1 < end; at++) {
    if (text.slice(tokens[at]!.end, tokens[at + 1]!.start).includes(',')) return at + 1
  }
  return first
}
