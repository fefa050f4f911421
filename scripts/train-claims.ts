/**
 * Train the check-worthiness model of `src/engine/claims/` and write
 * `src/engine/claims/weights.json`.
 *
 * A logistic regression over the features of `src/engine/claims/features.ts`
 * with n-grams scaled by their naive-Bayes log-count ratio (NB-LR, Wang &
 * Manning 2012), trained with AdaGrad on `../shared/peer/checkworthiness/train.tsv`
 * (ClaimBuster, `Sentence_id<TAB>Text<TAB>class_label`). Deterministic: fixed
 * seed, fixed epoch count. Every n-gram takes part in training (rare ones soak
 * up the noise of single sentences); only the `keep` most useful ones (weight
 * times square root of frequency) go into the file, with the ratio folded into
 * the weight, packed by `src/engine/claims/codec.ts`. The decision threshold
 * is the break-even point (precision = recall) of a cross-validation of the
 * whole pipeline on the training set.
 *
 * usage: node scripts/train-claims.ts [train.tsv]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { packNgrams } from '../src/engine/claims/codec.ts'
import { featurize, type Features } from '../src/engine/claims/features.ts'
import { sharedPath } from './shared.ts'

/** One labelled sentence. */
export interface Example {
  text: string
  label: 0 | 1
}

/** A linear model: bias and weight per feature. */
export interface Model {
  bias: number
  weights: Map<string, number>
}

interface Vectors {
  names: string[]
  rows: { index: Int32Array; value: Float64Array; label: 0 | 1 }[]
}

/** Training settings, all fixed so that a run is reproducible. */
const settings = { seed: 20241124, epochs: 8, rate: 0.05, smoothing: 1, keep: 30000, folds: 5 }

/** The examples of a check-worthiness TSV (`Yes` → 1). */
export function readTsv(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [, text = '', label = ''] = line.split('\t')
      return { text: unquote(text), label: label.trim() === 'Yes' ? 1 : 0 }
    })
}

/** Undo the CSV quoting of a TSV cell (`"a ""b"""` → `a "b"`). */
function unquote(cell: string): string {
  return /^".*"$/s.test(cell) ? cell.slice(1, -1).replaceAll('""', '"') : cell
}

/**
 * The whole pipeline on `examples`: naive-Bayes ratios, logistic regression,
 * ratios folded into the weights, pruning to the `keep` most useful n-grams.
 */
export function fit(examples: Features[], labels: (0 | 1)[]): Model {
  const ratios = logCountRatios(examples, labels)
  const scaled = examples.map((features) => scale(features, ratios))
  const vectors = vectorise(scaled, labels)
  const trained = trainLogistic(vectors)
  const weights = new Map<string, number>()
  const usefulness = new Map<string, number>()
  vectors.names.forEach((name, j) => {
    const ratio = ratios.get(name)
    weights.set(name, trained[j + 1]! * (ratio?.value ?? 1))
    usefulness.set(name, ratio ? Math.abs(weights.get(name)!) * Math.sqrt(ratio.count) : Infinity)
  })
  const ranked = [...usefulness].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const kept = ranked.slice(0, settings.keep + signalCount(vectors.names)).map(([name]) => name)
  return { bias: trained[0]!, weights: new Map(kept.sort().map((name) => [name, weights.get(name)!])) }
}

/** Logistic score of `features` under a model. */
export function predict(model: Model, features: Features): number {
  let z = model.bias
  for (const [name, value] of features) z += (model.weights.get(name) ?? 0) * value
  return sigmoid(z)
}

function signalCount(names: string[]): number {
  return names.filter((name) => name.startsWith('f:')).length
}

/** For every n-gram: log of its smoothed rate among claims over its rate among the rest. */
function logCountRatios(examples: Features[], labels: (0 | 1)[]): Map<string, { value: number; count: number }> {
  const counts = new Map<string, [number, number]>()
  examples.forEach((features, i) => {
    for (const name of features.keys()) {
      if (name.startsWith('f:')) continue
      const pair = counts.get(name) ?? [0, 0]
      pair[labels[i]!]++
      counts.set(name, pair)
    }
  })
  const a = settings.smoothing
  let negative = 0
  let positive = 0
  for (const [no, yes] of counts.values()) {
    negative += no + a
    positive += yes + a
  }
  const ratios = new Map<string, { value: number; count: number }>()
  for (const [name, [no, yes]] of counts) {
    ratios.set(name, { value: Math.log((yes + a) / positive) - Math.log((no + a) / negative), count: no + yes })
  }
  return ratios
}

