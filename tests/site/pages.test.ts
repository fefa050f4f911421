import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sharedDir, sharedMissing, sharedPath } from '../../scripts/shared.ts'
import { sites } from './sites.ts'

const page = (site: { dir: string }, file: string) => readFileSync(path.join(site.dir, file), 'utf8')
const seedPage = () => page(sites.root, 'articles/ambassador-huawei-5g/index.html')
const articleText = (html: string) => html.slice(html.indexOf('id="article-text"'), html.indexOf('</article>'))
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)]

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
    const html = page(sites.base, 'articles/ambassador-huawei-5g/index.html')
    const links = all(html, /(?:href|src)="(\/[^"]*)"/g).map((m) => m[1]!)
    expect(links.length).toBeGreaterThan(3)
    for (const link of links) expect(link.startsWith('/newsmark/')).toBe(true)
    expect(page(sites.base, 'rss.xml')).toContain('/newsmark/articles/ambassador-huawei-5g/')
  })

  it('has no request to another origin on the article page', () => {
    const html = seedPage()
    const external = all(html, /<(?:script|link|img|iframe)[^>]+(?:src|href)="(https?:)?\/\/[^"]*"/g)
    expect(external.map((m) => m[0])).toEqual([])
  })
})

describe.skipIf(!sharedDir)('the seed page against its gold annotations', () => {
  if (!sharedDir) console.warn(sharedMissing)
  const gold = sharedDir && JSON.parse(readFileSync(sharedPath('gold/ambassador-huawei-5g.json'), 'utf8'))
  const html = () => articleText(seedPage())

  it('has one <q> per gold direct or partial quote, with its speaker', () => {
    const quotes = all(html(), /<q [^>]*id="nm-q\d+"[^>]*>/g).map((m) => m[0].match(/data-speaker="([^"]*)"/)?.[1] ?? null)
    const expected = gold.quotes.filter((q: { kind: string }) => q.kind !== 'indirect').map((q: { speaker: string | null }) => q.speaker)
    expect(quotes).toEqual(expected)
  })

  it('marks each gold indirect quote and statistic', () => {
    const marked = all(html(), /<span [^>]*class="nm-quote nm-indirect"[^>]*id="nm-q\d+"[^>]*>([\s\S]*?)<\/span>/g).map((m) => plainText(m[1]!))
    for (const quote of gold.quotes.filter((q: { kind: string }) => q.kind === 'indirect')) {
      expect(marked).toContainEqual(expect.stringContaining(plainText(quote.text).slice(0, 40)))
    }
    const values = all(html(), /<data [^>]*value="([^"]+)"[^>]*id="nm-s\d+"/g).map((m) => Number(m[1]))
    expect(values).toEqual(gold.statistics.map((s: { value: number }) => expect.closeTo(s.value, 2)))
  })

  it('puts every gold claim inside a <mark>', () => {
    const marked = all(html(), /<mark [^>]*id="nm-c\d+"[^>]*>([\s\S]*?)<\/mark>/g).map((m) => plainText(m[1]!))
    for (const claim of gold.claims.filter((c: { label: string }) => c.label === 'claim')) {
      expect(marked).toContainEqual(expect.stringContaining(plainText(claim.sentence).slice(0, 60)))
    }
  })
})

function plainText(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/["“”]/g, '').replace(/\s+/g, ' ').trim()
}
