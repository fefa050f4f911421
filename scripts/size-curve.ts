/**
 * `node scripts/size-curve.ts [MB …]`: print how long annotating an article
 * takes as it grows (default 1, 2, 4, 8 and 10 MB of realistic paragraphs),
 * next to parsing the same Markdown with remark-parse, to show the engine's
 * time is linear in the length of the text.
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { annotate } from '../src/engine/index.ts'
import { siteProcessor } from '../src/plugins/site-pipeline.ts'
import { articleOfSize } from '../tests/robustness/articles.ts'

const MB = 1 << 20
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
const parser = unified().use(remarkParse)
const pipeline = siteProcessor()

/** Best of `runs` timings of `work`, in milliseconds. */
function best(work: () => unknown, runs: number): number {
  let fastest = Infinity
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    work()
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

const warm = articleOfSize(MB)
best(() => annotate(warm), 2)
best(() => parser.parse(warm), 2)

const rows: { mb: number; annotate: number; parse: number; html: number }[] = []
for (const mb of sizes.length > 0 ? sizes : [1, 2, 4, 8, 10]) {
  const text = articleOfSize(mb * MB)
  const runs = mb <= 2 ? 3 : 1
  rows.push({
    mb,
    annotate: best(() => annotate(text), runs),
    parse: best(() => parser.parse(text), runs),
    html: best(() => pipeline.processSync(text), 1)
  })
}

const first = rows[0]!
console.log('size    annotate   per MB   vs first   remark-parse   annotate/parse   HTML with marks   per MB')
for (const row of rows) {
  console.log(
    [
      `${row.mb} MB`.padEnd(7),
      `${row.annotate.toFixed(0)} ms`.padStart(9),
      `${(row.annotate / row.mb).toFixed(0)} ms`.padStart(8),
      `${(row.annotate / first.annotate).toFixed(2)}×`.padStart(9),
      `${row.parse.toFixed(0)} ms`.padStart(14),
      `${(row.annotate / row.parse).toFixed(2)}`.padStart(16),
      `${row.html.toFixed(0)} ms`.padStart(17),
      `${(row.html / row.mb).toFixed(0)} ms`.padStart(8)
    ].join(' ')
  )
}
