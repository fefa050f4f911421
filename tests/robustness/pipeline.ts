/**
 * Newsmark's Markdown pipeline as the site runs it (remark-parse, remark-gfm,
 * remark-newsmark, remark-rehype, rehype-sanitize, rehype-newsmark), and the
 * same pipeline without the Newsmark plugins, plus invariants that every
 * annotation must satisfy.
 */
import type { Element, Root as HastRoot, Text } from 'hast'
import { visit } from 'unist-util-visit'
import { visitParents } from 'unist-util-visit-parents'
import { VFile } from 'vfile'
import type { Annotations, Span } from '../../src/engine/index.ts'
import { siteProcessor } from '../../src/plugins/site-pipeline.ts'

export interface Rendered {
  html: string
  tree: HastRoot
  file: VFile
  annotations: Annotations | undefined
}

const marked = siteProcessor()
const plain = siteProcessor(false)

/** Render `markdown` with (default) or without the Newsmark plugins. */
export function render(markdown: string, withPlugins = true): Rendered {
  const processor = withPlugins ? marked : plain
  const file = new VFile({ value: markdown, path: 'input.md' })
  const tree = processor.runSync(processor.parse(file), file) as HastRoot
  return { html: processor.stringify(tree), tree, file, annotations: file.data.newsmark }
}

/**
 * The text content of a rendered tree, like the DOM's `textContent`: every
 * text node in order, so that any character added, lost or moved shows.
 */
export function textOf(tree: HastRoot): string {
  let text = ''
  visit(tree, 'text', (node: Text) => {
    text += node.value
  })
  return text
}

/** Letters and digits only, for comparing a span with its plain text. */
export function alnum(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '')
}

/** Are the characters of `part` found in `whole` in order (Markdown syntax and URLs may sit between them)? */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0
  for (const char of part) {
    at = whole.indexOf(char, at)
    if (at === -1) return false
    at += char.length
  }
  return true
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * Every way an annotation can be wrong whatever the text: spans outside the
 * source or splitting a surrogate pair, `text` that is not what the span
 * covers, statistics or claims that overlap, quotes that cross each other,
 * a direct or partial quote inside another of its kind (it belongs to the
 * outer one). Reported speech inside reported speech may nest.
 * Returns one line per violation (empty when all is well).
 */
export function spanViolations(source: string, annotations: Annotations): string[] {
  const out: string[] = []
  const lists: [string, ReadonlyArray<Span & { text?: string }>][] = [
    ['quote', annotations.quotes],
    ['statistic', annotations.statistics],
    ['claim', annotations.claims],
    ['problem', annotations.problems]
  ]
  for (const [kind, list] of lists) {
    for (const span of list) {
      const label = `${kind} [${span.start}, ${span.end}) ${JSON.stringify(span.text ?? '')}`
      if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) out.push(`${label}: offsets are not integers`)
      else if (span.start < 0 || span.end > source.length || span.start > span.end) out.push(`${label}: outside the text (length ${source.length})`)
      else {
        for (const at of [span.start, span.end]) {
          if (at > 0 && at < source.length && isLowSurrogate(source.charCodeAt(at))) out.push(`${label}: offset ${at} splits a surrogate pair`)
        }
        if (span.text !== undefined && !isSubsequence(alnum(span.text), alnum(source.slice(span.start, span.end)))) {
          out.push(`${label}: text is not what source.slice(start, end) covers: ${JSON.stringify(source.slice(span.start, span.end))}`)
        }
      }
    }
  }
  for (const [kind, list] of lists.slice(1, 3)) {
    const sorted = [...list].sort((a, b) => a.start - b.start)
    for (let index = 1; index < sorted.length; index++) {
      if (sorted[index]!.start < sorted[index - 1]!.end) out.push(`${kind}s overlap: [${sorted[index - 1]!.start}, ${sorted[index - 1]!.end}) and [${sorted[index]!.start}, ${sorted[index]!.end})`)
    }
  }
  const quotes = annotations.quotes
  for (let a = 0; a < quotes.length; a++) {
    for (let b = a + 1; b < quotes.length; b++) {
      const x = quotes[a]!
      const y = quotes[b]!
      const disjoint = x.end <= y.start || y.end <= x.start
      const nested = (x.start <= y.start && y.end <= x.end) || (y.start <= x.start && x.end <= y.end)
      const marked = x.kind !== 'indirect' && y.kind !== 'indirect'
      if (!disjoint && (!nested || (marked && x.kind === y.kind))) out.push(`quotes cross: ${x.kind} [${x.start}, ${x.end}) and ${y.kind} [${y.start}, ${y.end})`)
    }
  }
  return out
}

const markTags = new Set(['q', 'data', 'mark', 'span'])

/** The annotation id of a mark (`data-annotation` on runs that share one, else the id), or `undefined`. */
function annotationOf(node: Element): string | undefined {
  const shared = node.properties['dataAnnotation']
  if (typeof shared === 'string') return shared
  const id = node.properties['id']
  return markTags.has(node.tagName) && typeof id === 'string' && /^nm-[qsc]\d+$/.test(id) ? id : undefined
}

/**
 * What is wrong with the marks of a rendered tree: a mark holding a block,
 * a mark inside a mark of the same annotation, duplicate ids.
 */
export function markViolations(tree: HastRoot): string[] {
  const out: string[] = []
  const ids = new Set<string>()
  visitParents(tree, 'element', (node: Element, ancestors) => {
    const annotation = annotationOf(node)
    const id = node.properties['id']
    if (typeof id === 'string') {
      if (ids.has(id)) out.push(`duplicate id ${id}`)
      ids.add(id)
    }
    const inMark = ancestors.filter((a): a is Element => a.type === 'element' && annotationOf(a) !== undefined)
    if (inMark.length > 0 && !['a', 'abbr', 'b', 'br', 'cite', 'code', 'data', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'img', 'input', 'button'].includes(node.tagName)) {
      out.push(`<${node.tagName}> inside the mark ${String(inMark.at(-1)!.properties['id'])}`)
    }
    if (annotation !== undefined && markTags.has(node.tagName) && inMark.some((a) => annotationOf(a) === annotation)) {
      out.push(`mark ${String(annotation)} nested in itself`)
    }
  })
  return out
}

/**
 * Each run of text with the tags it sits in (`p>mark>q`), adjacent runs in
 * the same tags merged: equal for two trees exactly when an HTML parser
 * would give the same nesting.
 */
export function shape(tree: HastRoot): string[] {
  const runs: [string, string][] = []
  visitParents(tree, 'text', (node: Text, ancestors) => {
    const tags = ancestors.flatMap((a) => (a.type === 'element' ? [(a as Element).tagName] : [])).join('>')
    const value = node.value.replace(/\r\n?/g, '\n')
    const last = runs.at(-1)
    if (last && last[0] === tags) last[1] += value
    else runs.push([tags, value])
  })
  return runs.filter(([, value]) => value !== '').map(([tags, value]) => `${tags}: ${value}`)
}
