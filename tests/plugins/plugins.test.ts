import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createMarkdownProcessor } from '@astrojs/markdown-remark'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { annotateOffThread } from '../../src/plugins/engine-thread.ts'
import { markTagNames } from '../../src/plugins/marks.ts'
import rehypeNewsmark from '../../src/plugins/rehype-newsmark.ts'
import remarkNewsmark from '../../src/plugins/remark-newsmark.ts'
import { annotatedPipeline, plainPipeline, textOf } from './pipeline.ts'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const cases = readdirSync(fixtures)

describe('public API', () => {
  it('exports one plugin per module as the default export', () => {
    expect(typeof remarkNewsmark).toBe('function')
    expect(typeof rehypeNewsmark).toBe('function')
  })
})

describe('fixtures: input.md → output.html (UPDATE=1 rewrites them)', () => {
  for (const name of cases) {
    it(name, async () => {
      const input = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8')
      const html = String(await annotatedPipeline().process(input))
      const expected = path.join(fixtures, name, 'output.html')
      if (process.env.UPDATE || !existsSync(expected)) writeFileSync(expected, html)
      expect(html).toBe(readFileSync(expected, 'utf8'))
    })
  }
})

describe('the engine on a worker thread', () => {
  it('gives every fixture the same HTML, annotations and messages as on the main thread', async () => {
    for (const name of cases) {
      const input = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8')
      const here = await annotatedPipeline().process(new VFile(input))
      const there = await annotatedPipeline({}, { engine: annotateOffThread }).process(new VFile(input))
      expect(String(there), name).toBe(String(here))
      expect(there.data.newsmark, name).toEqual(here.data.newsmark)
      expect(there.messages.map(String), name).toEqual(here.messages.map(String))
    }
  })

  it('answers texts sent together in order, each with its own annotations', async () => {
    const texts = ['"We will win," said Ann Lee.', 'Sales rose 12 percent.', 'The council met on Monday.']
    const results = await Promise.all(texts.map((text) => annotateOffThread(text)))
    expect(results.map((result) => [result.quotes.length, result.statistics.length])).toEqual([[1, 0], [0, 1], [0, 0]])
  })
})

describe('the words never change', () => {
  for (const name of cases) {
    it(`${name}: text content equals the plain rendering`, async () => {
      const input = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8')
      const annotated = await annotatedPipeline({ notes: true }).process(input)
      expect(textOf(annotated)).toBe(textOf(await plainPipeline().process(input)))
    })
  }
})

describe('marks', () => {
  it('nests a statistic inside a quote inside a claim', async () => {
    const html = String(await annotatedPipeline().process(readFileSync(path.join(fixtures, 'nested-marks/input.md'), 'utf8')))
    expect(html).toMatch(/<mark[^>]*>“?"?<q[^>]*>[^<]*<data[^>]*value="12"/)
  })

  it('splits a quote that leaves an emphasis into runs that share one annotation id', async () => {
    const html = String(await annotatedPipeline().process('*"It is very* good news for the town," said Ann Lee, the mayor.'))
    const runs = [...html.matchAll(/<q [^>]*>/g)].map(([tag]) => tag)
    expect(runs).toHaveLength(2)
    expect(runs.map((tag) => /id="([^"]+)"/.exec(tag)?.[1])).toEqual(['nm-q1', 'nm-q1-2'])
    expect(runs.every((tag) => tag.includes('data-annotation="nm-q1"'))).toBe(true)
  })

  it('gives marks only the tag names that readers of the HTML look for', async () => {
    for (const name of cases) {
      const html = readFileSync(path.join(fixtures, name, 'output.html'), 'utf8')
      for (const [, tag] of html.matchAll(/<([a-z]+) [^>]*\bid="nm-[qsc]\d+(?:-\d+)?"/g)) expect(markTagNames, name).toContain(tag)
    }
  })

  it('gives a mark kept in one element its id alone', async () => {
    const html = String(await annotatedPipeline().process('"It is *very* good news for the town," said Ann Lee, the mayor.'))
    expect(html).toMatch(/<q [^>]*id="nm-q1"[^>]*>It is <em>very<\/em> good news for the town,<\/q>/)
    expect(html).not.toContain('data-annotation')
  })

  it('adds a keyboard-reachable note button per annotation when asked', async () => {
    const html = String(await annotatedPipeline({ notes: true }).process('"We will win," said Ann Lee.'))
    expect(html).toMatch(/<q [^>]*aria-details="nm-q1-note"/)
    expect(html).toMatch(/<button class="nm-note-quote" popovertarget="nm-q1-note" aria-label="Note on this quote by Ann Lee"><\/button>/)
  })

  it('marks only the kinds asked for', async () => {
    const html = String(await annotatedPipeline({ kinds: ['statistic'] }).process('"Prices rose 5 percent," said Ann Lee.'))
    expect(html).toContain('<data')
    expect(html).not.toContain('<q')
    expect(html).not.toContain('<mark')
  })

  it('reports an unclosed quote mark as a message with its place', async () => {
    const file = await annotatedPipeline().process(new VFile('The mayor said "we will never give up.\n\nThe council met on Monday.'))
    const messages = file.messages.map(String)
    expect(messages.some((message) => /^1:\d+(-\d+:\d+)?: .*quot/i.test(message))).toBe(true)
    expect(String(file)).toContain('The council met on Monday.')
  })
})

describe("through Astro's own Markdown processor", () => {
  it('sees curly quotes from smartypants and still marks the quotes', async () => {
    const processor = await createMarkdownProcessor({
      remarkPlugins: [remarkNewsmark],
      rehypePlugins: [[rehypeNewsmark, { notes: true }]]
    })
    const input = readFileSync(path.join(fixtures, 'emphasis-and-links/input.md'), 'utf8')
    const result = await processor.render(input)
    expect(result.code).toContain('“')
    expect(result.code).toMatch(/<q [^>]*data-speaker="Anna Berg"/)
    const annotations = result.metadata.frontmatter.newsmark as { quotes: unknown[] }
    expect(annotations.quotes.length).toBe(2)
    const plain = await (await createMarkdownProcessor()).render(input)
    expect(textOf(result.code)).toBe(textOf(plain.code))
  })
})
