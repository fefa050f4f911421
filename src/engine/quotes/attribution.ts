/**
 * Attribution cues: a speech verb with the mention that says it — "Liu
 * said", "said the ambassador", "according to Reuters" — found in the
 * reporter's text around a quote or a reported clause.
 */
import type { Span } from '../types.ts'
import { NOT_NAMES, NOUN_MARKERS, VERB_ADVERBS } from './lexicon.ts'
import type { Mention } from './mentions.ts'
import { COMMA, QUOTED, SEMICOLON } from './gaps.ts'
import type { Narration, Sentence, Token } from './tokens.ts'
import { ACCORDING, PREPOSITION, SPEECH_VERB } from './word-kinds.ts'

const MAX_MODIFIERS = 4
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'yet'])
/** Words between a kind of source and its name: "figures from Nationwide", "a survey by KFF". */
const SOURCE_LINKS = new Set(['from', 'by', 'of'])

/** Everything the cue rules look at, built once per article. */
export interface Context {
  narration: Narration
  mentions: Mention[]
  /**
   * Mention by the index of its first / last token (the later mention when
   * two share it). The tables below are plain arrays rather than typed
   * ones: an article's are small, and a typed array costs a buffer outside
   * the heap.
   */
  byFirst: Array<Mention | undefined>
  byLast: Array<Mention | undefined>
  /** By token: the last token at or before it that a clause break (`;`, `, and`) precedes, or -1. */
  breaks: number[]
  /** By token: the first token at or after it that a comma follows (the token count when none). */
  commas: number[]
  /** By token: the first token at or after it where a possible subject starts (the token count when none). */
  free: number[]
  /** By token: how many speech verbs come before it. */
  verbsBefore: number[]
  /** The speech verbs' token indices, ascending: `verbs[verbsBefore[at]]` is the first at or after token `at`. */
  verbs: number[]
  /** The cues with a speaker of each sentence, filled on demand by `sentenceCues`. */
  cues: Map<Sentence, Cue[]>
  /** The cue of each speech verb met so far, with the sentence it was read in. */
  cueAt: Map<number, [Sentence, Cue]>
}

/** A speech verb and who it is attributed to. */
export interface Cue {
  verb: number
  /** The speaking mention; `null` when the verb has none (a participle). */
  ref: Mention | null
  /** The subject is a common plural that names nobody ("forecasters described"): the speaker is unknown. */
  generic?: boolean
  span: Span
}

/** Build the lookup context for an article. */
export function makeContext(narration: Narration, mentions: Mention[]): Context {
  const { tokens } = narration
  const count = tokens.length
  const byFirst = new Array<Mention | undefined>(count)
  const byLast = new Array<Mention | undefined>(count)
  for (const mention of mentions) {
    byFirst[mention.first] = mention
    byLast[mention.last] = mention
  }
  const breaks = new Array<number>(count)
  const verbs: number[] = []
  const verbsBefore = new Array<number>(count + 1)
  verbsBefore[0] = 0
  let lastBreak = -1
  for (let at = 0; at < count; at++) {
    if (at > 0 && isClauseBreak(tokens[at]!)) lastBreak = at
    breaks[at] = lastBreak
    if (readsAsSpeechVerb(narration, at)) verbs.push(at)
    verbsBefore[at + 1] = verbs.length
  }
  const commas = new Array<number>(count + 1)
  const free = new Array<number>(count + 1)
  commas[count] = free[count] = count
  for (let at = count - 1; at >= 0; at--) {
    commas[at] = (tokens[at + 1]?.gap ?? 0) & COMMA ? at : commas[at + 1]!
    const mention = byFirst[at]
    free[at] = mention && !mention.blocked && !mention.prepositional ? at : free[at + 1]!
  }
  return { narration, mentions, byFirst, byLast, breaks, commas, free, verbsBefore, verbs, cues: new Map(), cueAt: new Map() }
}

/** A clause break (`;`, `, and`) comes right before `token`. */
function isClauseBreak(token: Token): boolean {
  const gap = token.gap
  return (gap & QUOTED) === 0 && ((gap & SEMICOLON) !== 0 || ((gap & COMMA) !== 0 && CLAUSE_JOINERS.has(token.lower)))
}

/** Whether a speech verb lies among tokens `[first, last)`. */
export function hasSpeechVerb(context: Context, first: number, last: number): boolean {
  return context.verbsBefore[last]! > context.verbsBefore[first]!
}

/** The cues of `sentence` (one of the narration's sentences) that name a speaker, in text order. */
export function sentenceCues(context: Context, sentence: Sentence): Cue[] {
  let cues = context.cues.get(sentence)
  if (cues) return cues
  cues = []
  for (let at = context.verbsBefore[sentence.first]!; at < context.verbsBefore[sentence.last]!; at++) {
    const verb = context.verbs[at]!
    const cue = cueOf(context, verb, sentence)
    if (cue.ref) cues.push(cue)
  }
  context.cues.set(sentence, cues)
  return cues
}

/** Whether token `index` is a speech verb (`according` counts when followed by `to`). */
export function isSpeechVerb(context: Context, index: number): boolean {
  return index >= 0 && index < context.narration.tokens.length && hasSpeechVerb(context, index, index + 1)
}

function readsAsSpeechVerb(narration: Narration, index: number): boolean {
  const { tokens } = narration
  const token = tokens[index]!
  if ((token.kinds & (SPEECH_VERB | ACCORDING)) === 0) return false
  if (token.kinds & ACCORDING) return tokens[index + 1]?.lower === 'to'
  if (token.cap) return false
  const prev = tokens[index - 1]
  return !(prev && token.joined && (prev.possessive || NOUN_MARKERS.has(prev.lower)))
}

