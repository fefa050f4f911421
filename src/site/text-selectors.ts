/**
 * Where each annotation sits in the text content of an article's rendered
 * HTML, as the W3C Web Annotation selectors need it: positions counted in
 * code points and the exact text with some context on either side.
 *
 * The HTML is what rehype-stringify wrote for the article (sanitized, no raw
 * text elements, attribute values quoted or not), so one scan over tags and
 * character references reads its text content without building a tree. As
 * in HTML, a `/` before `>` closes no element (`<a href=https://x.org/>` is
 * a link to `https://x.org/`, still open), and line breaks are normalised
 * first (`\r\n` and `\r` are one `\n` in a browser's text content).
 */
import { firstNotBefore } from '../engine/sorted.ts'
import { markTagNames } from '../plugins/marks.ts'

export interface TextSelectors {
  /** TextPositionSelector: code-point offsets into the text content. */
  start: number
  end: number
  /** TextQuoteSelector. */
  exact: string
  prefix: string
  suffix: string
}

const context = 32

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const namedReferences: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' }

/**
 * Selectors of every annotation in `html`, by annotation id: the
 * `data-annotation` of runs that share one, else the element's `id`.
 */
export function textSelectors(source: string): Record<string, TextSelectors> {
  const html = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source
  let text = ''
  const open: Array<{ id: string | undefined; start: number }> = []
  const spans = new Map<string, { start: number; end: number }>()
  /** A run of a mark ends: its annotation's span reaches here. */
  const close = (run: { id: string | undefined; start: number } | undefined) => {
    if (run?.id === undefined || run.start === text.length) return
    const span = spans.get(run.id)
    if (span) span.end = text.length
    else spans.set(run.id, { start: run.start, end: text.length })
  }

  let at = 0
  while (at < html.length) {
    const tag = html.indexOf('<', at)
    if (tag === -1 || tag > at) text += decode(html.slice(at, tag === -1 ? html.length : tag))
    if (tag === -1) break
    if (html.startsWith('<!--', tag)) {
      const commentEnd = html.indexOf('-->', tag + 4)
      at = commentEnd === -1 ? html.length : commentEnd + 3
      continue
    }
    if (html.charCodeAt(tag + 1) === slash) {
      close(open.pop())
      at = html.indexOf('>', tag) + 1 || html.length
      continue
    }
    const name = tagName(html, tag + 1)
    const { end, annotation } = readStartTag(html, tag + 1 + name.length)
    if (name && !voidElements.has(name)) open.push({ id: markTagNames.has(name) ? annotation : undefined, start: text.length })
    at = end
  }

  const points = codePointIndex(text)
  const selectors: Record<string, TextSelectors> = {}
  for (const [id, { start, end }] of spans) {
    const from = points(start)
    const to = points(end)
    selectors[id] = {
      start: from,
      end: to,
      exact: text.slice(start, end),
      prefix: sliceCodePoints(text, start, -context),
      suffix: sliceCodePoints(text, end, context)
    }
  }
  return selectors
}

/**
 * The start tag whose name ends at `at`: the offset just past it (quoted
 * attribute values may hold `>`), and its `data-annotation`, else its `id`.
 */
function readStartTag(html: string, at: number): { end: number; annotation: string | undefined } {
  let id: string | undefined
  let annotation: string | undefined
  let index = at
  for (;;) {
    index = skipSpaces(html, index)
    if (index >= html.length) return { end: html.length, annotation: annotation ?? id }
    if (html.charCodeAt(index) === greaterThan) return { end: index + 1, annotation: annotation ?? id }
    let nameEnd = index
    while (nameEnd < html.length && !endsAttributeName(html.charCodeAt(nameEnd))) nameEnd++
    if (nameEnd === index) {
      index++
      continue
    }
    const name = html.slice(index, nameEnd)
    const equalsAt = skipSpaces(html, nameEnd)
    if (html.charCodeAt(equalsAt) !== equals) {
      index = nameEnd
      continue
    }
    const value = readValue(html, skipSpaces(html, equalsAt + 1))
    if (name === 'data-annotation') annotation = value.text
    else if (name === 'id') id = value.text
    index = value.end
  }
}

/** The attribute value that starts at `at`, quoted or not, and the offset just past it. */
function readValue(html: string, at: number): { text: string; end: number } {
  const quote = html[at]
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, at + 1)
    const end = close === -1 ? html.length : close
    return { text: html.slice(at + 1, end), end: end + 1 }
  }
  let end = at
  while (end < html.length && !isSpace(html.charCodeAt(end)) && html.charCodeAt(end) !== greaterThan) end++
  return { text: html.slice(at, end), end }
}

const [slash, equals, greaterThan] = ['/', '=', '>'].map((char) => char.charCodeAt(0)) as [number, number, number]

function skipSpaces(html: string, at: number): number {
  let index = at
  while (isSpace(html.charCodeAt(index))) index++
  return index
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d
}

function endsAttributeName(code: number): boolean {
  return isSpace(code) || code === slash || code === equals || code === greaterThan || code === 0x22 || code === 0x27
}

/** The lower-cased name of the start tag whose name begins at `at`: an ASCII letter, then letters, digits, `_` or `-` (`''` if no letter). */
function tagName(html: string, at: number): string {
  if (!isAsciiLetter(html.charCodeAt(at))) return ''
  let end = at + 1
  while (isNameCode(html.charCodeAt(end))) end++
  return html.slice(at, end).toLowerCase()
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
}

function isNameCode(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d
}

function decode(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (reference, body: string) => {
    if (body[0] !== '#') return namedReferences[body] ?? reference
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : reference
  })
}

/** A function from string offsets of `text` to code-point offsets. */
function codePointIndex(text: string): (offset: number) => number {
  const surrogatesBefore: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xdc00 && code <= 0xdfff) surrogatesBefore.push(index)
  }
  return (offset) => offset - firstNotBefore(surrogatesBefore, (index) => index < offset)
}

/** Up to `count` code points of `text` after `at` (or before it, when `count` is negative); a surrogate pair is one code point. */
function sliceCodePoints(text: string, at: number, count: number): string {
  let edge = at
  if (count < 0) {
    for (let left = -count; left > 0 && edge > 0; left--) edge -= isPairEnd(text, edge - 1) ? 2 : 1
    return text.slice(edge, at)
  }
  for (let left = count; left > 0 && edge < text.length; left--) edge += isPairEnd(text, edge + 1) ? 2 : 1
  return text.slice(at, edge)
}

/** Whether `index` holds the low surrogate of a surrogate pair. */
function isPairEnd(text: string, index: number): boolean {
  const low = text.charCodeAt(index)
  const high = text.charCodeAt(index - 1)
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
}
