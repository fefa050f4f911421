/**
 * Appositions and modifiers: what the text says around a name gives it a
 * role ("Liu Xiaoming, the Chinese Ambassador to the UK,") and hides the
 * mentions that are not subjects of their own.
 */
import { GENDERED_NOUNS, SPOKES } from './lexicon.ts'
import { addRole, type Mention } from './mention.ts'
import type { Narration, Token } from './tokens.ts'
import { DEFINITE_WORD, INDEFINITE_WORD, ORG_NOUN, PERSON_NOUN, SPEECH_VERB, TITLE } from './word-kinds.ts'

const APPOSITION_END = /^[,)]|^[.;:!?]/
const MAX_APPOSITION = 14
/** Tokens from a description's head to its apposed name ("a spokeswoman for the Department for Transport, Lucy Grant"). */
const MAX_DESCRIBED_GAP = 7

/**
 * Appositions: "NAME, the ROLE of X," gives NAME its role and hides the
 * mentions inside; "the ROLE, NAME," gives NAME the role and hides the
 * description; a mention that only modifies a titled name ("AU chairperson
 * President …") is hidden too; "a spokesman for X, NAME," gives the words to NAME.
 */
export function linkAppositions(narration: Narration, mentions: Mention[]): void {
  const { tokens } = narration
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    const next = mentions[index + 1]
    if (next && next.kind === 'name' && next.roles !== null && next.person && isModifier(narration, mention, next)) {
      mention.blocked = true
    }
    if (mention.kind === 'name' && !tokens[mention.last]!.possessive) nameApposition(narration, mentions, index)
    if (mention.kind === 'name' && next?.kind === 'name' && isAcronymOf(narration, next, mention)) next.owner = mention
    if (mention.kind !== 'name' && next?.kind === 'name' && SPOKES.has(mention.name)) spokesperson(narration, mention, next)
    if (mention.kind === 'description' || (mention.kind === 'indefinite' && SPOKES.has(mention.name))) {
      const name = nextFreeName(mentions, index)
      if (name) descriptionApposition(narration, mention, name)
    }
  }
}

/** The first of the three mentions after `index` that is a name free to be a subject. */
function nextFreeName(mentions: readonly Mention[], index: number): Mention | undefined {
  for (let at = index + 1; at < Math.min(mentions.length, index + 4); at++) {
    const other = mentions[at]!
    if (other.kind === 'name' && !other.blocked && !other.prepositional) return other
  }
  return undefined
}

function nameApposition(narration: Narration, mentions: Mention[], index: number): void {
  const { tokens, text } = narration
  const mention = mentions[index]!
  const first = mention.last + 1
  if (first >= tokens.length || !isCommaGap(text, mention.end, tokens[first]!.start)) return
  const opener = tokens[first]!
  if (!((opener.kinds & (DEFINITE_WORD | INDEFINITE_WORD | TITLE)) !== 0 || opener.possessive || opener.lower === 'who')) return
  let last = first
  while (last + 1 < tokens.length && last - first < MAX_APPOSITION) {
    const gap = text.slice(tokens[last]!.end, tokens[last + 1]!.start)
    if (APPOSITION_END.test(gap.trimStart())) break
    last++
  }
  if (nextChar(text, tokens[last]!.end) !== ',' || last - first >= MAX_APPOSITION) return
  const words = tokens.slice(first, last + 1)
  if (opener.lower === 'who') {
    mention.person = true
    return
  }
  if (words.some((token) => (token.kinds & SPEECH_VERB) !== 0 && !token.cap)) return
  if (mention.roles === null && isOrgApposition(words)) {
    mention.person = null
    mention.org = true
  }
  for (const token of words) {
    const lower = token.lower
    if (token.kinds & (PERSON_NOUN | TITLE)) {
      addRole(mention, lower)
      mention.person = mention.org ? mention.person : true
    } else if (token.kinds & ORG_NOUN) {
      addRole(mention, lower)
      if (!mention.person) mention.org = true
    }
    mention.gender ??= GENDERED_NOUNS.get(lower) ?? null
  }
  for (let at = index + 1; at < mentions.length && mentions[at]!.start < tokens[last]!.end; at++) {
    if (mentions[at]!.end <= tokens[last]!.end) mentions[at]!.blocked = true
  }
}

/** `text[from, to)` is a comma and spaces (`/^, *$/`). */
function isCommaGap(text: string, from: number, to: number): boolean {
  if (from >= to || text.charCodeAt(from) !== 0x2c) return false
  for (let at = from + 1; at < to; at++) if (text.charCodeAt(at) !== 0x20) return false
  return true
}

/** "Southern Californian Edison, the regional utility,": the apposition names a kind of organisation and no person. */
function isOrgApposition(words: readonly Token[]): boolean {
  const head = words.findLast((token) => !token.cap && (token.kinds & (ORG_NOUN | PERSON_NOUN | TITLE)) !== 0)
  return head !== undefined && (head.kinds & ORG_NOUN) !== 0 && words.every((token) => (token.kinds & (PERSON_NOUN | TITLE)) === 0)
}

/** The first non-space character at or after `at`. */
function nextChar(text: string, at: number): string {
  let index = at
  while (index < text.length && /\s/.test(text[index]!)) index++
  return text[index] ?? ''
}

function descriptionApposition(narration: Narration, described: Mention, name: Mention): void {
  const { text } = narration
  if (name.first - described.last > MAX_DESCRIBED_GAP || !/, *$/.test(text.slice(described.end, name.start))) return
  if (nextChar(text, name.end) !== ',') return
  if (described.roles) for (const role of described.roles) addRole(name, role)
  if (described.person) name.person = name.org ? name.person : true
  if (described.org && !name.person) name.org = true
  name.gender ??= described.gender
  described.blocked = true
}

/** "a spokesperson for Unite": the spokesperson speaks for the organisation. */
function spokesperson(narration: Narration, mention: Mention, owner: Mention): void {
  const { tokens } = narration
  const link = tokens[mention.last + 1]?.lower ?? ''
  const gap = owner.first - mention.last
  if (['for', 'of', 'at'].includes(link) && (gap === 2 || (gap === 3 && tokens[mention.last + 2]!.lower === 'the'))) mention.owner = owner
}

/** "AU chairperson President Abdel …": only role words between a mention and a titled name. */
function isModifier(narration: Narration, mention: Mention, name: Mention): boolean {
  const { tokens } = narration
  if (name.first - mention.last > 5) return false
  for (let at = mention.last + 1; at < name.first; at++) {
    const token = tokens[at]!
    if ((token.kinds & SPEECH_VERB) !== 0 || (token.cap && (token.kinds & TITLE) === 0)) return false
  }
  for (let at = mention.last; at < name.first; at++) if (!tokens[at + 1]!.joined) return false
  return true
}

/** "Federal Aviation Administration (FAA)": a bracketed capitals-only name right after a name. */
function isAcronymOf(narration: Narration, acronym: Mention, name: Mention): boolean {
  const { text } = narration
  return /^ \((?:the )?$/.test(text.slice(name.end, acronym.start)) && text[acronym.end] === ')' && /^[A-Z][A-Za-z]*[A-Z]$/.test(acronym.name) && name.words.length > 1
}
