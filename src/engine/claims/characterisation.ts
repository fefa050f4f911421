/**
 * Characterisations (ANNOTATIONS.md §3: opinion, not a claim): an evaluation
 * put in someone's own words. Two shapes: a short partial quote that is what
 * a copula or a naming verb says of its subject (his offending had been
 * "calculated and cruel"; called the plan a "tax raid"), and quoted words of
 * judgement (a superlative, a praising or blaming adjective before a noun, an
 * evaluative adjective after a copula). Quoted words with a figure are left
 * to the model: a figure (digits or a cardinal number) makes them checkable.
 */
import { cardinals, complementOpeners, copulas, degreeAdverbs, evaluativeAdjectives, intensifyingAdjectives, judgementSuperlatives, namingVerbs } from './lexicon.ts'
import { isPlain, type Quoted, quotedStretches, wordsBefore } from './quoted.ts'

/** Longest partial quote, in words and in characters, read as a label rather than a statement. */
const labelWords = 10
const labelLength = 120
const digit = /\p{N}/u
const judgementWords: ReadonlySet<string> = new Set([...judgementSuperlatives, ...intensifyingAdjectives, ...evaluativeAdjectives])
const wordPattern = /[\p{L}'’-]+/gu

/**
 * Whether `sentence` characterises: an evaluative partial quote or judging
 * words in a quote. `lower` are its words in lower case.
 */
export function characterises(sentence: string, lower: readonly string[]): boolean {
  const stretches = quotedStretches(sentence)
  return stretches.length > 0 && (evaluativePartialQuote(sentence, stretches) || judgementInQuote(sentence, stretches, lower))
}

/** Whether a short partial quote among the `stretches` of `sentence` is the evaluation a copula or a naming verb puts on its subject. */
export function evaluativePartialQuote(sentence: string, stretches: readonly Quoted[] = quotedStretches(sentence)): boolean {
  for (const { start, end, partial } of stretches) {
    if (!partial || start === 0 || end - start > labelLength) continue
    const inside = wordCount(sentence, start, end)
    if (inside === 0 || inside > labelWords) continue
    const before = wordsBefore(sentence, start - 1, 6)
    const previous = before[0] ?? ''
    const labelled = copulas.has(previous) || ((complementOpeners.has(previous) || inside <= 3) && namedBefore(before))
    if (labelled) return !hasFigure(sentence)
  }
  return false
}

/** Whether a naming verb is among the words `before` a quote past the first (the last one first). */
function namedBefore(before: readonly string[]): boolean {
  for (let i = 1; i < before.length; i++) if (namingVerbs.has(before[i]!)) return true
  return false
}

/**
 * Whether the words between the quotation marks of `sentence` (its quoted
 * `stretches`) judge rather than report: "the best … in the world", "real
 * resilience", "we were poor". `lower` are the sentence's words in lower case.
 */
export function judgementInQuote(sentence: string, stretches: readonly Quoted[], lower: readonly string[]): boolean {
  if (!hasJudgementWord(lower)) return false
  const spoken = stretches.map(({ start, end }) => sentence.slice(start, end)).join(' ')
  if (!spoken || hasFigure(spoken)) return false
  const words = (spoken.toLowerCase().match(wordPattern) ?? []).map((word) => word.replaceAll('’', "'"))
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (judgementSuperlatives.has(word)) return true
    if (intensifyingAdjectives.has(word) && i + 1 < words.length && i > 0 && !copulas.has(words[i + 1]!)) return true
    if (evaluativeAdjectives.has(word) && afterCopula(words, i)) return true
  }
  return false
}

function hasJudgementWord(lower: readonly string[]): boolean {
  for (const word of lower) if (judgementWords.has(word)) return true
  return false
}

/** The number of words (`wordPattern`) in `sentence` from `start` to `end`; counted without copying while the characters are `plain`. */
function wordCount(sentence: string, start: number, end: number): number {
  let count = 0
  let inWord = false
  for (let i = start; i < end; i++) {
    const code = sentence.charCodeAt(i)
    if (!isPlain(code)) return (sentence.slice(start, end).match(wordPattern) ?? []).length
    const lower = code | 0x20
    const wordy = (lower >= 0x61 && lower <= 0x7a) || code === 0x27 || code === 0x2019 || code === 0x2d
    if (wordy && !inWord) count++
    inWord = wordy
  }
  return count
}

/** Whether `text` has a figure: a digit or a cardinal number word. */
function hasFigure(text: string): boolean {
  return plainHasFigure(text) ?? (digit.test(text) || (text.toLowerCase().match(wordPattern) ?? []).some((word) => cardinals.has(word)))
}

/** The length of the longest cardinal number word. */
const longestCardinal = Math.max(...Array.from(cardinals, (word) => word.length))

/**
 * `hasFigure` by a scan of the characters, without copying the text, while
 * they are `plain` (where a digit is ASCII and a word of `wordPattern` is a
 * run of ASCII letters, apostrophes and hyphens); undefined when it meets
 * another character first.
 */
function plainHasFigure(text: string): boolean | undefined {
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20
    if (!isPlain(code)) return undefined
    if (code >= 0x30 && code <= 0x39) return true
    const lower = code | 0x20
    if ((lower >= 0x61 && lower <= 0x7a) || code === 0x27 || code === 0x2019 || code === 0x2d) continue
    if (i - start > 0 && i - start <= longestCardinal && cardinals.has(text.slice(start, i).toLowerCase())) return true
    start = i + 1
  }
  return false
}

/** Whether `words[i]` follows a copula, with degree adverbs, an article and one coordinated adjective between them allowed ("is not a mild illness", "was a long and costly job"). */
function afterCopula(words: readonly string[], i: number): boolean {
  let j = i - 1
  if (words[j] === 'and') j -= 2
  while (j >= 0 && degreeAdverbs.has(words[j]!)) j--
  if (j >= 0 && complementOpeners.has(words[j]!)) j--
  while (j >= 0 && degreeAdverbs.has(words[j]!)) j--
  return j >= 0 && copulas.has(words[j]!) && words[j] !== 'as'
}
