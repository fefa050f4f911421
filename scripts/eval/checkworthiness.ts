/**
 * Measure the claim model: F1 of the `Yes` class on a check-worthiness TSV
 * (`../shared/peer/checkworthiness/dev.tsv`), and macro-F1 of claim against
 * not-claim on news gold files (ANNOTATIONS.md §5; `borderline` counts for
 * neither). On the gold files the sentences and quotes are the gold ones, so
 * the measure is the claim module's alone, not the sentence splitter's or the
 * quote finder's.
 *
 * usage: node scripts/eval/checkworthiness.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findClaims, scoreSentence } from '../../src/engine/claims/index.ts'
import type { Quote, Span } from '../../src/engine/types.ts'
import { readTsv } from '../train-claims.ts'
import { sharedDir, sharedMissing, sharedPath } from '../shared.ts'

/** Precision, recall and F1 of the `Yes` class over the `n` sentences of a TSV. */
export function evaluateCheckworthiness(devTsv: string): { precision: number; recall: number; f1: number; n: number } {
  const examples = readTsv(devTsv)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const { text, label } of examples) {
    const { claim } = scoreSentence(text)
    if (claim && label) tp++
    else if (claim) fp++
    else if (label) fn++
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), f1: f1(tp, fp, fn), n: examples.length }
}

/** Counts of one or more gold files. */
interface Counts {
  tp: number
  fp: number
  fn: number
  tn: number
}

/** News measures, pooled over `goldFiles` and per file (`each`, keyed by file name). */
export interface NewsScores {
  macroF1: number
  claimF1: number
  notClaimF1: number
  /** Sentences scored (claim or not-claim). */
  n: number
  each: Record<string, { macroF1: number; claimF1: number; notClaimF1: number; n: number }>
}

interface Gold {
  claims: { sentence: string; label: 'claim' | 'not-claim' | 'borderline' }[]
  quotes: { text: string; kind: Quote['kind']; speaker: string | null }[]
}

/** Macro-F1 of claim against not-claim on news gold files (`borderline` left out). */
export function evaluateNewsClaims(goldFiles: string[]): NewsScores {
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 }
  const each: NewsScores['each'] = {}
  for (const file of goldFiles) {
    const counts = countFile(JSON.parse(readFileSync(file, 'utf8')) as Gold)
    each[path.basename(file).replace(/(?:\.gold)?\.json$/, '')] = measures(counts)
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) total[key] += counts[key]
  }
  return { ...measures(total), each }
}

/** Every gold file of `shared`: the seed article's and the corpus's. */
export function newsGoldFiles(shared: string): string[] {
  const corpus = path.join(shared, 'corpus')
  return [
    path.join(shared, 'gold/ambassador-huawei-5g.json'),
    ...readdirSync(corpus)
      .filter((file) => file.endsWith('.gold.json'))
      .sort()
      .map((file) => path.join(corpus, file))
  ]
}

function countFile(gold: Gold): Counts {
  const text = gold.claims.map((claim) => claim.sentence).join(' ')
  const sentences: Span[] = []
  for (const { sentence } of gold.claims) {
    const start = sentences.length ? sentences[sentences.length - 1]!.end + 1 : 0
    sentences.push({ start, end: start + sentence.length })
  }
  const quotes: Quote[] = gold.quotes.flatMap(({ text: words, kind, speaker }) => {
    const start = text.indexOf(words)
    return start < 0 ? [] : [{ text: words, kind, speaker, start, end: start + words.length, cue: null }]
  })
  const flagged = new Set(findClaims(text, sentences, quotes).map((claim) => claim.start))
  const counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 }
  gold.claims.forEach(({ label }, i) => {
    const yes = flagged.has(sentences[i]!.start)
    if (label === 'claim') counts[yes ? 'tp' : 'fn']++
    else if (label === 'not-claim') counts[yes ? 'fp' : 'tn']++
  })
  return counts
}

function measures({ tp, fp, fn, tn }: Counts) {
  const claimF1 = f1(tp, fp, fn)
  const notClaimF1 = f1(tn, fn, fp)
  return { macroF1: (claimF1 + notClaimF1) / 2, claimF1, notClaimF1, n: tp + fp + fn + tn }
}

function f1(tp: number, fp: number, fn: number): number {
  return 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 1
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!sharedDir) {
    console.log(sharedMissing)
  } else {
    const dev = evaluateCheckworthiness(sharedPath('peer/checkworthiness/dev.tsv'))
    console.log(`dev.tsv (n=${dev.n}): P ${dev.precision.toFixed(3)}  R ${dev.recall.toFixed(3)}  F1 ${dev.f1.toFixed(3)}`)
    const news = evaluateNewsClaims(newsGoldFiles(sharedDir))
    console.log(`news gold (n=${news.n}): macro-F1 ${news.macroF1.toFixed(3)}  claim F1 ${news.claimF1.toFixed(3)}  not-claim F1 ${news.notClaimF1.toFixed(3)}`)
    for (const [name, scores] of Object.entries(news.each)) {
      console.log(`  ${name.padEnd(28)} macro-F1 ${scores.macroF1.toFixed(3)}  claim ${scores.claimF1.toFixed(3)}  not-claim ${scores.notClaimF1.toFixed(3)}  n=${scores.n}`)
    }
  }
}
