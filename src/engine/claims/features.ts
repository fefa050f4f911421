/**
 * Features of one sentence for the check-worthiness model: word 1–2-grams
 * plus hand-made signals (figures, names, tense, modality, person, question,
 * evaluative words, length). Shared by the engine and `scripts/train-claims.ts`.
 */
import {
  conditionals,
  deontic,
  evaluative,
  firstPerson,
  irregularParticiples,
  irregularPast,
  modals,
  numberWords,
  perfectAuxiliaries,
  secondPerson,
  stance
} from './lexicon.ts'
import { isSpace } from './quoted.ts'

/** Feature name → value; absent names are 0. N-grams (`w:`, `b:`) are present (1) or absent. */
export type Features = Map<string, number>

const tokenPattern = /\p{N}[\p{N},.]*|\p{L}+(?:['’]\p{L}+)*|['’](?:[lL][lL]|[vV][eE]|[rR][eE]|[dDsSmM])\b|[?%$£€¥]/gu

/** `tokenPattern` for text whose letters and digits are all ASCII: the same tokens, several times faster. */
const asciiTokenPattern = /[0-9][0-9,.]*|[A-Za-z]+(?:['’][A-Za-z]+)*|['’](?:[lL][lL]|[vV][eE]|[rR][eE]|[dDsSmM])\b|[?%$£€¥]/g
/** A character that may be a letter or digit beyond ASCII (typographic punctuation, spaces and currency signs are not). */
const beyondAscii = /[^\x00-\x7F\u00A0\u2000-\u206F£€¥]/

/** Word tokens of `sentence` as written (numbers kept whole, apostrophes kept in words). */
export function tokenize(sentence: string): string[] {
  const tokens = sentence.match(beyondAscii.test(sentence) ? tokenPattern : asciiTokenPattern) ?? []
  return sentence.includes('’') ? tokens.map((token) => token.replaceAll('’', "'")) : tokens
}

/** The features of `sentence` (whose `tokens` may be given when already known). */
export function featurize(sentence: string, tokens: string[] = tokenize(sentence)): Features {
  const lower = normalised(tokens)
  const features: Features = new Map()
  eachNgram(lower, (prefix, left, right) => features.set(right ? `${prefix}${left} ${right}` : prefix + left, 1))
  for (const [name, value] of signals(tokens, lower, sentence)) if (value) features.set(name, value)
  return features
}

/** The words of `tokens` as the n-grams see them: lower case, years and other numbers as placeholders. */
export function normalised(tokens: readonly string[]): string[] {
  return tokens.map(normalise)
}

/**
 * Visit the n-grams of the `normalised` words in feature order, repeats
 * included, in pieces: `w:` with the word (`right` empty), or `b:` with the
 * left and right words of a bigram (`<s>`, `</s>` at the sentence ends).
 */
export function eachNgram(lower: readonly string[], visit: (prefix: 'w:' | 'b:', left: string, right: string) => void): void {
  for (let i = 0; i < lower.length; i++) {
    visit('w:', lower[i]!, '')
    visit('b:', i === 0 ? '<s>' : lower[i - 1]!, lower[i]!)
  }
  if (lower.length > 0) visit('b:', lower[lower.length - 1]!, '</s>')
}

const year = /^(?:1[89]|20)\d\d$/
const digit = /^\p{N}/u
const capital = /^\p{Lu}/u
/** The closing marks and brackets that may follow a question mark, by character code. */
const closers: ReadonlySet<number> = new Set(Array.from(`"”’'»)`, (character) => character.charCodeAt(0)))
const figureTokens: ReadonlySet<string> = new Set(['<num>', '%', '$', '£', '€'])

/** Word lists whose presence is a signal: feature name → list. */
const presence: readonly [string, ReadonlySet<string>][] = [
  ['f:number-word', numberWords],
  ['f:modal', modals],
  ['f:deontic', deontic],
  ['f:first-person', firstPerson],
  ['f:second-person', secondPerson],
  ['f:stance', stance],
  ['f:conditional', conditionals]
]

/** Bits of a word's `wordFlags`: the lists it is in; presence list `i` is bit `PRESENCE << i`. */
const FIGURE = 1
const PAST = 2
const AUXILIARY = 4
const PARTICIPLE = 8
const EVALUATIVE = 16
const PRESENCE = 32
/** Bits `wordBits` adds after the lists' ones: what a word's form tells. */
const YEAR = PRESENCE << presence.length
const NAME = YEAR << 1
const PAST_FORM = YEAR << 2
const PARTICIPLE_FORM = YEAR << 3

/** Word → the lists it is in, as bits, so that each word is looked up once. */
const wordFlags = new Map<string, number>()
const flagged: [ReadonlySet<string>, number][] = [
  [figureTokens, FIGURE],
  [irregularPast, PAST],
  [perfectAuxiliaries, AUXILIARY],
  [irregularParticiples, PARTICIPLE],
  [evaluative, EVALUATIVE],
  ...presence.map(([, list], index): [ReadonlySet<string>, number] => [list, PRESENCE << index])
]
for (const [list, bit] of flagged) for (const word of list) wordFlags.set(word, (wordFlags.get(word) ?? 0) | bit)

/** The word of the n-grams for `token`: lower case, a year or another number as a placeholder. */
export function normalise(token: string): string {
  const code = token.charCodeAt(0)
  if (code < 128 && (code < 48 || code > 57)) return token.toLowerCase()
  if (year.test(token)) return '<year>'
  if (digit.test(token)) return '<num>'
  return token.toLowerCase()
}

/**
 * What the signals count of one token (`lower`: its `normalise`d form), as
 * bits: the word lists it is in, and whether it is a year, a capitalised
 * word other than "I" (a name, unless it opens the sentence), a past form or
 * a form that may be a participle.
 */
export function wordBits(token: string, lower: string): number {
  let bits = wordFlags.get(lower) ?? 0
  if (lower === '<year>') bits |= YEAR
  if (token !== 'I' && isCapitalised(token)) bits |= NAME
  if (bits & PAST || isRegularPast(lower)) bits |= PAST_FORM
  if (bits & PARTICIPLE || isRegularPast(lower) || lower.endsWith('en')) bits |= PARTICIPLE_FORM
  return bits
}

/** The names of the hand-made signals, in the order `signalValues` writes them. */
export const signalNames: readonly string[] = [
  'f:figure', 'f:figures', 'f:year', 'f:names', 'f:past', 'f:perfect',
  ...presence.map(([name]) => name),
  'f:evaluative', 'f:question', 'f:exclamation', 'f:short', 'f:medium', 'f:long', 'f:length'
]

/** The hand-made signals of a sentence, as feature name and value (0 when absent). */
export function signals(tokens: readonly string[], lower: readonly string[], sentence: string): [string, number][] {
  const values = signalValues(tokens, lower, sentence, new Float64Array(signalNames.length))
  return signalNames.map((name, i): [string, number] => [name, values[i]!])
}

/** The values of the hand-made signals of a sentence, in the order of `signalNames`, written into `out` (returned). */
export function signalValues(tokens: readonly string[], lower: readonly string[], sentence: string, out: Float64Array): Float64Array {
  return countSignals(tokens.map((token, i) => ({ bits: wordBits(token, lower[i]!) })), sentence, out)
}

/** `signalValues` from the `wordBits` of the sentence's words. */
export function countSignals(words: readonly { bits: number }[], sentence: string, out: Float64Array): Float64Array {
  let years = 0
  let figures = 0
  let names = 0
  let past = 0
  let perfect = 0
  let evaluation = 0
  let present = 0
  let before = 0
  for (let i = 0; i < words.length; i++) {
    const bits = words[i]!.bits
    if (bits & YEAR) years++
    if (bits & FIGURE) figures++
    if (i > 0 && bits & NAME) names++
    if (bits & PAST_FORM) past++
    if (before & AUXILIARY && bits & PARTICIPLE_FORM) perfect++
    if (bits & EVALUATIVE) evaluation++
    present |= bits
    before = bits
  }
  const length = words.length
  let k = 0
  out[k++] = figures > 0 ? 1 : 0
  out[k++] = log1p(figures)
  out[k++] = years > 0 ? 1 : 0
  out[k++] = log1p(names)
  out[k++] = log1p(past)
  out[k++] = perfect > 0 ? 1 : 0
  for (let index = 0; index < presence.length; index++) out[k++] = present & (PRESENCE << index) ? 1 : 0
  out[k++] = log1p(evaluation)
  out[k++] = endsWithQuestion(sentence) ? 1 : 0
  out[k++] = sentence.includes('!') ? 1 : 0
  out[k++] = length < 6 ? 1 : 0
  out[k++] = length >= 6 && length < 15 ? 1 : 0
  out[k++] = length >= 30 ? 1 : 0
  out[k++] = log1p(length) / 4
  return out
}

/** `Math.log1p` of the counts up to 255, worked out once: a count is a small whole number, and a load is cheaper than the call. */
const log1pTable = Float64Array.from({ length: 256 }, (_, count) => Math.log1p(count))

/** `Math.log1p(count)` for a count (a whole number from 0). */
function log1p(count: number): number {
  return count < log1pTable.length ? log1pTable[count]! : Math.log1p(count)
}

/** Whether `sentence` ends with a question mark, closing marks and brackets after it aside (read from the end, without `trimEnd`'s copy). */
function endsWithQuestion(sentence: string): boolean {
  let end = sentence.length
  while (end > 0 && isSpace(sentence.charCodeAt(end - 1))) end--
  // Compared by code: `sentence[i]` would make a string of a character beyond Latin-1.
  while (end > 0 && closers.has(sentence.charCodeAt(end - 1))) end--
  return end > 0 && sentence.charCodeAt(end - 1) === 0x3f
}

/** `-ed` after at least one letter (`[^e]ed$|eed$`). */
function isRegularPast(word: string): boolean {
  return word.length >= 3 && word.endsWith('ed')
}

function isCapitalised(token: string): boolean {
  const code = token.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : capital.test(token)
}
