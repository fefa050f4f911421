/**
 * Names: capitalised word sequences split at titles ("British Prime Minister
 * Boris Johnson"), told apart as person or organisation, with the role words
 * around them ("commissioner Albert Muchanga", "Dunn's mother").
 */
import {
  ADDRESSEE_VERBS,
  DEFINITE,
  GENDERED_NOUNS,
  GIVEN_NAMES,
  HONORIFICS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  PERSON_NOUNS,
  POST_NOMINALS,
  PREPOSITIONS,
  SPOKES,
  TITLES
} from './lexicon.ts'
import { isNameToken, isRoleWord, newMention, type IsJoined, type Mention } from './mention.ts'
import type { Narration, Token } from './tokens.ts'

const ACRONYM_AFTER = /^ \((?:the )?[A-Z][A-Za-z]*[A-Z]\)/

/**
 * The name (and any title-only description or modifier) starting at token
 * `index`, or `undefined` when no name starts there.
 */
export function nameRun(narration: Narration, index: number, isJoined: IsJoined): Mention[] | undefined {
  const { tokens, text } = narration
  if (!isNameToken(tokens[index]!)) return undefined
  if (isCommonOpener(narration, index, isJoined)) return undefined
  let last = index
  let titled = TITLES.has(tokens[index]!.lower) || HONORIFICS.has(tokens[index]!.lower)
  /** Joined by "of" / "for" already: an organisation's name, which may go on with "and" ("Department of Forestry and Fire Protection"). */
  let connected = false
  while (!tokens[last]!.possessive) {
    const next = tokens[last + 1]
    if (next && isJoined(last, last + 1) && next.cap) {
      last++
    } else if (
      next &&
      isJoined(last, last + 1) &&
      isJoined(last + 1, last + 2) &&
      tokens[last + 2]!.cap &&
      (NAME_PARTICLES.has(next.lower) || (NAME_CONNECTORS.has(next.lower) && !titled) || (next.lower === 'and' && connected))
    ) {
      connected ||= NAME_CONNECTORS.has(next.lower)
      last += 2
    } else break
    titled ||= TITLES.has(tokens[last]!.lower) || HONORIFICS.has(tokens[last]!.lower)
  }
  const out: Mention[] = []
  let titleEnd = -1
  for (let at = index; at <= last; at++) {
    const lower = tokens[at]!.lower
    if (TITLES.has(lower) || HONORIFICS.has(lower) || (at === index && at < last && isRoleWord(lower))) titleEnd = at
  }
  let nameFirst = titleEnd + 1 || index
  let nameLast = last
  for (let at = nameFirst; at <= nameLast; at++) {
    if (NAME_CONNECTORS.has(tokens[at]!.lower) && titleEnd >= 0) nameLast = at - 1
  }
  if (titleEnd < 0 && nameLast - nameFirst >= 2) {
    for (let at = nameFirst + 1; at < nameLast; at++) {
      if (GIVEN_NAMES.has(tokens[at]!.lower)) {
        out.push(modifierName(narration, nameFirst, at - 1))
        nameFirst = at
        break
      }
    }
  }
  const prev = tokens[index - 1]
  const prepositional =
    prev !== undefined &&
    isJoined(index - 1, index) &&
    (PREPOSITIONS.has(prev.lower) ||
      ADDRESSEE_VERBS.has(prev.lower) ||
      (DEFINITE.has(prev.lower) && PREPOSITIONS.has(tokens[index - 2]?.lower ?? '') && isJoined(index - 2, index - 1)))
  const hasThe = prev !== undefined && isJoined(index - 1, index) && prev.lower === 'the'
  if (titleEnd >= 0 && nameFirst > nameLast) {
    const mention = newMention('description', tokens, index, titleEnd)
    mention.name = tokens[titleEnd]!.lower
    mention.person = true
    for (let at = index; at <= titleEnd; at++) mention.roles.add(tokens[at]!.lower)
    mention.blocked = tokens[titleEnd]!.possessive
    mention.prepositional = prepositional
    mention.start = hasThe ? prev!.start : mention.start
    return [...out, mention]
  }
  const mention = newMention('name', tokens, titleEnd >= 0 ? index : nameFirst, nameLast)
  const wordsLast = withoutPostNominals(tokens, nameFirst, nameLast)
  mention.name = text.slice(tokens[nameFirst]!.start, tokens[wordsLast]!.end)
  mention.words = tokens.slice(nameFirst, wordsLast + 1).map((token) => token.lower)
  mention.blocked = tokens[nameLast]!.possessive
  mention.prepositional = prepositional
  mention.opener = nameFirst === nameLast && nameFirst === index && opensSentence(narration, index)
  for (let at = index; at <= titleEnd; at++) {
    const lower = tokens[at]!.lower
    mention.roles.add(lower)
    const gender = HONORIFICS.get(lower) || GENDERED_NOUNS.get(lower)
    if (gender) mention.gender = gender
  }
  const before = preRoles(tokens, index, isJoined)
  for (const role of before) mention.roles.add(role)
  if (before.length > 0 && nameFirst === index) {
    mention.first = index - before.length
    mention.start = tokens[mention.first]!.start
  }
  mention.gender ??= GIVEN_NAMES.get(mention.words[0]!) ?? null
  for (const role of mention.roles) mention.gender ??= GENDERED_NOUNS.get(role) ?? null
  const orgish =
    mention.words.some((word) => ORG_NAME_WORDS.has(word)) ||
    hasThe ||
    tokens.slice(nameFirst, nameLast + 1).some((token) => /^[A-Z]{2,}s?$/.test(token.word)) ||
    ACRONYM_AFTER.test(text.slice(tokens[nameLast]!.end, tokens[nameLast]!.end + 16))
  if (titleEnd >= 0 || before.length > 0 || GIVEN_NAMES.has(mention.words[0]!)) mention.person = true
  else if (orgish) mention.org = true
  else if (mention.words.length >= 2 && !prepositional) mention.person = true
  out.push(mention)
  const spokes = possessiveRole(narration, mention, isJoined)
  if (spokes) out.push(spokes)
  return out
}

