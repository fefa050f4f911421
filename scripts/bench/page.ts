/**
 * Page weight of the seed article from a fresh build: bytes of HTML, CSS and
 * JS, the requests the page makes, and whether any leaves the origin.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, root } from './build.ts'

/** Weight and requests of one page. */
export interface PageResult {
  page: string
  bytes: { html: number; css: number; js: number; total: number }
  gzipBytes: { html: number; css: number; js: number; total: number }
  /** JS inside `<script>` elements of the HTML (not JSON), counted in `js` too. */
  inlineJsBytes: number
  /** Assets linked from the HTML (stylesheets, scripts, icons, images, preloads). */
  linkedAssets: string[]
  /** Requests counted by Chromium loading the page, or `null` without Chromium. */
  browserRequests: string[] | null
  /** Linked or requested URLs on another origin. */
  otherOrigins: string[]
}

const seed = 'ambassador-huawei-5g'
const tagPattern = /<(link|script|img|source|iframe|video|audio)\b[^>]*>/gi
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((value) => value !== undefined)
/** `<link rel>` values a browser fetches while loading the page (not `alternate`, `canonical` …). */
const fetchedRels = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload'])
const inlineScript = /<script\b([^>]*)>([^<]*(?:<(?!\/script>)[^<]*)*)<\/script>/gi

/** Build the seed content in `workDir` and weigh the seed article's page. */
export async function benchPage(workDir: string): Promise<PageResult> {
  const outDir = path.join(workDir, 'out-page')
  await build({ content: path.join(root, 'content/articles'), outDir, plain: false })
  const page = `/articles/${seed}/`
  const html = readFileSync(path.join(outDir, page, 'index.html'))
  const linkedAssets = linkedFrom(html.toString('utf8'))
  const local = linkedAssets.filter((url) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url))
  const files = local.map((url) => path.join(outDir, new URL(url, `http://localhost${page}`).pathname)).filter((file) => existsSync(file) && statSync(file).isFile())
  const ofType = (ext: RegExp) => files.filter((file) => ext.test(file)).map((file) => readFileSync(file))
  const inline = [...html.toString('utf8').matchAll(inlineScript)]
    .filter((match) => !/type=["']?application\/(?:ld\+)?json/i.test(match[1]!))
    .map((match) => Buffer.from(match[2]!))
  const css = ofType(/\.css$/)
  const js = ofType(/\.m?js$/)
  const sum = (parts: Buffer[], weigh: (part: Buffer) => number) => parts.reduce((total, part) => total + weigh(part), 0)
  const weigh = (measure: (part: Buffer) => number) => {
    const weights = { html: measure(html), css: sum(css, measure), js: sum(js, measure) + sum(inline, measure) }
    return { ...weights, total: weights.html + weights.css + sum(js, measure) }
  }
  const browserRequests = await requestsInChromium(outDir, page)
  const all = [...linkedAssets, ...(browserRequests ?? [])]
  return {
    page,
    bytes: weigh((part) => part.length),
    gzipBytes: weigh((part) => gzipSync(part).length),
    inlineJsBytes: sum(inline, (part) => part.length),
    linkedAssets,
    browserRequests,
    otherOrigins: [...new Set(all.filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('http://127.0.0.1')))]
  }
}

/** URLs the page fetches as it loads: stylesheets, icons, preloads, scripts, images, frames. */
function linkedFrom(html: string): string[] {
  const urls: string[] = []
  for (const [tag, name] of html.matchAll(tagPattern)) {
    if (name!.toLowerCase() === 'link') {
      const rels = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
      const href = attribute(tag, 'href')
      if (href && rels.some((rel) => fetchedRels.has(rel))) urls.push(href)
    } else {
      const src = attribute(tag, 'src')
      if (src) urls.push(src)
    }
  }
  return urls
}

/** Every request Chromium makes loading `page` from `outDir`, or `null` without Chromium. */
async function requestsInChromium(outDir: string, page: string): Promise<string[] | null> {
  const { chromiumPath, launch } = await import('../../tests/site/browser.ts').catch(() => ({ chromiumPath: undefined, launch: undefined }))
  if (!chromiumPath || !launch) return null
  const { serve } = await import('../../tests/site/serve.ts')
  const served = await serve(outDir, '/')
  const browser = await launch()
  try {
    const context = await browser.newContext()
    const tab = await context.newPage()
    const requests: string[] = []
    tab.on('request', (request) => requests.push(request.url()))
    await tab.goto(new URL(page.slice(1), served.url).href, { waitUntil: 'networkidle' })
    return requests
  } finally {
    await browser.close()
    await served.close()
  }
}
