/**
 * `npm run bench [-- --quick] [-- --only corpus|engine|site|page] [-- --seed N]`:
 * check the corpus against real news, then measure the engine, the site build
 * and the seed article page side by side,
 * print one table against the goals and write the figures to
 * `bench/results-<timestamp>.json` (see `bench/README.md`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { generateCorpus } from './bench/corpus.ts'
import type { Density } from './bench/density.ts'
import type { EngineOptions, EngineResult, Variant } from './bench/engine.ts'
import type { PageResult } from './bench/page.ts'
import type { SiteResult, SiteScaling } from './bench/site.ts'
import { fixed, formatTable, spread, type Row } from './bench/table.ts'

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false }
  }
})
const phases = ['corpus', 'engine', 'site', 'page'] as const
const only = flags.only?.split(',')
for (const phase of only ?? []) {
  if (!(phases as ReadonlyArray<string>).includes(phase)) throw new Error(`--only takes ${phases.join('|')}, not "${phase}"`)
}
const wanted = (phase: (typeof phases)[number]) => !only || only.includes(phase)
const quick = flags.quick
const seed = Number(flags.seed)

/** Engine sizes with how long to time each; the largest is timed once through, in slices of 1,000. */
const engineSizes: Array<{ n: number; batch: number; options: EngineOptions }> = quick
  ? [
      { n: 10, batch: 10, options: { seconds: 1, minRounds: 8, maxRounds: 100, sampleMs: 50 } },
      { n: 100, batch: 100, options: { seconds: 2, minRounds: 5, maxRounds: 50, sampleMs: 50 } },
      { n: 1000, batch: 1000, options: { seconds: 0, minRounds: 3, maxRounds: 3, sampleMs: 0 } }
    ]
  : [
      { n: 10, batch: 10, options: { seconds: 4, minRounds: 20, maxRounds: 400, sampleMs: 100 } },
      { n: 100, batch: 100, options: { seconds: 8, minRounds: 10, maxRounds: 100, sampleMs: 50 } },
      { n: 1000, batch: 1000, options: { seconds: 20, minRounds: 5, maxRounds: 9, sampleMs: 0 } },
      { n: 10000, batch: 1000, options: { seconds: 0, minRounds: 10, maxRounds: 10, sampleMs: 0 } }
    ]
/**
 * Site sizes with how many pairs of builds: more of the short builds, whose
 * difference (the first step of the slope) is small beside their noise.
 */
const siteSizes: Array<{ n: number; repeats: number }> = quick
  ? [
      { n: 10, repeats: 1 },
      { n: 100, repeats: 1 }
    ]
  : [
      { n: 10, repeats: 8 },
      { n: 100, repeats: 6 },
      { n: 1000, repeats: 3 }
    ]

