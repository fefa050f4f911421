/**
 * The W3C Web Annotations of every article page anchor in Chromium the way
 * an annotation client anchors them: the `TextPositionSelector` inside the
 * `CssSelector`'s element gives the `TextQuoteSelector`'s exact text, with
 * its prefix and suffix on either side.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumPath, launch } from './browser.ts'
import { serve, type Served } from './serve.ts'
import { sites } from './sites.ts'

interface Misplaced {
  id: string
  expected: string
  found: string
}

describe.skipIf(!chromiumPath)('W3C Web Annotations in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const site of [sites.root, sites.hostile]) {
    const articles = readdirSync(path.join(site.dir, 'articles'))
    for (const article of articles) {
      it(`anchor in the ${article} page (${site.name} site)`, async () => {
        const served: Served = await serve(site.dir, site.base)
        try {
          const page = await browser.newPage()
          await page.goto(`${served.url}articles/${article}/`)
          const { count, misplaced } = await page.evaluate(anchorAll)
          expect(count).toBeGreaterThan(0)
          expect(misplaced).toEqual([])
          await page.close()
        } finally {
          await served.close()
        }
      })
    }
  }
})

/** In the page: anchor each annotation of `annotations.jsonld` and list those that land elsewhere. */
async function anchorAll(): Promise<{ count: number; misplaced: Misplaced[] }> {
  interface Selectors {
    target: {
      selector: [{ exact: string; prefix: string; suffix: string }, { value: string; refinedBy: { start: number; end: number } }]
    }
    id: string
  }
  const collection = (await (await fetch('annotations.jsonld')).json()) as { first: { items: Selectors[] } }
  const misplaced: Misplaced[] = []
  for (const { id, target } of collection.first.items) {
    const [quote, css] = target.selector
    const points = [...(document.querySelector(css.value)?.textContent ?? '')]
    const { start, end } = css.refinedBy
    const around = (from: number, to: number) => points.slice(Math.max(0, from), to).join('')
    const expected = quote.prefix + quote.exact + quote.suffix
    const found = around(start - [...quote.prefix].length, start) + around(start, end) + around(end, end + [...quote.suffix].length)
    if (found !== expected) misplaced.push({ id, expected, found })
  }
  return { count: collection.first.items.length, misplaced }
}
