/**
 * The trained check-worthiness model as `scripts/train-claims.ts` wrote it
 * (`weights.json`), loaded once when the module is first imported, with its
 * n-gram weights ready for look-up.
 */
import { unpackNgrams, type NgramTable } from './codec.ts'
import weights from './weights.json' with { type: 'json' }

/** The model as stored. */
export const trained = weights

/** Its n-gram weights, by hash. */
export const ngrams: NgramTable = unpackNgrams(weights.ngrams)
