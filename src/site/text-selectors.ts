/**
 * Where each annotation sits in the text content of an article's rendered
 * HTML, as the W3C Web Annotation selectors need it: positions counted in
 * code points and the exact text with some context on either side.
 */
import { fromHtml } from 'hast-util-from-html'
import { visitParents } from 'unist-util-visit-parents'

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

/** Selectors of every annotation (by `data-annotation` id) in `html`. */
export function textSelectors(html: string): Record<string, TextSelectors> {
  const tree = fromHtml(html, { fragment: true })
  const points: string[] = []
  const spans = new Map<string, { start: number; end: number }>()
  visitParents(tree, 'text', (node, ancestors) => {
    const start = points.length
    for (const point of node.value) points.push(point)
    for (const ancestor of ancestors) {
      const id = ancestor.type === 'element' ? ancestor.properties.dataAnnotation : undefined
      if (typeof id !== 'string') continue
      const span = spans.get(id)
      if (span) span.end = points.length
      else spans.set(id, { start, end: points.length })
    }
  })
  const selectors: Record<string, TextSelectors> = {}
  for (const [id, { start, end }] of spans) {
    selectors[id] = {
      start,
      end,
      exact: points.slice(start, end).join(''),
      prefix: points.slice(Math.max(0, start - context), start).join(''),
      suffix: points.slice(end, end + context).join('')
    }
  }
  return selectors
}
