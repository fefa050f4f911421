/**
 * Sentences that are never claims, whatever the model's score (ANNOTATIONS.md
 * §3: a question, a recommendation, a fragment too short to check). Rules as
 * data: each rule is one test on the sentence text, for one or both voices.
 * In speech the model, which learned from speech, weighs modality itself; in a
 * reporter's prose the news prior would drown it, so the rule speaks instead.
 */
import { tokenize } from './features.ts'
import type { Voice } from './model.ts'

/** Words of recommendation and obligation ("X should …", "we must …", "let's …"). */
const recommendation = /\b(?:should|shouldn['’]t|must|mustn['’]t|ought to|needs? to|let['’]s|let us)\b/giu

/** Reporting verbs: "she said the plan should …" reports a recommendation, a fact about her. */
const reporting = /\b(?:said|says|say|told|tells|urged|urges|called for|calls for|argued|argues|asked|wrote|stated|added|noted|suggested|proposed|recommended|insisted|demanded|has said|have said)\b/iu

const quoteMarks = /["“”«»]/gu

/** A sentence ending in a question mark (before any closing marks). */
function isQuestion(sentence: string): boolean {
  return /\?["”’'»)\]]*\s*$/u.test(sentence)
}

/** Fewer than four words: too short to assert anything checkable. */
function isFragment(_sentence: string, tokens: string[]): boolean {
  return tokens.length < 4
}

/**
 * A recommendation in the sentence's own voice or inside its quotation marks;
 * not when a reporting verb outside the quote introduces it.
 */
function isRecommendation(sentence: string): boolean {
  for (const match of sentence.matchAll(recommendation)) {
    const before = sentence.slice(0, match.index)
    const lastMark = Math.max(...Array.from(before.matchAll(quoteMarks), (mark) => mark.index), -1)
    if (!reporting.test(before.slice(lastMark + 1))) return true
  }
  return false
}

/** The rules, each a test that, when true, keeps a sentence in one of `voices` out of the claims. */
export const notClaimRules: readonly {
  name: string
  voices: readonly Voice[]
  test: (sentence: string, tokens: string[]) => boolean
}[] = [
  { name: 'question', voices: ['speech', 'prose'], test: isQuestion },
  { name: 'fragment', voices: ['speech', 'prose'], test: isFragment },
  { name: 'recommendation', voices: ['prose'], test: isRecommendation }
]

/** Whether any rule keeps `sentence`, said in `voice`, out of the claims. */
export function neverClaim(sentence: string, voice: Voice, tokens: string[] = tokenize(sentence)): boolean {
  return notClaimRules.some((rule) => rule.voices.includes(voice) && rule.test(sentence, tokens))
}
