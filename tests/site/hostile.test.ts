/**
 * A site built from a hostile copy (`hostile-content/`: raw `<script>`,
 * event handlers, `javascript:` links in Markdown and HTML, `<iframe>`,
 * `<style>`, SVG with script, `<meta http-equiv>`, and hostile front matter)
 * runs no injected code in Chromium. Every payload would record itself in
 * `window.__pwned` and open an alert; the first test proves the detector sees
 * them when the same HTML is loaded raw.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { micromark } from 'micromark'
import type { Browser, Page } from 'playwright-core'
import { visit } from 'unist-util-visit'
import { parse as parseYaml } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumPath, launch } from './browser.ts'
import { serve, type Served } from './serve.ts'
import { sites } from './sites.ts'

const source = readFileSync(path.join(sites.hostile.content, 'hostile-markup.md'), 'utf8')
const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? []
const data = parseYaml(yaml) as { title: string; outlet: string; notes: string; reportsOn: { title: string } }
const articlePath = 'articles/hostile-markup/'
const built = (file: string) => readFileSync(path.join(sites.hostile.dir, file), 'utf8')

/** Every `javascript:`-like URL however it is written (case, control characters, white space). */
const scriptUrl = /^[\s\u0000-\u001f]*(?:j[\s\u0000-\u001f]*a[\s\u0000-\u001f]*v[\s\u0000-\u001f]*a[\s\u0000-\u001f]*s[\s\u0000-\u001f]*c[\s\u0000-\u001f]*r[\s\u0000-\u001f]*i[\s\u0000-\u001f]*p[\s\u0000-\u001f]*t|vbscript|data)[\s\u0000-\u001f]*:/i

describe('the hostile copy in the built files', () => {
  it('escapes the front matter in the page, JSON-LD, JSON exports and RSS', () => {
    const html = built(`${articlePath}index.html`)
    const active: string[] = []
    visit(fromHtml(html), 'element', (node: Element) => {
      if (node.tagName === 'script' && toText(node).includes('__pwned') && node.properties['type'] !== 'application/ld+json') active.push('<script> with a payload')
      for (const name of Object.keys(node.properties)) if (/^on/i.test(name)) active.push(`<${node.tagName} ${name}>`)
    })
    expect(active).toEqual([])
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;')
    const jsonLd = [...html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
    expect(jsonLd.length).toBeGreaterThan(0)
    for (const json of jsonLd) {
      expect(json).not.toMatch(/<\/script|<!--|\u2028|\u2029/i)
      expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(data.title).slice(1, -1))
    }
    const exported = JSON.parse(built(`${articlePath}annotations.json`))
    expect(exported.article.title).toBe(data.title)
    expect(JSON.stringify(JSON.parse(built(`${articlePath}annotations.jsonld`)))).toContain('is what the hacker typed')
    const rss = built('rss.xml')
    expect(rss).not.toMatch(/<script|<img|<\/description><script/i)
    expect(rss).toContain('&lt;/script&gt;&lt;script&gt;')
  })
})