/** The speaking entity's canonical name, or `null`. */
export function speakerOf(cue: Cue | null): string | null {
  if (!cue?.ref) return null
  return cue.ref.entity?.name ?? null
}

/**
 * The cue of the speech verb at token `verb` in `sentence`: "according to
 * X"; an inverted "said X" right after a quote or comma; a subject right
 * before the verb ("Liu also said"); else the clause's first free mention.
 */
export function cueOf(context: Context, verb: number, sentence: Sentence): Cue {
  const known = context.cueAt.get(verb)
  if (known && known[0] === sentence) return known[1]
  const cue = readCue(context, verb, sentence)
  context.cueAt.set(verb, [sentence, cue])
  return cue
}

function readCue(context: Context, verb: number, sentence: Sentence): Cue {
  const { tokens, text } = context.narration
  const { first } = sentence
  const make = (ref: Mention | null): Cue => ({
    verb,
    ref,
    span: ref
      ? { start: Math.min(ref.start, tokens[verb]!.start), end: Math.max(ref.end, tokens[verb]!.end) }
      : { start: tokens[verb]!.start, end: tokens[verb]!.end }
  })
  if (tokens[verb]!.lower === 'according') return make(accordingSource(context, verb))
  const after = invertedSubject(context, verb + 1)
  if (after && (verb === first || (verb > first && /["'”’»],?\s*$/.test(text.slice(tokens[verb - 1]!.end, tokens[verb]!.start))))) return make(after)
  let at = verb - 1
  while (at >= first && tokens[at + 1]!.joined && VERB_ADVERBS.has(tokens[at]!.lower)) at--
  const near = context.byLast[at]
  if (at >= first && near && !near.blocked && !near.prepositional && tokens[at + 1]!.joined) return make(near)
  const head = tokens[at - 1]
  const bare = !NOUN_MARKERS.has(head?.lower ?? '') && ((head?.kinds ?? 0) & PREPOSITION) === 0
  if (at >= first && !near && bare && isGenericPlural(tokens[at]!) && tokens[at + 1]!.joined) return { ...make(null), generic: true }
  const participle = tokens[verb]!.lower.endsWith('ing')
  return make(firstFree(context, participle ? leadSkipped(context, first, verb) : clauseStart(context, first, verb), verb))
}

/**
 * The subject of an inverted "said X": the mention after the verb that ends
 * its phrase, past name runs and role words before it ("said Cal Fire
 * battalion chief Rosa Delgado").
 */
function invertedSubject(context: Context, index: number): Mention | undefined {
  const { text } = context.narration
  let mention = mentionAt(context, index)
  while (mention && !/^\s*(?:[,.;:!?"“”‘’«»(]|$)/.test(text.slice(mention.end, mention.end + 3))) mention = mentionAt(context, mention.last + 1)
  return mention
}

/** The source of "according to X", or of "according to figures from X". */
function accordingSource(context: Context, verb: number): Mention | null {
  const { tokens } = context.narration
  const direct = mentionAt(context, verb + 2)
  if (direct) return direct
  for (let at = verb + 2; at < verb + 2 + MAX_MODIFIERS && tokens[at + 1]?.joined; at++) {
    if (SOURCE_LINKS.has(tokens[at + 1]!.lower)) return mentionAt(context, at + 2) ?? null
  }
  return null
}

/** A lower-case plural that is not a function word ("forecasters", not "its" or "has"). */
function isGenericPlural(token: Token): boolean {
  return !token.cap && !token.possessive && /[^s]s$/.test(token.lower) && token.lower.length > 4 && !VERB_ADVERBS.has(token.lower) && !NOT_NAMES.has(token.lower)
}

/** The mention starting at token `index`, or after a few modifiers there ("the", "league president"). */
export function mentionAt(context: Context, index: number): Mention | undefined {
  const { tokens } = context.narration
  for (let at = index; at < index + MAX_MODIFIERS; at++) {
    const found = context.byFirst[at]
    if (found) return found
    const token = tokens[at]
    const next = tokens[at + 1]
    if (!token || !next || token.cap || (token.kinds & (SPEECH_VERB | PREPOSITION)) !== 0 || !next.joined) return undefined
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
  for (let at = context.free[start]!; at < end; at = context.free[at + 1]!) {
    const mention = context.byFirst[at]!
    if (mention.last >= end) continue
    const entity = mention.entity
    if (weak || !mention.opener || entity?.person || entity?.org) return mention
    weak = mention
  }
  return weak
}

/** Where the clause of token `end` starts: after the last ", and" / ", but" / ";" before it. */
export function clauseStart(context: Context, sentenceFirst: number, end: number): number {
  const at = end > 0 ? context.breaks[end - 1]! : -1
  const first = at > sentenceFirst ? (CLAUSE_JOINERS.has(context.narration.tokens[at]!.lower) ? at + 1 : at) : sentenceFirst
  return leadSkipped(context, first, end)
}

/** Skip a leading adverbial ("In his article in the Telegraph, …") to its comma. */
function leadSkipped(context: Context, first: number, end: number): number {
  const lead = context.narration.tokens[first]
  if (!lead || !((lead.kinds & PREPOSITION) !== 0 || lead.lower.endsWith('ing') || lead.lower === 'when' || lead.lower === 'while')) return first
  const comma = context.commas[first]!
  return comma + 1 < end ? comma + 1 : first
}
