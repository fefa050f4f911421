/**
 * The matching and measures of `../shared/tools/score.py` (ANNOTATIONS.md §5),
 * ported so the held-out set can be scored without `../shared`: greedy
 * one-to-one matching by word overlap, precision / recall / F1, speaker,
 * value, unit and qualifier accuracy, and the claim macro-F1.
 */

/** A gold file: the annotation of one article by the guide. */
export interface Gold {
  quotes: { text: string; kind: string; speaker: string | null }[]
  statistics: { text: string; kind: string; value: number; unit: string | null; qualifier: string | null; max?: number }[]
  claims: { sentence: string; label: 'claim' | 'not-claim' | 'borderline'; type: string | null; speaker: string | null }[]
}

/** What the annotator printed (only the fields the scorer reads). */
export interface Predicted {
  quotes: { text: string; kind: string; speaker: string | null }[]
  statistics: { text: string; value: number; unit: string | null; qualifier: string | null }[]
  claims: { text: string }[]
}

/** Raw counts of one article; sum them over articles, then call `ratios`. */
export type Counts = Record<
  | 'quote_tp' | 'quote_pred' | 'quote_gold' | 'speaker_ok' | 'indirect_tp' | 'indirect_gold'
  | 'stat_tp' | 'stat_pred' | 'stat_gold' | 'stat_value_ok' | 'stat_unit_ok' | 'stat_qual_ok'
  | 'claim_tp' | 'claim_fp' | 'claim_fn' | 'claim_tn',
  number
>

const QUOTE_CHARS = /["'“”‘’«»„‟‹›]/g
const WORD = /[\p{L}\p{N}_.%$£€¥-]+/gu

/** The words of `text` as a multiset, as score.py counts them. */
function words(text: string): Map<string, number> {
  const bag = new Map<string, number>()
  for (const word of text.toLowerCase().replace(QUOTE_CHARS, ' ').match(WORD) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1)
  return bag
}

const size = (bag: Map<string, number>) => [...bag.values()].reduce((a, b) => a + b, 0)

function common(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0
  for (const [word, n] of a) shared += Math.min(n, b.get(word) ?? 0)
  return shared
}

/** Shared words over the word count of the longer text. */
export function overlap(a: string, b: string): number {
  const wa = words(a)
  const wb = words(b)
  if (wa.size === 0 || wb.size === 0) return 0
  return common(wa, wb) / Math.max(size(wa), size(wb))
}

/** Greedy one-to-one matching by word overlap of at least half: `[goldIndex, predIndex]` pairs. */
export function match(gold: string[], pred: string[]): [number, number][] {
  const pairs: [number, number, number][] = []
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const s = overlap(g, p)
    if (s >= 0.5) pairs.push([s, i, j])
  }))
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2])
  const usedGold = new Set<number>()
  const usedPred = new Set<number>()
  const out: [number, number][] = []
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedPred.has(j)) continue
    usedGold.add(i)
    usedPred.add(j)
    out.push([i, j])
  }
  return out
}

/** Precision, recall and F1, with score.py's conventions for empty sets. */
export function prf(tp: number, nPred: number, nGold: number): [number, number, number] {
  const p = nPred ? tp / nPred : nGold === 0 ? 1 : 0
  const r = nGold ? tp / nGold : 1
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0]
}

const normName = (name: string | null | undefined) => (name ?? '').toLowerCase().split(/\s+/).filter(Boolean).join(' ')

/** A claim span that lies inside a gold sentence (four words or more, 80 % of them shared). */
function inside(part: string, sentence: string): boolean {
  const wp = words(part)
  return wp.size > 0 && common(wp, words(sentence)) >= 0.8 * size(wp) && size(wp) >= 4
}

/** The counts of one article. */
export function counts(gold: Gold, pred: Predicted): Counts {
  const gq = gold.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial')
  const pq = pred.quotes.filter((q) => q.kind !== 'indirect')
  const quoted = match(gq.map((q) => q.text), pq.map((q) => q.text))
  const gi = gold.quotes.filter((q) => q.kind === 'indirect')
  const pi = pred.quotes.filter((q) => q.kind === 'indirect')
  const gs = gold.statistics
  const ps = pred.statistics
  const stats = match(gs.map((s) => s.text), ps.map((s) => s.text))
  const c: Counts = {
    quote_tp: quoted.length, quote_pred: pq.length, quote_gold: gq.length,
    speaker_ok: quoted.filter(([i, j]) => normName(gq[i]!.speaker) === normName(pq[j]!.speaker)).length,
    indirect_tp: match(gi.map((q) => q.text), pi.map((q) => q.text)).length, indirect_gold: gi.length,
    stat_tp: stats.length, stat_pred: ps.length, stat_gold: gs.length,
    stat_value_ok: stats.filter(([i, j]) => Math.abs(Number(ps[j]!.value) - gs[i]!.value) <= 0.005 * Math.abs(gs[i]!.value)).length,
    stat_unit_ok: stats.filter(([i, j]) => normName(ps[j]!.unit) === normName(gs[i]!.unit)).length,
    stat_qual_ok: stats.filter(([i, j]) => normName(ps[j]!.qualifier) === normName(gs[i]!.qualifier)).length,
    claim_tp: 0, claim_fp: 0, claim_fn: 0, claim_tn: 0
  }
  for (const g of gold.claims) {
    const flagged = pred.claims.some((p) => overlap(g.sentence, p.text) >= 0.5 || inside(p.text, g.sentence))
    if (g.label === 'claim') flagged ? c.claim_tp++ : c.claim_fn++
    else if (g.label === 'not-claim') flagged ? c.claim_fp++ : c.claim_tn++
  }
  return c
}

/** Add the counts of several articles. */
export function sum(all: Counts[]): Counts {
  const total = { ...all[0]! }
  for (const c of all.slice(1)) for (const key of Object.keys(c) as (keyof Counts)[]) total[key] += c[key]
  return total
}

/** The measures of ANNOTATIONS.md §5 from (summed) counts. */
export function ratios(c: Counts): Record<string, number> {
  const [quoteP, quoteR, quoteF1] = prf(c.quote_tp, c.quote_pred, c.quote_gold)
  const [statP, statR, statF1] = prf(c.stat_tp, c.stat_pred, c.stat_gold)
  const n = c.stat_tp || 1
  const [claimP, claimR, claimF1] = prf(c.claim_tp, c.claim_tp + c.claim_fp, c.claim_tp + c.claim_fn)
  const notF1 = prf(c.claim_tn, c.claim_tn + c.claim_fn, c.claim_tn + c.claim_fp)[2]
  return {
    quote_p: quoteP, quote_r: quoteR, quote_f1: quoteF1,
    speaker_acc: c.quote_tp ? c.speaker_ok / c.quote_tp : 0,
    indirect_r: c.indirect_gold ? c.indirect_tp / c.indirect_gold : 1,
    stat_p: statP, stat_r: statR, stat_f1: statF1,
    stat_value_acc: c.stat_value_ok / n, stat_unit_acc: c.stat_unit_ok / n, stat_qual_acc: c.stat_qual_ok / n,
    claim_p: claimP, claim_r: claimR, claim_f1: claimF1, claim_macro_f1: (claimF1 + notF1) / 2
  }
}
