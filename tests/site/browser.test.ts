import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumPath, launch } from './browser.ts'
import { serve, type Served } from './serve.ts'
import { root, sites } from './sites.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const screenshots = path.join(root, 'test-results/screenshots')

describe.skipIf(!chromiumPath)('in Chromium', () => {
  let browser: Browser
  let served: Served
  let underBase: Served

  beforeAll(async () => {
    browser = await launch()
    served = await serve(sites.root.dir, sites.root.base)
    underBase = await serve(sites.base.dir, sites.base.base)
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
    await underBase?.close()
  })

  async function open(url: string, options: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', bypassCSP: options.bypassCSP ?? false })
    const page = await context.newPage()
    await page.goto(url)
    return page
  }

  it('shows the marks of the seed article', async () => {
    const page = await open(`${served.url}articles/ambassador-huawei-5g/`)
    expect(await page.locator('#article-text q.nm-quote').count()).toBeGreaterThan(10)
    expect(await page.locator('#article-text data.nm-statistic').count()).toBeGreaterThan(3)
    expect(await page.locator('#article-text mark.nm-claim').count()).toBeGreaterThan(2)
    const underline = await page.locator('#article-text q.nm-quote').first().evaluate((q) => getComputedStyle(q).textDecorationLine)
    expect(underline).toBe('underline')
  })

  it('hides and shows a kind with its toggle, and remembers it', async () => {
    const page = await open(`${served.url}articles/ambassador-huawei-5g/`)
    const firstClaim = page.locator('#article-text mark.nm-claim').first()
    const background = () => firstClaim.evaluate((mark) => getComputedStyle(mark).backgroundColor)
    const shown = await background()
    const toggle = page.locator('#show-claim')
    await toggle.uncheck()
    expect(await background()).toBe('rgba(0, 0, 0, 0)')
    await page.reload()
    expect(await toggle.isChecked()).toBe(false)
    await toggle.check()
    expect(await background()).toBe(shown)
  })

  it('opens a note by keyboard', async () => {
    const page = await open(`${served.url}articles/ambassador-huawei-5g/`)
    let focused = ''
    for (let tab = 0; tab < 40 && !focused.startsWith('nm-note-'); tab++) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(() => document.activeElement?.className ?? '')
    }
    expect(focused).toMatch(/^nm-note-(quote|statistic|claim)$/)
    const target = await page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))
    await page.keyboard.press('Enter')
    const note = page.locator(`[id="${target}"]`)
    expect(await note.evaluate((element) => element.matches(':popover-open'))).toBe(true)
    expect(await note.textContent()).toMatch(/quote|Claim|·/)
  })

  it('follows a map link to its place in the text', async () => {
    const page = await open(`${served.url}articles/ambassador-huawei-5g/`)
    const link = page.locator('svg a').first()
    const href = await link.getAttribute('href')
    await link.click()
    expect(new URL(page.url()).hash).toBe(href)
    expect(await page.locator(href!).count()).toBe(1)
  })

  it('finds an article with the offline search', async () => {
    const page = await open(`${served.url}search/`)
    await page.locator('#search input').fill('Huawei')
    const result = page.locator('.pagefind-ui__result-link').first()
    await result.waitFor({ timeout: 15_000 })
    expect(await result.getAttribute('href')).toContain('/articles/ambassador-huawei-5g/')
  })

  it('works from a sub-folder', async () => {
    const page = await open(`${underBase.url}`)
    await page.locator('a', { hasText: 'Huawei' }).first().click()
    expect(page.url()).toBe(`${underBase.url}articles/ambassador-huawei-5g/`)
    expect(await page.locator('#article-text q.nm-quote').first().evaluate((q) => getComputedStyle(q).textDecorationLine)).toBe('underline')
    const response = await page.request.get(`${underBase.url}articles/ambassador-huawei-5g/annotations.json`)
    expect(response.ok()).toBe(true)
  })

  it('has no axe violations on any page of the sitemap', async () => {
    const sitemap = readFileSync(path.join(sites.root.dir, 'sitemap-0.xml'), 'utf8')
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    expect(urls.length).toBeGreaterThan(2)
    for (const pathname of urls) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await open(new URL(pathname, served.url).href, { colorScheme, bypassCSP: true })
        await page.evaluate(axeSource)
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
          const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
        })
        expect(violations, `${pathname} (${colorScheme})`).toEqual([])
        await page.close()
      }
    }
  })

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    await page.goto(`${served.url}articles/ambassador-huawei-5g/`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await context.close()
  })

  it('prints the marks in black and white without the controls', async () => {
    const page = await open(`${served.url}articles/ambassador-huawei-5g/`)
    await page.emulateMedia({ media: 'print' })
    const quote = await page.locator('#article-text q.nm-quote').first().evaluate((q) => getComputedStyle(q))
    expect(quote.textDecorationLine).toBe('underline')
    expect(quote.textDecorationColor).toBe('rgb(0, 0, 0)')
    expect(await page.locator('#article-text button[popovertarget]').first().isVisible()).toBe(false)
    expect(await page.locator('.legend').isVisible()).toBe(false)
  })

  it('takes screenshots of the article in both themes', async () => {
    mkdirSync(screenshots, { recursive: true })
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(`${served.url}articles/ambassador-huawei-5g/`, { colorScheme })
      await page.screenshot({ path: path.join(screenshots, `article-${colorScheme}.png`), fullPage: true })
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(background).toBe(colorScheme === 'light' ? 'rgb(253, 252, 249)' : 'rgb(20, 20, 23)')
    }
  })
})
