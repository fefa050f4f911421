/**
 * The trained check-worthiness model (`weights.json`, written by
 * `scripts/train-claims.ts`), loaded once when the module is first imported.
 */
import { emptyHash, extendHash, ngramIndex, unpackNgrams } from './codec.ts'
import { eachNgram, normalised, signalNames, signalValues } from './features.ts'
import trained from './weights.json' with { type: 'json' }

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
const ngrams = unpackNgrams(trained.ngrams)
const logOdds = (p: number) => Math.log(p / (1 - p))
/** Prior shift from the training data's base rate to the one of news prose (Bayes' rule). */
const proseShift = logOdds(proseClaimRate) - logOdds(trained.prior)

const prefixHashes = { 'w:': extendHash(emptyHash, 'w:'), 'b:': extendHash(emptyHash, 'b:') }
/** By n-gram: the number of the last sentence that counted it (an n-gram counts once per sentence). */
const counted = new Uint32Array(ngrams.hashes.length)
let sentenceNumber = 0

/**
 * Probability in 0..1 that `sentence` (cut into `tokens`), said in `voice`,
 * is a check-worthy claim: the model applied to `featurize(sentence, tokens)`,
 * with the n-grams hashed piece by piece instead of named. `lower` are the
 * `normalised` tokens, when already known.
 */
export function probability(sentence: string, tokens: string[], voice: Voice = 'speech', lower: readonly string[] = normalised(tokens)): number {
  let z = trained.bias + (voice === 'prose' ? proseShift : 0)
  const number = (sentenceNumber = (sentenceNumber % 0xffffffff) + 1)
  eachNgram(lower, (prefix, left, right) => {
    const hash = (right ? extendHash(extendHash(extendHash(prefixHashes[prefix], left), ' '), right) : extendHash(prefixHashes[prefix], left)) >>> 0
    const entry = ngramIndex(ngrams, hash)
    if (entry < 0 || counted[entry] === number) return
    counted[entry] = number
    z += ngrams.weights[entry]! * ngrams.scale
  })
  signalValues(tokens, lower, sentence, values)
  for (let i = 0; i < values.length; i++) z += signalWeights[i]! * values[i]!
  return 1 / (1 + Math.exp(-z))
}