function scale(features: Features, ratios: Map<string, { value: number }>): Features {
  const scaled: Features = new Map()
  for (const [name, value] of features) {
    const ratio = ratios.get(name)
    if (name.startsWith('f:')) scaled.set(name, value)
    else if (ratio) scaled.set(name, ratio.value)
  }
  return scaled
}

function vectorise(examples: Features[], labels: (0 | 1)[]): Vectors {
  const names = [...new Set(examples.flatMap((features) => [...features.keys()]))].sort()
  const column = new Map(names.map((name, j) => [name, j + 1]))
  const rows = examples.map((features, i) => ({
    index: Int32Array.from(features.keys(), (name) => column.get(name)!),
    value: Float64Array.from(features.values()),
    label: labels[i]!
  }))
  return { names, rows }
}

/** AdaGrad over shuffled rows; index 0 of the result is the bias. */
function trainLogistic(vectors: Vectors): Float64Array {
  const weights = new Float64Array(vectors.names.length + 1)
  const squares = new Float64Array(weights.length).fill(1e-8)
  const random = mulberry32(settings.seed)
  const order = vectors.rows.map((_, i) => i)
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order, random)
    for (const i of order) {
      const row = vectors.rows[i]!
      const error = sigmoid(dot(weights, row.index, row.value)) - row.label
      step(weights, squares, 0, error)
      for (let k = 0; k < row.index.length; k++) step(weights, squares, row.index[k]!, error * row.value[k]!)
    }
  }
  return weights
}

function step(weights: Float64Array, squares: Float64Array, j: number, gradient: number): void {
  squares[j]! += gradient * gradient
  weights[j]! -= (settings.rate * gradient) / Math.sqrt(squares[j]!)
}

function dot(weights: Float64Array, index: Int32Array, value: Float64Array): number {
  let z = weights[0]!
  for (let k = 0; k < index.length; k++) z += weights[index[k]!]! * value[k]!
  return z
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
}

/**
 * The break-even threshold of out-of-fold scores: it flags as many sentences
 * as there are claims, so precision equals recall.
 */
function crossValidatedThreshold(examples: Features[], labels: (0 | 1)[]): number {
  const scores = new Float64Array(examples.length)
  for (let fold = 0; fold < settings.folds; fold++) {
    const inFold = (i: number) => i % settings.folds === fold
    const model = fit(
      examples.filter((_, i) => !inFold(i)),
      labels.filter((_, i) => !inFold(i))
    )
    examples.forEach((features, i) => {
      if (inFold(i)) scores[i] = predict(model, features)
    })
  }
  const positives = labels.filter((label) => label === 1).length
  const ranked = Float64Array.from(scores).sort().reverse()
  return Math.round(ranked[positives - 1]! * 1000) / 1000
}

function main(): void {
  const started = performance.now()
  const data = readTsv(process.argv[2] ?? sharedPath('peer/checkworthiness/train.tsv'))
  const examples = data.map((example) => featurize(example.text))
  const labels = data.map((example) => example.label)
  const model = fit(examples, labels)
  const threshold = crossValidatedThreshold(examples, labels)
  const round = (x: number) => Math.round(x * 10000) / 10000
  const signals = Object.fromEntries([...model.weights].filter(([name]) => name.startsWith('f:')).map(([name, w]) => [name, round(w)]))
  const ngrams = packNgrams(new Map([...model.weights].filter(([name]) => !name.startsWith('f:'))))
  const prior = round(labels.filter((label) => label === 1).length / labels.length)
  const json = JSON.stringify({ source: 'ClaimBuster train.tsv (CC BY 4.0)', settings, prior, threshold, bias: round(model.bias), signals, ngrams })
  writeFileSync(fileURLToPath(new URL('../src/engine/claims/weights.json', import.meta.url)), `${json}\n`)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`${data.length} sentences, ${model.weights.size} features, threshold ${threshold}, ${json.length} bytes, ${seconds} s`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
