/**
 * The type of a claim, after the fact-checkers' taxonomy (ANNOTATIONS.md §3).
 * Rules as data: the first rule whose test matches the sentence wins.
 */
import type { ClaimType } from '../types.ts'
import { normalised, tokenize } from './features.ts'
import { CAUSE_HINT, FIGURE_HINT, RULE_HINT, sentenceHints, WORD_FIGURE_HINT } from './hints.ts'
import { legalFrame } from './legal-frame.ts'
import { irregularParticiples, irregularPast, perfectAuxiliaries } from './lexicon.ts'

/** Correlation or causation (every match holds a piece of `CAUSE_HINT`: keep the two in step). */
export const cause = /\b(?:because|due to|owing to|thanks to|as a result|led to|leads? to|leading to|caus(?:e|es|ed|ing)|result(?:s|ed)? in|attribut(?:e|es|ed) (?:\w+ )?to|blam(?:e|es|ed)|hurt|explain(?:s|ed)?|responsible for|drove|driven by)\b/i

/** Laws, rules, what is allowed (every match holds a piece of `RULE_HINT`: keep the two in step). */
export const rule = /\b(?:law|laws|legal|illegal|unlawful|lawful|bans?|banned|forbid\w*|allow(?:s|ed)?|permit(?:s|ted)?|prohibit\w*|regulat\w+|rules?|require[sd]?|requirement|legislation|constitution\w*|statute|treaty|mandatory|compulsory|licen[cs]e[sd]?|has to approve|must approve|tariffs?|taxe[sd]?)\b/i

/** A figure written with digits or a currency sign: `figure`'s alternatives that hold a digit. */
const digitFigure =
  /[$£€¥]\s?\d|\d\s?%|\b(?<!\d[,.]?)\d[\d,.]*\s+(?:percent|per cent|million|billion|trillion|thousand|hundred)\b|\b(?=\d)(?<!\d[,.]?)(?!(?:1[89]|20)\d\d\b)(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s)\d[\d,.]*(?:\s|-)(?!(?:a\.m|p\.m|am|pm|BST|GMT|UTC)\b)[a-zA-Z]/i

/** A figure in words: `figure`'s other alternatives (every match holds a piece of `WORD_FIGURE_HINT`: keep the two in step). */
export const wordFigure =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\s+(?:percent|per cent|million|billion|trillion|thousand|hundred)\b|\b(?:half|a third|a quarter|the majority) of\b|\b(?:biggest|largest|smallest|highest|lowest|richest|poorest)\b/i

/**
 * A figure: a number with a unit or a counted noun, a percentage, an amount of
 * money, a share ("half of") or a rank ("largest"). Years, dates, clock times
 * and names with digits (5G) are not figures. Every match holds a digit or a
 * piece of `FIGURE_HINT`: keep the two in step. The rule tests its two halves
 * one after the other: `digitFigure` first, which a regex engine finds (or
 * rules out) about twice as fast as the whole, and which matches most figures.
 */
export const figure = new RegExp(`${digitFigure.source}|${wordFigure.source}`, 'i')

/** Whether `sentence` (whose words have the `hints`) has a `figure`: `wordFigure` only runs where one of its words is. */
function hasFigure(sentence: string, hints: number): boolean {
  return (hints & FIGURE_HINT) !== 0 && (digitFigure.test(sentence) || ((hints & WORD_FIGURE_HINT) !== 0 && wordFigure.test(sentence)))
}

/** What someone or something did or has done: a past-tense verb or a perfect (`words` in lower case). */
function isRecord(_sentence: string, _tokens: string[], words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (irregularPast.has(word)) return true
    if (i > 0 && word.length > 2 && word.endsWith('ed')) return true
    if (i > 0 && perfectAuxiliaries.has(words[i - 1]!) && (irregularParticiples.has(word) || word.endsWith('ed') || word.endsWith('en'))) return true
  }
  return false
}

/**
 * Type rules in order of precedence: an obligation a law sets is a rule,
 * whatever figures it holds. A regex runs only over a sentence whose `hints`
 * allow it a match.
 */
export const typeRules: readonly { type: ClaimType; test: (sentence: string, tokens: string[], lower: readonly string[], hints: number) => boolean }[] = [
  { type: 'rule', test: (_sentence, _tokens, lower, hints) => legalFrame(lower, hints) },
  { type: 'quantity', test: (sentence, _tokens, _lower, hints) => hasFigure(sentence, hints) },
  { type: 'cause', test: (sentence, _tokens, _lower, hints) => (hints & CAUSE_HINT) !== 0 && cause.test(sentence) },
  { type: 'rule', test: (sentence, _tokens, _lower, hints) => (hints & RULE_HINT) !== 0 && rule.test(sentence) },
  { type: 'record', test: isRecord }
]

/**
 * The type of the claim `sentence` makes (`other` when no rule matches);
 * `lower`: its tokens `normalise`d, `hints`: their `sentenceHints`, when known.
 */
export function claimType(sentence: string, tokens: string[] = tokenize(sentence), lower: readonly string[] = normalised(tokens), hints: number = sentenceHints(sentence, lower)): ClaimType {
  for (const candidate of typeRules) if (candidate.test(sentence, tokens, lower, hints)) return candidate.type
  return 'other'
}