describe.skipIf(!chromiumPath)('the hostile copy in Chromium', () => {
  let browser: Browser
  let served: Served

  beforeAll(async () => {
    browser = await launch()
    served = await serve(sites.hostile.dir, sites.hostile.base)
  })
  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  interface Watch {
    page: Page
    dialogs: string[]
    console: string[]
    navigations: string[]
    /** What the payloads recorded, after the page had time to run them. */
    pwned: () => Promise<unknown[]>
  }

  async function watch(): Promise<Watch> {
    const context = await browser.newContext()
    const page = await context.newPage()
    const dialogs: string[] = []
    const messages: string[] = []
    const navigations: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('console', (message) => messages.push(message.text()))
    page.on('pageerror', (error) => messages.push(String(error)))
    page.on('framenavigated', (frame) => navigations.push(frame.url()))
    const pwned = async () => {
      await page.waitForTimeout(1_500)
      const frames = await Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as { __pwned?: unknown[] }).__pwned ?? []).catch(() => [])))
      return frames.flat()
    }
    return { page, dialogs, console: messages, navigations, pwned }
  }

  it('the detector sees the payloads when the same Markdown is rendered raw', async () => {
    const seen = await watch()
    // Without `autofocus`, whose handler would alert on every refocus, and the refresh that would leave the page.
    const raw = micromark(body, { allowDangerousHtml: true, allowDangerousProtocol: true }).replace(/ autofocus|<meta [^>]*>/g, '')
    await seen.page.setContent(`<!doctype html><title>raw</title>${raw}`)
    await seen.page.locator('a', { hasText: 'a rebuttal' }).click()
    const pwned = await seen.pwned()
    expect(pwned).toEqual(expect.arrayContaining([10, 11, 16]))
    expect(seen.dialogs).toEqual(expect.arrayContaining(['10', '11', '16']))
    await seen.page.context().close()
  })

  for (const [name, file] of [['article page', articlePath], ['index page', ''], ['search page', 'search/']] as const) {
    it(`the ${name} runs no injected script and has a Content-Security-Policy`, async () => {
      const seen = await watch()
      const url = `${served.url}${file}`
      await seen.page.goto(url)
      if (name === 'search page') {
        await seen.page.locator('#search input').fill('budget')
        await seen.page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 })
      }
      expect(await seen.pwned()).toEqual([])
      expect(seen.dialogs).toEqual([])
      expect(seen.console.filter((text) => /pwned|Refused to (execute|load|apply|run)/i.test(text))).toEqual([])
      expect(new Set(seen.navigations.filter((to) => !to.startsWith('about:')))).toEqual(new Set([url]))
      expect(seen.page.url()).toBe(url)
      const csp = await seen.page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content')
      expect(csp).toMatch(/script-src /)
      expect(csp!.match(/script-src[^;]*/)![0]).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/)
      await seen.page.context().close()
    })
  }

  it('the article page shows the hostile values as text and keeps no active markup', async () => {
    const seen = await watch()
    await seen.page.goto(`${served.url}${articlePath}`)
    const page = seen.page
    expect(await page.title()).toBe(data.title)
    expect(await page.locator('h1').first().textContent()).toBe(data.title)
    expect(await page.locator('#article-text').isVisible()).toBe(true)
    const active = await page.evaluate((pattern) => {
      const urlPattern = new RegExp(pattern, 'i')
      const found: string[] = []
      for (const element of document.querySelectorAll('body *')) {
        const tag = element.tagName.toLowerCase()
        if (['iframe', 'object', 'embed', 'form', 'base', 'meta', 'style', 'noscript', 'math'].includes(tag)) found.push(`<${tag}>`)
        if (tag === 'script' && element.closest('#article-text, .article-header')) found.push('<script> in the article')
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith('on') || attribute.name === 'srcdoc') found.push(`${tag}[${attribute.name}]`)
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name) && urlPattern.test(attribute.value)) found.push(`${tag}[${attribute.name}=${attribute.value.slice(0, 30)}]`)
        }
      }
      return found
    }, scriptUrl.source)
    expect(active).toEqual([])
    await page.locator('#article-text a').evaluateAll((links) => links.forEach((link) => (link as HTMLAnchorElement).click()))
    expect(await seen.pwned()).toEqual([])
    expect(seen.dialogs).toEqual([])
    await page.context().close()
  })

  it('still marks the quotes and statistics of the hostile copy', async () => {
    const seen = await watch()
    await seen.page.goto(`${served.url}${articlePath}`)
    expect(await seen.page.locator('#article-text q.nm-quote').count()).toBeGreaterThanOrEqual(2)
    expect(await seen.page.locator('#article-text data.nm-statistic').count()).toBeGreaterThanOrEqual(3)
    expect(await seen.page.locator('#article-text').textContent()).toContain("</script><script>(window.__pwned=(window.__pwned||[]).concat(35),alert(35))</script> is what the hacker typed")
    await seen.page.context().close()
  })

  it('serves JSON, JSON-LD and RSS that parse back to the hostile values', async () => {
    const seen = await watch()
    await seen.page.goto(`${served.url}${articlePath}`)
    const parsed = await seen.page.evaluate(async () => {
      const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? ''))
      const json = await (await fetch('annotations.json')).json()
      const rssText = await (await fetch('/rss.xml')).text()
      const rss = new DOMParser().parseFromString(rssText, 'application/xml')
      return {
        ld,
        title: json.article.title,
        rssError: rss.querySelector('parsererror')?.textContent ?? null,
        rssTitles: [...rss.querySelectorAll('item > title')].map((title) => title.textContent),
        rssScripts: rss.getElementsByTagName('script').length
      }
    })
    expect(parsed.ld.map((item: { headline?: string; name?: string }) => item.headline ?? item.name)).toContain(data.title)
    expect(parsed.title).toBe(data.title)
    expect(parsed.rssError).toBeNull()
    expect(parsed.rssTitles).toContain(data.title)
    expect(parsed.rssScripts).toBe(0)
    await seen.page.context().close()
  })
})
