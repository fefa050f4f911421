/**
 * Engine benchmark: remark-parse alone, `annotate()` alone, and the whole
 * remark → rehype → HTML pipeline with and without the Newsmark plugins, on
 * the same article bodies, in interleaved rounds so that drift (JIT, GC,
 * other load) touches every variant alike. A small batch is passed over
 * several times per sample, so that every sample lasts long enough to be
 * timed and pays its share of garbage collection; no collection is forced
 * between samples (a forced full GC makes the next small sample several
 * times slower and would measure V8, not the code).
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { annotate } from '../../src/engine/index.ts'
import { siteProcessor } from '../../src/plugins/site-pipeline.ts'
import { summarise, type Summary } from './stats.ts'

/** The variants timed on every text. */
export const variants = ['remark-parse', 'engine', 'pipeline-plain', 'pipeline-annotated'] as const
export type Variant = (typeof variants)[number]

/** Timings of one corpus size. */
export interface EngineResult {
  articles: number
  /** UTF-8 bytes of all bodies. */
  bytes: number
  /** Articles timed per sample (the whole corpus, or a slice of the largest). */
  batch: number
  /** Passes over the batch per sample, by variant. */
  passes: Record<Variant, number>
  /** Milliseconds per pass over the batch, by variant. */
  ms: Record<Variant, Summary>
  /** MB/s (10⁶ bytes per second) per sample, by variant. */
  mbPerSecond: Record<Variant, Summary>
  /** engine ÷ remark-parse, one value per round. */
  engineOverParse: Summary
  /** annotated ÷ plain pipeline, one value per round. */
  annotatedOverPlain: Summary
}

/** How long to time each size. */
export interface EngineOptions {
  /** Stop repeating a size once a round-robin of all variants has used this many seconds in total… */
  seconds: number
  /** …but run at least this many rounds… */
  minRounds: number
  /** …and at most this many. */
  maxRounds: number
  /** Pass over a small batch repeatedly until a sample lasts about this many ms. */
  sampleMs: number
}

const plainPipeline = siteProcessor(false)

/** remark-parse → remark-gfm → remark-newsmark → remark-rehype → rehype-sanitize → rehype-newsmark → rehype-stringify. */
export const annotatedPipeline = siteProcessor()

const parser = unified().use(remarkParse).freeze()

let sink = 0

const run: Record<Variant, (text: string) => void> = {
  'remark-parse': (text) => {
    sink += parser.parse(text).children.length
  },
  engine: (text) => {
    sink += annotate(text).claims.length
  },
  'pipeline-plain': (text) => {
    sink += String(plainPipeline.processSync(text)).length
  },
  'pipeline-annotated': (text) => {
    sink += String(annotatedPipeline.processSync(text)).length
  }
}

/** Time every variant on `texts`, in batches of at most `batchSize` texts. */
export function benchEngine(texts: ReadonlyArray<string>, batchSize: number, options: EngineOptions): EngineResult {
  const batches: string[][] = []
  for (let i = 0; i < texts.length; i += batchSize) batches.push(texts.slice(i, i + batchSize))
  const bytesOf = batches.map((batch) => batch.reduce((sum, text) => sum + Buffer.byteLength(text), 0))
  const samples = Object.fromEntries(variants.map((variant) => [variant, [] as number[]])) as Record<Variant, number[]>
  const speeds = Object.fromEntries(variants.map((variant) => [variant, [] as number[]])) as Record<Variant, number[]>
  const passes = mapVariants((variant) => {
    if (options.sampleMs === 0) return 1
    const start = performance.now()
    for (const text of batches[0]!) run[variant](text)
    return Math.max(1, Math.round(options.sampleMs / (performance.now() - start)))
  })
  const engineOverParse: number[] = []
  const annotatedOverPlain: number[] = []
  const started = performance.now()
  let round = 0
  while (round < options.minRounds || (round < options.maxRounds && performance.now() - started < options.seconds * 1000)) {
    const batch = round % batches.length
    const order = variants.map((_, i) => variants[(i + round) % variants.length]!)
    const took = {} as Record<Variant, number>
    for (const variant of order) {
      const start = performance.now()
      for (let pass = 0; pass < passes[variant]; pass++) for (const text of batches[batch]!) run[variant](text)
      took[variant] = (performance.now() - start) / passes[variant]
      samples[variant].push(took[variant])
      speeds[variant].push(bytesOf[batch]! / 1e6 / (took[variant] / 1000))
    }
    engineOverParse.push(took.engine / took['remark-parse'])
    annotatedOverPlain.push(took['pipeline-annotated'] / took['pipeline-plain'])
    round++
  }
  return {
    articles: texts.length,
    bytes: bytesOf.reduce((a, b) => a + b, 0),
    batch: batches[0]!.length,
    passes,
    ms: mapVariants((variant) => summarise(samples[variant])),
    mbPerSecond: mapVariants((variant) => summarise(speeds[variant])),
    engineOverParse: summarise(engineOverParse),
    annotatedOverPlain: summarise(annotatedOverPlain)
  }
}

/** Run every variant over `texts` untimed, so the JIT has compiled the hot paths. */
export function warmUp(texts: ReadonlyArray<string>): void {
  for (const variant of variants) for (const text of texts) run[variant](text)
  if (sink < 0) console.log(sink)
}

function mapVariants<T>(make: (variant: Variant) => T): Record<Variant, T> {
  return Object.fromEntries(variants.map((variant) => [variant, make(variant)])) as Record<Variant, T>
}
