/**
 * The trained check-worthiness model (`weights.json`, written by
 * `scripts/train-claims.ts`) applied to a sentence.
 */
import { countSignals, signalNames } from './features.ts'
import { ngrams, trained } from './trained.ts'
import { bigramEntry, type Word } from './vocabulary.ts'

/**
 * Who is talking. The model learned from speech (US presidential debates),
 * where about a quarter of sentences are check-worthy; a news reporter's own
 * prose (outside any quote) mostly reports facts.
 */
export type Voice = 'speech' | 'prose'

/** Share of check-worthy claims assumed among a news reporter's own sentences. */
export const proseClaimRate = 0.9

/** The decision threshold: the break-even point of a cross-validation on the training set. */
export const threshold: number = trained.threshold

const trainedSignals = new Map<string, number>(Object.entries(trained.signals))
/** The weight of each signal, in the order of `signalNames`. */
const signalWeights = Float64Array.from(signalNames, (name) => trainedSignals.get(name) ?? 0)
/** Scratch space for one sentence's signal values. */
const values = new Float64Array(signalNames.length)
const logOdds = (p: number) => Math.log(p / (1 - p))
/** Prior shift from the training data's base rate to the one of news prose (Bayes' rule). */
const proseShift = logOdds(proseClaimRate) - logOdds(trained.prior)

/** By n-gram: the number of the last sentence that counted it (an n-gram counts once per sentence). */
const counted = new Uint32Array(ngrams.hashes.length)
let sentenceNumber = 0

/**
 * Probability in 0..1 that `sentence` (its tokens read as `words`), said in
 * `voice`, is a check-worthy claim: the model applied to `featurize(sentence)`,
 * with the n-grams hashed piece by piece (in the order of `eachNgram`, so that
 * the sum is the same) instead of named.
 */
export function probability(sentence: string, words: readonly Word[], voice: Voice = 'speech'): number {
  let z = trained.bias + (voice === 'prose' ? proseShift : 0)
  const number = (sentenceNumber = (sentenceNumber % 0xffffffff) + 1)
  let left: Word | undefined
  for (const word of words) {
    z = add(z, number, word.unigram)
    z = add(z, number, left === undefined ? word.opening : bigramEntry(left, word))
    left = word
  }
  if (left !== undefined) z = add(z, number, left.closing)
  countSignals(words, sentence, values)
  for (let i = 0; i < values.length; i++) z += signalWeights[i]! * values[i]!
  return 1 / (1 + Math.exp(-z))
}

/** `z` plus the weight of the n-gram at `entry` of the table, unless it has none (-1) or sentence `number` counted it already. */
function add(z: number, number: number, entry: number): number {
  if (entry < 0 || counted[entry] === number) return z
  counted[entry] = number
  return z + ngrams.weights[entry]! * ngrams.scale
}
