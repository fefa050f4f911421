/**
 * Person and organisation mentions in the reporter's text: names (see
 * `names.ts`), descriptions ("the ambassador"), unnamed sources ("one MP")
 * and pronouns, with the appositions that tie them together.
 */
import { linkAppositions } from './appositions.ts'
import {
  DEFINITE,
  GENDERED_NOUNS,
  INDEFINITE,
  ORG_NOUNS,
  PERSON_NOUNS,
  PREPOSITIONS,
  PRONOUNS,
  SPEECH_VERBS,
  TITLES,
  VERB_ADVERBS
} from './lexicon.ts'
import { isNameToken, newMention, type IsJoined, type Mention } from './mention.ts'
import { nameRun } from './names.ts'
import { joined, type Narration, type Token } from './tokens.ts'

export type { Mention, MentionKind } from './mention.ts'

/** The description name of every age used as a noun: it stands for the latest person. */
export const AGE_ROLE = 'n-year-old'

/** An age used as a noun: "the 23-year-old". */
const AGE = /^\d+-year-old$/

/** No mention here (shared, never changed). */
const NONE: readonly Mention[] = []

/** Every word that may open a mention other than a name: any other word that is no name token opens none. */
const OPENERS = new Set([...PRONOUNS.keys(), ...DEFINITE, ...INDEFINITE, ...PERSON_NOUNS, ...ORG_NOUNS])

/** Find every mention in the narration, in text order. */
export function findMentions(narration: Narration): Mention[] {
  const { tokens, text } = narration
  const mentions: Mention[] = []
  const isJoined = (left: number, right: number): boolean =>
    left >= 0 && right < tokens.length && joined(text, tokens[left]!, tokens[right]!)
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    if (!OPENERS.has(token.lower) && !isNameToken(token)) {
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
    mentions.push(...made)
    index = Math.max(index + 1, made[made.length - 1]!.last + 1)
  }
  linkAppositions(narration, mentions)
  return mentions
}

function pronoun(tokens: Token[], index: number): Mention[] | undefined {
  const token = tokens[index]!
  const gender = PRONOUNS.get(token.lower)
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
  const definite = DEFINITE.has(token.lower)
  const indefinite = INDEFINITE.has(token.lower)
  if (!definite && !indefinite) return bareNoun(tokens, index, isJoined)
  let head = -1
  let at = index + 1
  if (definite && tokens[at] && isNameToken(tokens[at]!) && isJoined(index, at)) {
    while (at + 1 < tokens.length && tokens[at + 1]!.cap && isJoined(at, at + 1)) at++
    const after = tokens[at + 1]
    const role = after && !after.cap && isJoined(at, at + 1) && (PERSON_NOUNS.has(after.lower) || ORG_NOUNS.has(after.lower))
    if (!role) return NONE
    at = index + 1
  }
  if (indefinite && tokens[at]?.lower === 'of' && isJoined(index, at)) {
    at++
    while (at < tokens.length && at <= index + 4 && isJoined(at - 1, at)) {
      if (PERSON_NOUNS.has(tokens[at]!.lower) || ORG_NOUNS.has(tokens[at]!.lower)) head = at
      at++
    }
    if (head < 0) head = index
  } else {
    while (at < tokens.length && at <= index + 4 && isJoined(at - 1, at)) {
      const lower = tokens[at]!.lower
      if (SPEECH_VERBS.has(lower) || PREPOSITIONS.has(lower)) break
      if (PERSON_NOUNS.has(lower) || ORG_NOUNS.has(lower) || TITLES.has(lower)) head = at
      else if (head >= 0) break
      if (tokens[at]!.possessive) break
      at++
    }
  }
  if (head < 0 && indefinite && SPEECH_VERBS.has(tokens[index + 1]?.lower ?? '') && isJoined(index, index + 1)) head = index
  if (head < 0 && definite && AGE.test(tokens[index + 1]?.lower ?? '') && isJoined(index, index + 1)) head = index + 1
  if (head < 0 || (definite && namedAfter(tokens, head, isJoined))) return NONE
  const mention = newMention(definite ? 'description' : 'indefinite', tokens, index, head)
  const lower = tokens[head]!.lower
  mention.name = lower
  mention.person = !ORG_NOUNS.has(lower)
  mention.org = ORG_NOUNS.has(lower)
  if (AGE.test(lower)) mention.name = AGE_ROLE
  mention.gender = GENDERED_NOUNS.get(lower) ?? null
  mention.roles.add(lower)
  const prev = tokens[index - 1]
  mention.prepositional = prev !== undefined && isJoined(index - 1, index) && PREPOSITIONS.has(prev.lower)
  return [mention]
}

/** "the research group KFF": a singular kind right before a name describes the name, which is the mention. */
function namedAfter(tokens: Token[], head: number, isJoined: IsJoined): boolean {
  const next = tokens[head + 1]
  return next !== undefined && isNameToken(next) && isJoined(head, head + 1) && !tokens[head]!.lower.endsWith('s')
}

function bareNoun(tokens: Token[], index: number, isJoined: IsJoined): readonly Mention[] {
  const token = tokens[index]!
  if (token.cap || !(PERSON_NOUNS.has(token.lower) || ORG_NOUNS.has(token.lower))) return NONE
  let at = index + 1
  while (at < tokens.length && isJoined(at - 1, at) && VERB_ADVERBS.has(tokens[at]!.lower)) at++
  if (!(at < tokens.length && isJoined(at - 1, at) && SPEECH_VERBS.has(tokens[at]!.lower))) return NONE
  const mention = newMention('indefinite', tokens, index, index)
  mention.name = token.lower
  mention.org = ORG_NOUNS.has(token.lower)
  return [mention]
}

