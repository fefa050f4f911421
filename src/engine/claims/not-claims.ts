/**
 * Sentences that are never claims, whatever the model's score (ANNOTATIONS.md
 * §3: a question, a recommendation, a fragment too short to check, a
 * prediction, a characterisation in someone's quoted words). Rules as
 * data: each rule is one test on the sentence text, for one or both voices.
 * In speech the model, which learned from speech, weighs modality itself; in a
 * reporter's prose the news prior would drown it, so the rule speaks instead.
 */
import { characterises } from './characterisation.ts'
import { headPredicts, headVerb, onlyLooksAhead } from './clauses.ts'
import { normalised, tokenize } from './features.ts'
import { ACCUSATION_HINT, FRAME_HINT, MARK_HINT, QUESTION_HINT, RECOMMENDATION_HINT, RELATIVE_HINT, sentenceHints } from './hints.ts'
import { legalFrame } from './legal-frame.ts'
import { accusationVerbs, verbForms } from './lexicon.ts'
import type { Voice } from './model.ts'
import { readSentence } from './words.ts'

/** Words of recommendation and obligation ("X should …", "we must …", "let's …"); every match holds a piece of `RECOMMENDATION_HINT`: keep the two in step. */
export const recommendation = /\b(?:should|shouldn['’]t|must|mustn['’]t|ought to|needs? to|let['’]s|let us)\b/giu
/** `recommendation` without the global flag, for a quick first test. */
const recommends = new RegExp(recommendation.source, 'iu')

/** Reporting verbs: "she said the plan should …" reports a recommendation, a fact about her. */
const reporting = /\b(?:said|says|say|told|tells|urged|urges|called for|calls for|argued|argues|asked|wrote|stated|added|noted|suggested|proposed|recommended|insisted|demanded|has said|have said)\b/giu

const quoteMarks = /["“”«»]/gu

/** A sentence ending in a question mark (before any closing marks). */
function isQuestion(sentence: string, _tokens: string[], _voice: Voice, _lower: string[], hints: number): boolean {
  return (hints & QUESTION_HINT) !== 0 && /\?["”’'»)\]]*\s*$/u.test(sentence)
}

/** Fewer than four words: too short to assert anything checkable. */
function isFragment(_sentence: string, tokens: string[]): boolean {
  return tokens.length < 4
}

/**
 * A recommendation in the sentence's own voice or inside its quotation marks;
 * not when a reporting verb outside the quote introduces it, nor an
 * obligation a law sets (`legalFrame`).
 */
function isRecommendation(sentence: string, _tokens: string[], _voice: Voice, lower: string[], hints: number): boolean {
  if ((hints & RECOMMENDATION_HINT) === 0 || !recommends.test(sentence) || legalFrame(lower, hints)) return false
  const found = Array.from(sentence.matchAll(recommendation), (match) => match.index)
  if (found.length === 0) return false
  const marks = Array.from(sentence.matchAll(quoteMarks), (mark) => mark.index)
  const reports = Array.from(sentence.matchAll(reporting), (report) => report.index + report[0].length)
  let mark = 0
  let report = 0
  for (const index of found) {
    while (mark < marks.length && marks[mark]! < index) mark++
    while (report < reports.length && reports[report]! <= index) report++
    const lastMark = marks[mark - 1] ?? -1
    const lastReportEnd = reports[report - 1] ?? -1
    if (lastReportEnd <= lastMark) return true
  }
  return false
}

/**
 * A prediction: the head verb of the main or the reported clause is modal or
 * future. In speech (which the model learned to weigh) only a prediction
 * reported from someone else, or one inside quotation marks.
 */
function isPrediction(sentence: string, tokens: string[], voice: Voice, lower: string[], hints: number): boolean {
  const main = (hints & RELATIVE_HINT) === 0 ? sentence : withoutAside(sentence)
  const reading = main === sentence ? { tokens, lower } : readSentence(main)
  const where = headPredicts(reading.tokens, reading.lower)
  return voice === 'prose' ? where !== false : where === 'reported' || (where !== false && (hints & MARK_HINT) !== 0)
}

/** A relative clause between commas after the subject (", who is seeking a second term,"), whose verb is not the sentence's (its words are `RELATIVE_HINT`'s). */
const relativeAside = /,\s*(?:who|which|whose)\b[^,]*,/iu

/** `sentence` without its first relative aside, so that the main verb can be found past it. */
function withoutAside(sentence: string): string {
  return sentence.replace(relativeAside, '')
}

/** An accusation: the main verb, active, charges someone ("X accused Y of …"); a passive "was accused of" reports a charge and is left alone. */
function isAccusation(_sentence: string, tokens: string[], _voice: Voice, lower: string[], hints: number): boolean {
  if ((hints & ACCUSATION_HINT) === 0) return false
  const head = headVerb(tokens, lower)
  return head > 0 && accusationVerbs.has(lower[head]!) && verbForms.get(lower[head - 1]!) !== 'be'
}

/** A sentence that only looks ahead ("… where she is expected to press for …"), nothing in it past. */
function looksAhead(_sentence: string, tokens: string[], _voice: Voice, lower: string[], hints: number): boolean {
  return (hints & FRAME_HINT) !== 0 && onlyLooksAhead(tokens, lower)
}

/** A characterisation in quoted words (an evaluative partial quote, judging words), skipped at once for a sentence without quotation marks. */
function isCharacterisation(sentence: string, _tokens: string[], _voice: Voice, lower: string[], hints: number): boolean {
  return (hints & MARK_HINT) !== 0 && characterises(sentence, lower)
}

/** The rules, each a test that, when true, keeps a sentence in one of `voices` out of the claims. */
export const notClaimRules: readonly {
  name: string
  voices: readonly Voice[]
  test: (sentence: string, tokens: string[], voice: Voice, lower: string[], hints: number) => boolean
}[] = [
  { name: 'question', voices: ['speech', 'prose'], test: isQuestion },
  { name: 'fragment', voices: ['speech', 'prose'], test: isFragment },
  { name: 'recommendation', voices: ['prose'], test: isRecommendation },
  { name: 'prediction', voices: ['speech', 'prose'], test: isPrediction },
  { name: 'looks ahead', voices: ['prose'], test: looksAhead },
  { name: 'characterisation', voices: ['speech', 'prose'], test: isCharacterisation },
  { name: 'accusation', voices: ['speech', 'prose'], test: isAccusation }
]

/** By voice, the tests of `notClaimRules` for it, in order: looked up once rather than per sentence. */
const testsByVoice: Readonly<Record<Voice, readonly (typeof notClaimRules)[number]['test'][]>> = {
  speech: notClaimRules.filter((rule) => rule.voices.includes('speech')).map((rule) => rule.test),
  prose: notClaimRules.filter((rule) => rule.voices.includes('prose')).map((rule) => rule.test)
}

/**
 * Whether any rule keeps `sentence`, said in `voice`, out of the claims
 * (`lower`: the `normalised` tokens, `hints`: their `sentenceHints`, when known).
 */
export function neverClaim(sentence: string, voice: Voice, tokens: string[] = tokenize(sentence), lower: string[] = normalised(tokens), hints: number = sentenceHints(sentence, lower)): boolean {
  for (const test of testsByVoice[voice]) if (test(sentence, tokens, voice, lower, hints)) return true
  return false
}
