/**
 * The mention record shared by the mention finders, and the small word tests
 * they have in common.
 */
import type { Entity } from './speakers.ts'
import type { Token } from './tokens.ts'
import { NOT_NAME, PERSON_NOUN, TITLE } from './word-kinds.ts'

/** How a mention refers: by name, by pronoun, by description, or as an unnamed source. */
export type MentionKind = 'name' | 'pronoun' | 'description' | 'indefinite'

/** One way the text refers to a person or an organisation. */
export interface Mention {
  kind: MentionKind
  start: number
  end: number
  /** First and last token index. */
  first: number
  last: number
  /** The name as written; the head noun of a description; the pronoun. */
  name: string
  /** Lower-case name words (names only). */
  words: string[]
  person: boolean | null
  org: boolean
  gender: 'm' | 'f' | null
  /** Role words given to the mention (`addRole`); `null` while it has none, as most have. */
  roles: Set<string> | null
  /** Not a possible subject: possessive, a modifier, inside an apposition. */
  blocked: boolean
  /** Right after a preposition: a subject only when right before its verb ("after the firm warned"). */
  prepositional: boolean
  /** A lone capitalised word opening a sentence: maybe a common word, not a name. */
  opener: boolean
  /** The mention this one stands for: a spokesperson's organisation, an acronym's full name. */
  owner: Mention | null
  /** What `resolveMentions` ties the mention to (`null`: nobody); `undefined` until it has. */
  entity: Entity | null | undefined
}

/** Whether token `left` and the next, `right` (always `left + 1`), are one phrase (only spaces between). */
export type IsJoined = (left: number, right: number) => boolean

/** A blank mention of `kind` over tokens `first..last`. */
export function newMention(kind: MentionKind, tokens: readonly Token[], first: number, last: number): Mention {
  return {
    kind,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    first,
    last,
    name: '',
    words: [],
    person: null,
    org: false,
    gender: null,
    roles: null,
    blocked: false,
    prepositional: false,
    opener: false,
    owner: null,
    entity: undefined
  }
}

/** Give `mention` the role word `role`. */
export function addRole(mention: Mention, role: string): void {
  mention.roles ??= new Set()
  mention.roles.add(role)
}

/** A capitalised word that can be part of a name. */
export function isNameToken(token: Token): boolean {
  return token.cap && (token.kinds & NOT_NAME) === 0 && token.word.length > 1
}

/** A singular role word: a title, or a person noun that is not a plural. */
export function isRoleWord(token: Token): boolean {
  return (token.kinds & TITLE) !== 0 || ((token.kinds & PERSON_NOUN) !== 0 && !token.lower.endsWith('s'))
}

