/**
 * Names: capitalised word sequences split at titles ("British Prime Minister
 * Boris Johnson"), told apart as person or organisation, with the role words
 * around them ("commissioner Albert Muchanga", "Dunn's mother").
 */
import {
  ADDRESSEE_VERBS,
  GENDERED_NOUNS,
  GIVEN_NAMES,
  HONORIFICS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORG_NAME_WORDS,
  POST_NOMINALS,
  SPOKES
} from './lexicon.ts'
import { addRole, isNameToken, isRoleWord, newMention, type IsJoined, type Mention } from './mention.ts'
import { writesUncapitalised, type Narration, type Token } from './tokens.ts'
import { DEFINITE_WORD, HONORIFIC, ORG_NOUN, PERSON_NOUN, PREPOSITION, TITLE } from './word-kinds.ts'
import { isSpace } from './words.ts'

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
  let titled = isTitle(tokens[index]!)
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
    titled ||= isTitle(tokens[last]!)
  }
  const out: Mention[] = []
  let titleEnd = -1
  for (let at = index; at <= last; at++) {
    if (isTitle(tokens[at]!) || (at === index && at < last && isRoleWord(tokens[at]!))) titleEnd = at
  }
  let nameFirst = titleEnd + 1 || index
  let nameLast = last
  if (titleEnd >= 0) {
    for (let at = nameFirst; at <= nameLast; at++) if (NAME_CONNECTORS.has(tokens[at]!.lower)) nameLast = at - 1
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
    ((prev.kinds & PREPOSITION) !== 0 ||
      ADDRESSEE_VERBS.has(prev.lower) ||
      ((prev.kinds & DEFINITE_WORD) !== 0 && ((tokens[index - 2]?.kinds ?? 0) & PREPOSITION) !== 0 && isJoined(index - 2, index - 1)))
  const hasThe = prev !== undefined && isJoined(index - 1, index) && prev.lower === 'the'
  if (titleEnd >= 0 && nameFirst > nameLast) {
    const mention = newMention('description', tokens, index, titleEnd)
    mention.name = tokens[titleEnd]!.lower
    mention.person = true
    for (let at = index; at <= titleEnd; at++) addRole(mention, tokens[at]!.lower)
    mention.blocked = tokens[titleEnd]!.possessive
    mention.prepositional = prepositional
    mention.start = hasThe ? prev!.start : mention.start
    return [...out, mention]
  }
  const mention = newMention('name', tokens, titleEnd >= 0 ? index : nameFirst, nameLast)
  const wordsLast = withoutPostNominals(tokens, nameFirst, nameLast)
  mention.name = text.slice(tokens[nameFirst]!.start, tokens[wordsLast]!.end)
  mention.words = lowerWords(tokens, nameFirst, wordsLast)
  mention.blocked = tokens[nameLast]!.possessive
  mention.prepositional = prepositional
  mention.opener = nameFirst === nameLast && nameFirst === index && opensSentence(narration, index)
  for (let at = index; at <= titleEnd; at++) {
    const lower = tokens[at]!.lower
    addRole(mention, lower)
    const gender = HONORIFICS.get(lower) || GENDERED_NOUNS.get(lower)
    if (gender) mention.gender = gender
  }
  const before = preRoles(tokens, index, isJoined)
  for (const role of before) addRole(mention, role)
  if (before.length > 0 && nameFirst === index) {
    mention.first = index - before.length
    mention.start = tokens[mention.first]!.start
  }
  mention.gender ??= GIVEN_NAMES.get(mention.words[0]!) ?? null
  if (mention.roles) for (const role of mention.roles) mention.gender ??= GENDERED_NOUNS.get(role) ?? null
  if (titleEnd >= 0 || before.length > 0 || GIVEN_NAMES.has(mention.words[0]!)) mention.person = true
  else if (hasThe || isOrgish(narration, mention, nameFirst, nameLast)) mention.org = true
  else if (mention.words.length >= 2 && !prepositional) mention.person = true
  out.push(mention)
  const spokes = possessiveRole(narration, mention, isJoined)
  if (spokes) out.push(spokes)
  return out
}

/** A name word of an organisation, a word in capitals, or an acronym in brackets after the name. */
function isOrgish(narration: Narration, mention: Mention, first: number, last: number): boolean {
  const { tokens, text } = narration
  if (mention.words.some((word) => ORG_NAME_WORDS.has(word))) return true
  for (let at = first; at <= last; at++) if (/^[A-Z]{2,}s?$/.test(tokens[at]!.word)) return true
  return ACRONYM_AFTER.test(text.slice(tokens[last]!.end, tokens[last]!.end + 16))
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
  return writesUncapitalised(narration, token.lower) || (token.kinds & (PERSON_NOUN | ORG_NOUN)) !== 0
}

/** Token `index` opens the text, or follows a line break or end punctuation (closed by any quotes or brackets) and a space. */
function opensSentence(narration: Narration, index: number): boolean {
  if (index === 0) return true
  const { tokens, text } = narration
  const to = tokens[index]!.start
  for (let at = tokens[index - 1]!.end; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x0a) return true
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) continue
    let next = at + 1
    while (next < to && isCloser(text.charCodeAt(next))) next++
    if (next < to && isSpace(text, next)) return true
  }
  return false
}

/** `"`, `”`, `’` or `)`. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x29
}

/** A title or an honorific. */
function isTitle(token: Token): boolean {
  return (token.kinds & (TITLE | HONORIFIC)) !== 0
}

function modifierName(narration: Narration, first: number, last: number): Mention {
  const mention = newMention('name', narration.tokens, first, last)
  mention.name = narration.text.slice(mention.start, mention.end)
  mention.words = lowerWords(narration.tokens, first, last)
  mention.blocked = true
  mention.org = true
  return mention
}

/** The `lower` of tokens `first..last`. */
function lowerWords(tokens: readonly Token[], first: number, last: number): string[] {
  const words: string[] = []
  for (let at = first; at <= last; at++) words.push(tokens[at]!.lower)
  return words
}

/** Lower-case role words right before a name: "commissioner Albert Muchanga". */
function preRoles(tokens: Token[], index: number, isJoined: IsJoined): string[] {
  const roles: string[] = []
  let at = index - 1
  while (at >= 0 && isJoined(at, at + 1) && !tokens[at]!.cap && isRoleWord(tokens[at]!)) {
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
    if (tokens[at]!.kinds & (PERSON_NOUN | TITLE | ORG_NOUN)) head = at
    else if (head >= 0) break
    at++
  }
  if (head < 0 || isNameToken(tokens[head + 1] ?? tokens[head]!) && isJoined(head, head + 1)) return undefined
  const mention = newMention('description', tokens, owner.first, head)
  mention.name = tokens[head]!.lower
  mention.person = (tokens[head]!.kinds & ORG_NOUN) === 0
  mention.gender = GENDERED_NOUNS.get(mention.name) ?? null
  addRole(mention, mention.name)
  if (SPOKES.has(mention.name)) mention.owner = owner
  return mention
}