const began = performance.now()
const largest = Math.max(...(wanted('engine') ? engineSizes.map((size) => size.n) : []), ...(wanted('site') ? siteSizes.map((size) => size.n) : []), wanted('corpus') ? 1000 : 0)
const corpus = generateCorpus(largest + 1, seed)
/** The article past the largest size, added before the site's rebuilds. */
const spare = corpus.pop()!
const workDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-'))
const rows: Row[] = []
const results: {
  engine?: EngineResult[]
  site?: SiteResult[]
  scaling?: SiteScaling[]
  page?: PageResult
  density?: { bench: Density; real: Density }
} = {}
const log = (message: string) => console.error(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${message}`)

try {
  if (wanted('corpus')) {
    const { density, realBodies } = await import('./bench/density.ts')
    log('corpus: density against real articles')
    results.density = { bench: density(corpus.slice(0, 1000).map((article) => article.body)), real: density(realBodies()) }
    densityRows(results.density)
  }
  if (wanted('engine')) {
    const { benchEngine, warmUp } = await import('./bench/engine.ts')
    const bodies = corpus.map((article) => article.body)
    log('engine: warming up')
    warmUp(bodies.slice(0, 200))
    results.engine = []
    for (const size of engineSizes) {
      log(`engine: ${size.n} articles`)
      const result = benchEngine(bodies.slice(0, size.n), size.batch, size.options)
      results.engine.push(result)
      engineRows(result)
    }
  }
  if (wanted('site')) {
    const { benchSite, scaling } = await import('./bench/site.ts')
    results.site = []
    const rebuildAt = Math.max(...siteSizes.map((size) => size.n))
    for (const size of siteSizes) {
      const rebuild = size.n === rebuildAt
      log(`site: ${size.n} articles, ${size.repeats} × (plugins on + off${rebuild ? ', then a rebuild of each with one article more' : ''})`)
      const result = await benchSite(corpus.slice(0, size.n), size.repeats, workDir, { rebuildWith: rebuild ? spare : undefined })
      results.site.push(result)
      siteRows(result)
    }
    results.scaling = [scaling(results.site, 'annotated'), scaling(results.site, 'plain')]
    for (const scale of results.scaling) scalingRows(scale)
  }
  if (wanted('page')) {
    const { benchPage } = await import('./bench/page.ts')
    log('page: building the seed article')
    results.page = await benchPage(workDir)
    pageRows(results.page)
  }
} finally {
  if (!flags.keep) rmSync(workDir, { recursive: true, force: true })
}

const seconds = (performance.now() - began) / 1000
console.log(formatTable(rows))
console.log(`\n${quick ? 'quick ' : ''}bench took ${seconds.toFixed(0)} s on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`)
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const file = path.resolve(import.meta.dirname, '../bench', `results-${stamp}.json`)
mkdirSync(path.dirname(file), { recursive: true })
const meta = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, seed, quick, only: only ?? null, seconds }
const bytes = corpus.map((article) => Buffer.byteLength(article.body))
const corpusStats = { articles: corpus.length, meanBodyBytes: bytes.reduce((a, b) => a + b, 0) / Math.max(1, bytes.length), minBodyBytes: Math.min(...bytes), maxBodyBytes: Math.max(...bytes) }
writeFileSync(file, `${JSON.stringify({ ...meta, corpus: corpusStats, table: rows, ...results }, null, 2)}\n`)
console.log(`results: ${path.relative(process.cwd(), file)}${flags.keep ? `; builds kept in ${workDir}` : ''}`)

function densityRows({ bench, real }: { bench: Density; real: Density }) {
  const measures: Array<[keyof Density, string]> = [
    ['quotes', 'quotes per KB'],
    ['statistics', 'statistics per KB'],
    ['claims', 'claims per KB'],
    ['sentences', 'sentences per KB']
  ]
  for (const [key, label] of measures) {
    rows.push({ section: 'corpus', measure: label, articles: bench.texts, value: fixed(bench[key]), spread: `real news ${fixed(real[key])} (${real.texts} articles)`, goal: '', met: null })
  }
  rows.push({ section: 'corpus', measure: 'mean body, KB', articles: bench.texts, value: fixed(bench.meanBytes / 1000, 1), spread: `real news ${fixed(real.meanBytes / 1000, 1)}`, goal: '', met: null })
}

function engineRows(result: EngineResult) {
  const n = result.articles
  const labels: Record<Variant, string> = {
    'remark-parse': 'remark-parse alone, MB/s',
    engine: 'annotate() alone, MB/s',
    'pipeline-plain': 'pipeline without Newsmark, MB/s',
    'pipeline-annotated': 'pipeline with Newsmark, MB/s'
  }
  for (const [variant, label] of Object.entries(labels) as Array<[Variant, string]>) {
    const speed = result.mbPerSecond[variant]
    rows.push({ section: 'engine', measure: label, articles: n, value: fixed(speed.median), spread: spread(speed), goal: '', met: null })
  }
  const ratio = result.engineOverParse
  rows.push({ section: 'engine', measure: 'engine ÷ remark-parse', articles: n, value: fixed(ratio.median), spread: spread(ratio), goal: '≤ 1.00', met: ratio.median <= 1 })
  const pipeline = result.annotatedOverPlain
  rows.push({ section: 'engine', measure: 'annotated ÷ plain pipeline', articles: n, value: fixed(pipeline.median), spread: spread(pipeline), goal: '', met: null })
}

function siteRows(result: SiteResult) {
  const n = result.articles
  for (const mode of ['plain', 'annotated'] as const) {
    const label = mode === 'plain' ? 'plugins off' : 'plugins on'
    const ms = result.ms[mode]
    rows.push({ section: 'site', measure: `astro build, ${label}, s`, articles: n, value: fixed(ms.median / 1000), spread: spread({ ...ms, q1: ms.q1 / 1000, q3: ms.q3 / 1000, min: ms.min / 1000, max: ms.max / 1000 }), goal: '', met: null })
    rows.push({ section: 'site', measure: `  per article, ${label}, ms`, articles: n, value: fixed(result.msPerArticle[mode], 1), spread: '', goal: '', met: null })
    rows.push({ section: 'site', measure: `  peak RSS, ${label}, MB`, articles: n, value: fixed(result.peakRssMb[mode].median, 0), spread: spread(result.peakRssMb[mode], 0), goal: '', met: null })
    const phases = result.phasesMs[mode]
    if (phases) {
      const parts = `content sync ${fixed(phases.sync / 1000)} · bundle ${fixed(phases.bundle / 1000)} · pages ${fixed(phases.pages / 1000)}`
      rows.push({ section: 'site', measure: `  phases, ${label}, s`, articles: n, value: fixed((phases.sync + phases.bundle + phases.pages) / 1000), spread: parts, goal: '', met: null })
    }
  }
  if (result.cpu) {
    const { annotated, plain } = result.cpu
    rows.push({ section: 'site', measure: '  CPU (user + sys), off · on, s', articles: n, value: `${fixed(plain.median)} · ${fixed(annotated.median)}`, spread: '', goal: '', met: null })
  }
  const goal = n === 1000 ? '≤ 1.25' : ''
  rows.push({ section: 'site', measure: 'build on ÷ off', articles: n, value: fixed(result.ratio.median), spread: spread(result.ratio), goal, met: goal ? result.ratio.median <= 1.25 : null })
  if (result.cpu) rows.push({ section: 'site', measure: '  CPU on ÷ off', articles: n, value: fixed(result.cpu.ratio.median), spread: spread(result.cpu.ratio), goal: '', met: null })
  if (result.rebuild) {
    const { ms, ratio } = result.rebuild
    rows.push({ section: 'site', measure: 'rebuild, one article added, off · on, s', articles: n + 1, value: `${fixed(ms.plain.median / 1000)} · ${fixed(ms.annotated.median / 1000)}`, spread: '', goal: '', met: null })
    rows.push({ section: 'site', measure: '  rebuild on ÷ off', articles: n + 1, value: fixed(ratio.median), spread: spread(ratio), goal: '', met: null })
  }
}

function scalingRows(scale: SiteScaling) {
  const label = scale.mode === 'plain' ? 'plugins off' : 'plugins on'
  for (const [from, to, ms] of scale.steps) {
    rows.push({ section: 'site', measure: `marginal ms per article ${from}→${to}, ${label}`, articles: null, value: fixed(ms, 1), spread: '', goal: '', met: null })
  }
  if (scale.steps.length > 1) {
    const ours = scale.mode === 'annotated'
    rows.push({ section: 'site', measure: `slope (last step ÷ first), ${label}`, articles: null, value: fixed(scale.slope), spread: '', goal: ours ? '≈ 1 (flat)' : '', met: ours ? scale.slope <= 1.25 : null })
  }
}

function pageRows(page: PageResult) {
  const kb = (bytes: number) => fixed(bytes / 1024, 1)
  const { bytes, gzipBytes } = page
  rows.push({ section: 'page', measure: 'HTML, KB', articles: 1, value: kb(bytes.html), spread: `gzip ${kb(gzipBytes.html)}`, goal: '', met: null })
  rows.push({ section: 'page', measure: 'CSS, KB', articles: 1, value: kb(bytes.css), spread: `gzip ${kb(gzipBytes.css)}`, goal: '', met: null })
  rows.push({ section: 'page', measure: 'JS (files + inline), KB', articles: 1, value: kb(bytes.js), spread: `gzip ${kb(gzipBytes.js)}, inline ${kb(page.inlineJsBytes)}`, goal: '≤ 10.0', met: bytes.js <= 10 * 1024 })
  rows.push({ section: 'page', measure: 'HTML + CSS + JS, KB', articles: 1, value: kb(bytes.total), spread: `gzip ${kb(gzipBytes.total)}`, goal: '≤ 60.0', met: bytes.total <= 60 * 1024 })
  const requests = page.browserRequests
  rows.push({
    section: 'page',
    measure: requests ? 'requests (Chromium)' : 'requests (linked in HTML + page)',
    articles: 1,
    value: String(requests ? requests.length : page.linkedAssets.length + 1),
    spread: requests ? `${page.linkedAssets.length + 1} linked in HTML + page` : 'no Chromium',
    goal: '',
    met: null
  })
  rows.push({ section: 'page', measure: 'requests to other origins', articles: 1, value: String(page.otherOrigins.length), spread: page.otherOrigins.slice(0, 3).join(' '), goal: '0', met: page.otherOrigins.length === 0 })
}
