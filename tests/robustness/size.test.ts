/**
 * A very long article is annotated in time linear in its length: 1, 2, 4 and
 * 8 MB built from whole realistic paragraphs. Linear growth makes 8 MB take
 * 8× the 1 MB time and quadratic 64×; the bound of 16× leaves room for noise
 * and garbage collection. `scripts/size-curve.ts` prints the full curve.
 * The same holds for the site's plugins on one paragraph holding thousands of
 * marks, where every mark cuts the same long text node and the same list of
 * children.
 */
import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/engine/index.ts'
import { siteProcessor } from '../../src/plugins/site-pipeline.ts'
import { articleOfSize, paragraphs } from './articles.ts'

const MB = 1 << 20

/** Best of `runs` timings of annotating `text`, in milliseconds. */
function time(text: string, runs = 1): number {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    annotate(text)
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('a big article', () => {
  it('is annotated in near-linear time (1, 2, 4, 8 MB)', () => {
    time(articleOfSize(MB / 4), 2)
    const curve = [1, 2, 4, 8].map((mb) => ({ mb, ms: time(articleOfSize(mb * MB), mb <= 2 ? 2 : 1) }))
    console.log(curve.map(({ mb, ms }) => `${mb} MB: ${ms.toFixed(0)} ms (${(ms / mb).toFixed(0)} ms/MB)`).join(' · '))
    const [one, , , eight] = curve
    expect(eight!.ms / one!.ms).toBeLessThan(16)
  })

  it('keeps every annotation of a repeated paragraph', () => {
    const once = annotate(paragraphs.join('\n\n'))
    const text = articleOfSize(MB)
    const many = annotate(text)
    const cycles = Math.floor(text.split('\n\n').length / paragraphs.length)
    expect(many.statistics.length).toBeGreaterThanOrEqual(once.statistics.length * cycles)
    expect(many.quotes.length).toBeGreaterThanOrEqual(once.quotes.length * cycles)
    expect(many.quotes.at(-1)!.end).toBeGreaterThan(text.length - 2_000)
  })
})

describe('one very long paragraph', () => {
  /** `count` sentences in one paragraph, each with a quote, a figure and a claim to mark. */
  const paragraph = (count: number) =>
    Array.from({ length: count }, (_, index) => `“We will win ${index} seats,” said Ann Lee. Prices rose ${index} percent in May. `).join('')
  const time = async (text: string) => {
    const start = performance.now()
    await siteProcessor().process(text)
    return performance.now() - start
  }

  it('is marked, with its note buttons, in near-linear time (2,000 and 16,000 sentences)', async () => {
    await time(paragraph(500))
    const small = await time(paragraph(2_000))
    const large = await time(paragraph(16_000))
    console.log(`2,000 sentences: ${small.toFixed(0)} ms · 16,000: ${large.toFixed(0)} ms`)
    expect(large / small).toBeLessThan(16)
  })
})
