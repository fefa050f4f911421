/**
 * The trained check-worthiness model (`weights.json`, written by
 * `scripts/train-claims.ts`), loaded once when the module is first imported.
 */
import { ngramWeight, unpackNgrams } from './codec.ts'
import type { Features } from './features.ts'
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

/** Probability in 0..1 that a sentence with `features`, said in `voice`, is a check-worthy claim. */
export function probability(features: Features, voice: Voice = 'speech'): number {
  let z = trained.bias + (voice === 'prose' ? proseShift : 0)
  for (const [name, value] of features) z += (name.startsWith('f:') ? (signals.get(name) ?? 0) : ngramWeight(ngrams, name)) * value
  return 1 / (1 + Math.exp(-z))
}
