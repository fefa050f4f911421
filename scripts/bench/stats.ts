/**
 * Summaries of repeated measurements: median and spread (quartiles, min, max).
 */

/** Median and spread of a set of samples. */
export interface Summary {
  median: number
  q1: number
  q3: number
  min: number
  max: number
  /** How many samples. */
  n: number
}

/** Summarise `samples` (at least one). */
export function summarise(samples: ReadonlyArray<number>): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    n: sorted.length
  }
}

/** Linear-interpolated quantile `p` of ascending `sorted`. */
function quantile(sorted: ReadonlyArray<number>, p: number): number {
  const at = (sorted.length - 1) * p
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low)
}

/** Relative half-spread of a summary: (q3 − q1) / 2 ÷ median, e.g. 0.03 for ±3 %. */
export function relativeSpread(summary: Summary): number {
  return summary.median === 0 ? 0 : (summary.q3 - summary.q1) / 2 / summary.median
}
