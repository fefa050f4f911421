/**
 * Person and organisation mentions in the reporter's text: names (see
 * `names.ts`), descriptions ("the ambassador"), unnamed sources ("one MP")
 * and pronouns, with the appositions that tie them together.
 */
import { linkAppositions } from './appositions.ts'
import { GENDERED_NOUNS, PRONOUNS, VERB_ADVERBS } from './lexicon.ts'
import { addRole, isNameToken, newMention, type IsJoined, type Mention } from './mention.ts'
import { nameRun } from './names.ts'
import type { Narration, Token } from './tokens.ts'
import { DEFINITE_WORD, INDEFINITE_WORD, OPENER, ORG_NOUN, PERSON_NOUN, PREPOSITION, PRONOUN, SPEECH_VERB, TITLE } from './word-kinds.ts'

export type { Mention, MentionKind } from './mention.ts'

/** The description name of every age used as a noun: it stands for the latest person. */
export const AGE_ROLE = 'n-year-old'

/** An age used as a noun: "the 23-year-old". */
const AGE = /^\d+-year-old$/

/** No mention here (shared, never changed). */
const NONE: readonly Mention[] = []

/** Find every mention in the narration, in text order. */
export function findMentions(narration: Narration): Mention[] {
  const { tokens } = narration
  const mentions: Mention[] = []
  const isJoined = (left: number, right: number): boolean => left >= 0 && right < tokens.length && tokens[right]!.joined
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    if ((token.kinds & OPENER) === 0 && !isNameToken(token)) {
      index++
      continue
    }
    const made =
      pronoun(tokens, index) ??
      nameRun(narration, index, isJoined) ??
      description(tokens, index, isJoined)
    if (made.length === 0) {
      index++
      continue
    }
    for (const mention of made) mentions.push(mention)
    index = Math.max(index + 1, made[made.length - 1]!.last + 1)
  }
  linkAppositions(narration, mentions)
  return mentions
}

function pronoun(tokens: Token[], index: number): Mention[] | undefined {
  const token = tokens[index]!
  const gender = token.kinds & PRONOUN ? PRONOUNS.get(token.lower) : undefined
  if (!gender || token.possessive) return undefined
  const mention = newMention('pronoun', tokens, index, index)
  mention.name = token.lower
  mention.person = gender === 'm' || gender === 'f'
  mention.gender = gender === 'm' || gender === 'f' ? gender : null
  return [mention]
}

/** "the ambassador", "One MP", "some of the protesters", a bare "police" before a verb. */
function description(tokens: Token[], index: number, isJoined: IsJoined): readonly Mention[] {
  const token = tokens[index]!
  const definite = (token.kinds & DEFINITE_WORD) !== 0
  const indefinite = (token.kinds & INDEFINITE_WORD) !== 0
  if (!definite && !indefinite) return bareNoun(tokens, index, isJoined)
  let head = -1
  let at = index + 1
  if (definite && tokens[at] && isNameToken(tokens[at]!) && isJoined(index, at)) {
    while (at + 1 < tokens.length && tokens[at + 1]!.cap && isJoined(at, at + 1)) at++
    const after = tokens[at + 1]
    const role = after && !after.cap && isJoined(at, at + 1) && (after.kinds & (PERSON_NOUN | ORG_NOUN)) !== 0
    if (!role) return NONE
    at = index + 1
  }
  if (indefinite && tokens[at]?.lower === 'of' && isJoined(index, at)) {
    at++
    while (at < tokens.length && at <= index + 4 && isJoined(at - 1, at)) {
      if (tokens[at]!.kinds & (PERSON_NOUN | ORG_NOUN)) head = at
      at++
    }
    if (head < 0) head = index
  } else {
    while (at < tokens.length && at <= index + 4 && isJoined(at - 1, at)) {
      const kinds = tokens[at]!.kinds
      if (kinds & (SPEECH_VERB | PREPOSITION)) break
      if (kinds & (PERSON_NOUN | ORG_NOUN | TITLE)) head = at
      else if (head >= 0) break
      if (tokens[at]!.possessive) break
      at++
    }
  }
  if (head < 0 && indefinite && ((tokens[index + 1]?.kinds ?? 0) & SPEECH_VERB) !== 0 && isJoined(index, index + 1)) head = index
  if (head < 0 && definite && isAge(tokens[index + 1]?.lower ?? '') && isJoined(index, index + 1)) head = index + 1
  if (head < 0 || (definite && namedAfter(tokens, head, isJoined))) return NONE
  const mention = newMention(definite ? 'description' : 'indefinite', tokens, index, head)
  const lower = tokens[head]!.lower
  const org = (tokens[head]!.kinds & ORG_NOUN) !== 0
  mention.name = lower
  mention.person = !org
  mention.org = org
  if (isAge(lower)) mention.name = AGE_ROLE
  mention.gender = GENDERED_NOUNS.get(lower) ?? null
  addRole(mention, lower)
  const prev = tokens[index - 1]
  mention.prepositional = prev !== undefined && isJoined(index - 1, index) && (prev.kinds & PREPOSITION) !== 0
  return [mention]
}

/** `AGE`, ruled out first by its digit: this is asked after every "the". */
function isAge(lower: string): boolean {
  const code = lower.charCodeAt(0)
  return code >= 0x30 && code <= 0x39 && AGE.test(lower)
}

/** "the research group KFF": a singular kind right before a name describes the name, which is the mention. */
function namedAfter(tokens: Token[], head: number, isJoined: IsJoined): boolean {
  const next = tokens[head + 1]
  return next !== undefined && isNameToken(next) && isJoined(head, head + 1) && !tokens[head]!.lower.endsWith('s')
}

function bareNoun(tokens: Token[], index: number, isJoined: IsJoined): readonly Mention[] {
  const token = tokens[index]!
  if (token.cap || (token.kinds & (PERSON_NOUN | ORG_NOUN)) === 0) return NONE
  let at = index + 1
  while (at < tokens.length && isJoined(at - 1, at) && VERB_ADVERBS.has(tokens[at]!.lower)) at++
  if (!(at < tokens.length && isJoined(at - 1, at) && (tokens[at]!.kinds & SPEECH_VERB) !== 0)) return NONE
  const mention = newMention('indefinite', tokens, index, index)
  mention.name = token.lower
  mention.org = (token.kinds & ORG_NOUN) !== 0
  return [mention]
}

