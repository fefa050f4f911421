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

/** Feature name → value; absent names are 0. N-grams (`w:`, `b:`) are present (1) or absent. */
export type Features = Map<string, number>

const tokenPattern = /\p{N}[\p{N},.]*|\p{L}+(?:['’]\p{L}+)*|['’](?:ll|ve|re|d|s|m)\b|[?%$£€¥]/giu

/** Word tokens of `sentence` as written (numbers kept whole, apostrophes kept in words). */
export function tokenize(sentence: string): string[] {
  return Array.from(sentence.matchAll(tokenPattern), (match) => match[0].replaceAll('’', "'"))
}

/** The features of `sentence` (whose `tokens` may be given when already known). */
export function featurize(sentence: string, tokens: string[] = tokenize(sentence)): Features {
  const lower = tokens.map(normalise)
  const features: Features = new Map()
  for (let i = 0; i < lower.length; i++) {
    features.set(`w:${lower[i]}`, 1)
    features.set(`b:${i === 0 ? '<s>' : lower[i - 1]} ${lower[i]}`, 1)
  }
  if (lower.length > 0) features.set(`b:${lower[lower.length - 1]} </s>`, 1)
  for (const [name, value] of signals(tokens, lower, sentence)) if (value) features.set(name, value)
  return features
}

const year = /^(?:1[89]|20)\d\d$/
const digit = /^\p{N}/u
const capital = /^\p{Lu}/u
const regularPast = /[^e]ed$|eed$/
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

function normalise(token: string): string {
  if (year.test(token)) return '<year>'
  if (digit.test(token)) return '<num>'
  return token.toLowerCase()
}

function signals(tokens: string[], lower: string[], sentence: string): [string, number][] {
  let years = 0
  let figures = 0
  let names = 0
  let past = 0
  let perfect = 0
  let evaluation = 0
  const present = new Set<string>()
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!
    if (word === '<year>') years++
    if (figureTokens.has(word)) figures++
    if (i > 0 && tokens[i] !== 'I' && capital.test(tokens[i]!)) names++
    if (irregularPast.has(word) || regularPast.test(word)) past++
    if (i > 0 && perfectAuxiliaries.has(lower[i - 1]!) && isParticiple(word)) perfect++
    if (evaluative.has(word)) evaluation++
    for (const [name, list] of presence) if (list.has(word)) present.add(name)
  }
  const length = lower.length
  return [
    ['f:figure', figures > 0 ? 1 : 0],
    ['f:figures', Math.log1p(figures)],
    ['f:year', years > 0 ? 1 : 0],
    ['f:names', Math.log1p(names)],
    ['f:past', Math.log1p(past)],
    ['f:perfect', perfect > 0 ? 1 : 0],
    ...presence.map(([name]): [string, number] => [name, present.has(name) ? 1 : 0]),
    ['f:evaluative', Math.log1p(evaluation)],
    ['f:question', sentence.trimEnd().replace(/["”’'»)]+$/u, '').endsWith('?') ? 1 : 0],
    ['f:exclamation', sentence.includes('!') ? 1 : 0],
    ['f:short', length < 6 ? 1 : 0],
    ['f:medium', length >= 6 && length < 15 ? 1 : 0],
    ['f:long', length >= 30 ? 1 : 0],
    ['f:length', Math.log1p(length) / 4]
  ]
}

function isParticiple(word: string): boolean {
  return irregularParticiples.has(word) || /[^e]ed$|eed$|en$/.test(word)
}
