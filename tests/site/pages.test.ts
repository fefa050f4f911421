import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { sharedDir, sharedMissing, sharedPath } from '../../scripts/shared.ts'
import { sourcesDigest } from '../../src/content-cache.ts'
import { root, sites } from './sites.ts'

const page = (site: { dir: string }, file: string) => readFileSync(path.join(site.dir, file), 'utf8')
const seedPage = () => page(sites.root, 'articles/ambassador-huawei-5g/index.html')
const articleText = (html: string) => html.slice(html.indexOf('id="article-text"'), html.indexOf('</article>'))

/** The elements of `tree` that pass `test`, in document order. */
function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (element) => {
    if (test(element)) found.push(element)
  })
  return found
}

/** Marks of the seed article text whose id is `nm-<letter><n>`. */
function marks(tree: Root, tagName: string, letter: string): Element[] {
  const [text] = elements(tree, (element) => element.properties.id === 'article-text')
  const id = new RegExp(`^nm-${letter}\\d+$`)
  return elements(text!, (element) => element.tagName === tagName && id.test(String(element.properties.id)))
}

describe('the built site', () => {
  it('has the index and the seed article page', () => {
    expect(existsSync(path.join(sites.root.dir, 'index.html'))).toBe(true)
    expect(page(sites.root, 'index.html')).toContain('href="/articles/ambassador-huawei-5g/"')
  })

  it('shows every paragraph of the seed article', () => {
    const source = readFileSync(path.join(sites.root.content, 'ambassador-huawei-5g.md'), 'utf8')
    const paragraphs = source.split(/\n---\n/)[1]!.split('\n\n').filter((p) => p.trim())
    const text = articleText(seedPage()).replace(/<[^>]+>/g, '').replace(/&#x26;/g, '&')
    const plain = (s: string) => s.replace(/["“”]/g, '').replace(/\s+/g, ' ')
    expect(paragraphs.length).toBeGreaterThan(10)
    for (const paragraph of paragraphs) expect(plain(text)).toContain(plain(paragraph.trim()))
  })

  it('exports the annotations as JSON and as W3C Web Annotations', () => {
    const json = JSON.parse(page(sites.root, 'articles/ambassador-huawei-5g/annotations.json'))
    expect(json.article.outlet).toBe('Xinhua')
    expect(json.quotes.length).toBeGreaterThan(0)
    const collection = JSON.parse(page(sites.root, 'articles/ambassador-huawei-5g/annotations.jsonld'))
    expect(collection.type).toBe('AnnotationCollection')
    const first = collection.first.items[0]
    expect(first.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'CssSelector'])
    expect(first.target.selector[1].refinedBy.type).toBe('TextPositionSelector')
  })

  it('links every page and export under the base path', () => {
    const tree = fromHtml(page(sites.base, 'articles/ambassador-huawei-5g/index.html'))
    const links = elements(tree, () => true)
      .flatMap((element) => [element.properties.href, element.properties.src])
      .filter((link): link is string => typeof link === 'string' && link.startsWith('/'))
    expect(links.length).toBeGreaterThan(3)
    for (const link of links) expect(link.startsWith('/newsmark/')).toBe(true)
    expect(page(sites.base, 'rss.xml')).toContain('/newsmark/articles/ambassador-huawei-5g/')
  })

  for (const site of [sites.root, sites.hostile]) {
    it(`points every note button, aria-details and in-page link at an element of its page (${site.name} site)`, () => {
      for (const article of readdirSync(path.join(site.dir, 'articles'))) {
        const tree = fromHtml(page(site, `articles/${article}/index.html`))
        const ids = new Set(elements(tree, (element) => element.properties.id !== undefined).map((element) => String(element.properties.id)))
        const targets = elements(tree, () => true).flatMap((element) => {
          const { popoverTarget, ariaDetails, href } = element.properties
          return [popoverTarget, ariaDetails, typeof href === 'string' && href.startsWith('#') ? href.slice(1) : undefined]
        })
        const pointed = targets.filter((target): target is string => typeof target === 'string')
        expect(pointed.length, article).toBeGreaterThan(3)
        expect(pointed.filter((target) => !ids.has(target)), article).toEqual([])
        expect(ids.size, `${article}: ids are unique`).toBe(elements(tree, (element) => element.properties.id !== undefined).length)
      }
    })
  }

  it('keeps its content cache in a folder named after the code that marks the articles', () => {
    expect(readdirSync(`${sites.root.dir}-cache`)).toContain(`newsmark-${sourcesDigest(root)}`)
  })

  it('has no request to another origin on the article page', () => {
    const loads = elements(fromHtml(seedPage()), (element) => ['script', 'link', 'img', 'iframe'].includes(element.tagName))
    const external = loads.map((element) => String(element.properties.src ?? element.properties.href ?? '')).filter((url) => /^(https?:)?\/\//.test(url))
    expect(loads.length).toBeGreaterThan(0)
    expect(external).toEqual([])
  })
})

describe.skipIf(!sharedDir)('the seed page against its gold annotations', () => {
  if (!sharedDir) console.warn(sharedMissing)
  const gold = sharedDir && JSON.parse(readFileSync(sharedPath('gold/ambassador-huawei-5g.json'), 'utf8'))
  const tree = () => fromHtml(seedPage())

  it('has one <q> per gold direct or partial quote, with its speaker', () => {
    const quotes = marks(tree(), 'q', 'q').map((q) => q.properties.dataSpeaker ?? null)
    const expected = gold.quotes.filter((q: { kind: string }) => q.kind !== 'indirect').map((q: { speaker: string | null }) => q.speaker)
    expect(quotes).toEqual(expected)
  })

  it('marks each gold indirect quote and statistic', () => {
    const indirect = marks(tree(), 'span', 'q').filter((span) => (span.properties.className as string[]).includes('nm-indirect'))
    const marked = indirect.map((span) => plainText(toText(span)))
    for (const quote of gold.quotes.filter((q: { kind: string }) => q.kind === 'indirect')) {
      expect(marked).toContainEqual(expect.stringContaining(plainText(quote.text).slice(0, 40)))
    }
    const values = marks(tree(), 'data', 's').map((data) => Number(data.properties.value))
    expect(values).toEqual(gold.statistics.map((s: { value: number }) => expect.closeTo(s.value, 2)))
  })

  it('puts every gold claim inside a <mark>', () => {
    const marked = marks(tree(), 'mark', 'c').map((mark) => plainText(toText(mark)))
    for (const claim of gold.claims.filter((c: { label: string }) => c.label === 'claim')) {
      expect(marked).toContainEqual(expect.stringContaining(plainText(claim.sentence).slice(0, 60)))
    }
  })
})

function plainText(text: string): string {
  return text.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim()
}
