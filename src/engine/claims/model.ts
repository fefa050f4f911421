/**
 * The trained check-worthiness model (`weights.json`, written by
 * `scripts/train-claims.ts`), loaded once when the module is first imported.
 */
import { emptyHash, extendHash, ngramIndex, unpackNgrams } from './codec.ts'
import { eachNgram, normalised, signals as signalsOf } from './features.ts'
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

const signals = new Map<string, number>(Object.entries(trained.signals))
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
 * with the n-grams hashed piece by piece instead of named.
 */
export function probability(sentence: string, tokens: string[], voice: Voice = 'speech'): number {
  const lower = normalised(tokens)
  let z = trained.bias + (voice === 'prose' ? proseShift : 0)
  const number = (sentenceNumber = (sentenceNumber % 0xffffffff) + 1)
  eachNgram(lower, (prefix, left, right) => {
    const hash = (right ? extendHash(extendHash(extendHash(prefixHashes[prefix], left), ' '), right) : extendHash(prefixHashes[prefix], left)) >>> 0
    const entry = ngramIndex(ngrams, hash)
    if (entry < 0 || counted[entry] === number) return
    counted[entry] = number
    z += ngrams.weights[entry]! * ngrams.scale
  })
  for (const [name, value] of signalsOf(tokens, lower, sentence)) if (value) z += (signals.get(name) ?? 0) * value
  return 1 / (1 + Math.exp(-z))
}
