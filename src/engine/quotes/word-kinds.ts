/**
 * Which word lists hold a word, as bits read once per distinct word (see
 * `known-words.ts`) and carried by every token: the mention and cue rules
 * test each token against several lists, and a bit test costs far less
 * than a `Set` lookup by string.
 */
import { DEFINITE, HONORIFICS, INDEFINITE, NOT_NAMES, ORG_NOUNS, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, SPEECH_VERBS, TITLES } from './lexicon.ts'

export const SPEECH_VERB = 1
export const NOT_NAME = 2
/** A word that may open a mention other than a name (pronoun, determiner, person or organisation noun). */
export const OPENER = 4
export const PREPOSITION = 8
export const PERSON_NOUN = 16
export const ORG_NOUN = 32
export const TITLE = 64
export const HONORIFIC = 128
export const PRONOUN = 256
export const DEFINITE_WORD = 512
export const INDEFINITE_WORD = 1024
/** `according`, a speech verb when `to` follows. */
export const ACCORDING = 2048

const OPENERS = new Set([...PRONOUNS.keys(), ...DEFINITE, ...INDEFINITE, ...PERSON_NOUNS, ...ORG_NOUNS])

/** The bits of the lists that hold `lower`. */
export function kindsOf(lower: string): number {
  return (
    (SPEECH_VERBS.has(lower) ? SPEECH_VERB : 0) |
    (NOT_NAMES.has(lower) ? NOT_NAME : 0) |
    (OPENERS.has(lower) ? OPENER : 0) |
    (PREPOSITIONS.has(lower) ? PREPOSITION : 0) |
    (PERSON_NOUNS.has(lower) ? PERSON_NOUN : 0) |
    (ORG_NOUNS.has(lower) ? ORG_NOUN : 0) |
    (TITLES.has(lower) ? TITLE : 0) |
    (HONORIFICS.has(lower) ? HONORIFIC : 0) |
    (PRONOUNS.has(lower) ? PRONOUN : 0) |
    (DEFINITE.has(lower) ? DEFINITE_WORD : 0) |
    (INDEFINITE.has(lower) ? INDEFINITE_WORD : 0) |
    (lower === 'according' ? ACCORDING : 0)
  )
}
