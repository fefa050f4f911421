/**
 * The workload to profile: `annotate()` (or, with `pipeline`, the whole
 * annotated unified pipeline) over the 1,000-article bench corpus, three
 * times after a warm-up. Run it under the profiler:
 *
 *     node_modules/.bin/node --cpu-prof --cpu-prof-dir=bench scripts/bench/profile.ts [engine|pipeline]
 *     node_modules/.bin/node scripts/bench/top-functions.ts bench/<file>.cpuprofile
 */
import { annotate } from '../../src/engine/index.ts'
import { generateCorpus } from './corpus.ts'
import { annotatedPipeline } from './engine.ts'

const target = process.argv[2] ?? 'engine'
const texts = generateCorpus(1000, 1).map((article) => article.body)
const work: (text: string) => number =
  target === 'pipeline' ? (text) => String(annotatedPipeline.processSync(text)).length : (text) => annotate(text).claims.length

let sink = 0
for (const text of texts.slice(0, 200)) sink += work(text)
const start = performance.now()
for (let round = 0; round < 3; round++) for (const text of texts) sink += work(text)
console.log(`${target}: 3 × 1000 articles in ${((performance.now() - start) / 1000).toFixed(1)} s (${sink})`)
