/**
 * Where each annotation sits in the text content of an article's rendered
 * HTML, as the W3C Web Annotation selectors need it: positions counted in
 * code points and the exact text with some context on either side.
 *
 * The HTML is what rehype-stringify wrote for the article (sanitized, no raw
 * text elements, attribute values quoted or not), so one scan over tags and
 * character references reads its text content without building a tree.
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
export function textSelectors(html: string): Record<string, TextSelectors> {
  let text = ''
  const open: (string | undefined)[] = []
  const spans = new Map<string, { start: number; end: number }>()
  const addText = (value: string) => {
    const start = text.length
    text += value
    for (const id of open) {
      if (id === undefined) continue
      const span = spans.get(id)
      if (span) span.end = text.length
      else spans.set(id, { start, end: text.length })
    }
  }

  let at = 0
  while (at < html.length) {
    const tag = html.indexOf('<', at)
    if (tag === -1 || tag > at) addText(decode(html.slice(at, tag === -1 ? html.length : tag)))
    if (tag === -1) break
    if (html.startsWith('<!--', tag)) {
      const close = html.indexOf('-->', tag + 4)
      at = close === -1 ? html.length : close + 3
      continue
    }
    const end = tagEnd(html, tag)
    const source = html.slice(tag, end)
    if (source.startsWith('</')) open.pop()
    else if (/^<[a-z]/i.test(source)) {
      const name = /^<([a-z][\w-]*)/i.exec(source)![1]!.toLowerCase()
      if (!voidElements.has(name) && !source.endsWith('/>')) open.push(markTagNames.has(name) ? annotationOf(source) : undefined)
    }
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

/** One attribute of a start tag: its name and its value, quoted or not. */
const attributePattern = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/**
 * The `data-annotation` value of a mark's start tag, else its `id` (read
 * from marks only: a heading's id may be the same as a mark's).
 */
function annotationOf(tag: string): string | undefined {
  let id: string | undefined
  for (const [, name, ...values] of tag.matchAll(attributePattern)) {
    const value = values[0] ?? values[1] ?? values[2] ?? ''
    if (name === 'data-annotation') return value
    if (name === 'id') id = value
  }
  return id
}

/** The offset just past the tag that starts at `at` (quoted attribute values may hold `>`). */
function tagEnd(html: string, at: number): number {
  let quote = ''
  for (let index = at + 1; index < html.length; index++) {
    const char = html[index]!
    if (quote) {
      if (char === quote) quote = ''
    } else if (char === '"' || char === "'") quote = char
    else if (char === '>') return index + 1
  }
  return html.length
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