/** The last name word before post-nominal letters ("Naomi Fitch KC" → "Fitch"). */
function withoutPostNominals(tokens: Token[], first: number, last: number): number {
  let at = last
  while (at > first + 1 && POST_NOMINALS.has(tokens[at]!.lower) && /^[A-Z]/.test(tokens[at]!.word)) at--
  return at
}

/** "Shares fell …": a lone capitalised word opening a sentence that the text also uses in lower case. */
function isCommonOpener(narration: Narration, index: number, isJoined: IsJoined): boolean {
  const { tokens } = narration
  const token = tokens[index]!
  if (isJoined(index, index + 1) && tokens[index + 1]!.cap) return false
  if (!opensSentence(narration, index)) return false
  return narration.common.has(token.lower) || PERSON_NOUNS.has(token.lower) || ORG_NOUNS.has(token.lower)
}

function opensSentence(narration: Narration, index: number): boolean {
  const { tokens, text } = narration
  const gap = index === 0 ? '\n' : text.slice(tokens[index - 1]!.end, tokens[index]!.start)
  return /[.!?]["”’)]*\s|\n/.test(gap)
}

function modifierName(narration: Narration, first: number, last: number): Mention {
  const mention = newMention('name', narration.tokens, first, last)
  mention.name = narration.text.slice(mention.start, mention.end)
  mention.words = narration.tokens.slice(first, last + 1).map((token) => token.lower)
  mention.blocked = true
  mention.org = true
  return mention
}

/** Lower-case role words right before a name: "commissioner Albert Muchanga". */
function preRoles(tokens: Token[], index: number, isJoined: IsJoined): string[] {
  const roles: string[] = []
  let at = index - 1
  while (at >= 0 && isJoined(at, at + 1) && !tokens[at]!.cap && isRoleWord(tokens[at]!.lower)) {
    roles.push(tokens[at]!.lower)
    at--
  }
  return roles
}

/** "Dunn's mother", "Tesco's spokesperson": a possessive name before a role noun. */
function possessiveRole(narration: Narration, owner: Mention, isJoined: IsJoined): Mention | undefined {
  const { tokens } = narration
  if (!tokens[owner.last]!.possessive) return undefined
  let at = owner.last + 1
  let head = -1
  while (at <= owner.last + 3 && at < tokens.length && isJoined(at - 1, at) && !tokens[at]!.cap) {
    const lower = tokens[at]!.lower
    if (PERSON_NOUNS.has(lower) || TITLES.has(lower) || ORG_NOUNS.has(lower)) head = at
    else if (head >= 0) break
    at++
  }
  if (head < 0 || isNameToken(tokens[head + 1] ?? tokens[head]!) && isJoined(head, head + 1)) return undefined
  const mention = newMention('description', tokens, owner.first, head)
  mention.name = tokens[head]!.lower
  mention.person = !ORG_NOUNS.has(mention.name)
  mention.gender = GENDERED_NOUNS.get(mention.name) ?? null
  mention.roles.add(mention.name)
  if (SPOKES.has(mention.name)) mention.owner = owner
  return mention
}

