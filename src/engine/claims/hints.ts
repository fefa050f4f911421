/**
 * Quick tests that rule a rule out before its regular expression or its scan
 * of the words runs over a sentence. Every match of such a rule holds one of
 * a few pieces of words (in any case), a digit or a question mark. Every
 * letter, digit and question mark of a sentence lies inside one of its
 * tokens, and a token's digits make its `normalise`d form `<num>` or
 * `<year>`; so a sentence none of whose words holds a piece cannot match.
 * What each distinct word holds is worked out once (`Word.hints`). Two bits
 * more say exactly whether the sentence has quotation marks.
 */
import { accusationVerbs, bindingPairs, futureFrames } from './lexicon.ts'

/** Hint bits: the rules a word may take part in a match of. */
export const FIGURE_HINT = 1
export const CAUSE_HINT = 2
export const RULE_HINT = 4
export const RECOMMENDATION_HINT = 8
export const QUESTION_HINT = 16
export const RELATIVE_HINT = 32
export const LEGAL_HINT = 64
export const FRAME_HINT = 128
export const ACCUSATION_HINT = 256
/** The sentence has one of the quotation marks `"“”«»`. */
export const MARK_HINT = 512
/** The sentence has a low opening quotation mark `„`. */
export const LOW_MARK_HINT = 1024
/** A word of `figure`'s alternatives without digits (a unit, a share, a rank): a piece of `wordFigurePieces`. */
export const WORD_FIGURE_HINT = 2048
/** All hints: nothing ruled out, for a sentence whose words are not known. */
export const ANY_HINT = -1

/** The pieces of words one of which every match of `figure` without a digit holds. */
const wordFigurePieces = ['cent', 'illion', 'thousand', 'hundred', 'half', 'third', 'quarter', 'majority', 'biggest', 'largest', 'smallest', 'highest', 'lowest', 'richest', 'poorest']

/** Per hint, the pieces of words one of which every match of its rule holds (see the rule's regex or word list). */
const pieces: readonly [number, readonly string[]][] = [
  [FIGURE_HINT, ['<num>', '<year>', ...wordFigurePieces]],
  [WORD_FIGURE_HINT, wordFigurePieces],
  [CAUSE_HINT, ['because', 'due', 'owing', 'thanks', 'result', 'led', 'lead', 'caus', 'attribut', 'blam', 'hurt', 'explain', 'responsible', 'drove', 'driven']],
  [RULE_HINT, ['law', 'legal', 'ban', 'forbid', 'allow', 'permit', 'prohibit', 'regulat', 'rule', 'require', 'legislation', 'constitution', 'statute', 'treaty', 'mandatory', 'compulsory', 'licen', 'approve', 'tariff', 'tax']],
  [RECOMMENDATION_HINT, ['should', 'must', 'ought', 'need', 'let']],
  [QUESTION_HINT, ['?']],
  [RELATIVE_HINT, ['who', 'which']],
  [LEGAL_HINT, [...bindingPairs.keys()]],
  [FRAME_HINT, [...futureFrames]],
  [ACCUSATION_HINT, [...accusationVerbs]]
]

/**
 * The hints of one `normalise`d word (lower case). A long s `ſ` is read as
 * `s`: under the `iu` flags a regex's `s` matches it.
 */
export function wordHints(lower: string): number {
  const word = lower.replaceAll('ſ', 's')
  let hints = 0
  for (const [hint, list] of pieces) if (list.some((piece) => word.includes(piece))) hints |= hint
  return hints
}

const quotationMark = /["“”«»]/u

/** The hints of `sentence`'s quotation marks. */
export function markHints(sentence: string): number {
  return (quotationMark.test(sentence) ? MARK_HINT : 0) | (sentence.includes('„') ? LOW_MARK_HINT : 0)
}

/** The hints of `sentence`: those of its quotation marks and of any of its `normalise`d words `lower`. */
export function sentenceHints(sentence: string, lower: readonly string[]): number {
  let hints = markHints(sentence)
  for (const word of lower) hints |= wordHints(word)
  return hints
}
