/**
 * W3C selectors of every mark read through a real HTML parser: the
 * reference that `textSelectors` must agree with.
 */
import { fromHtml } from 'hast-util-from-html'
import { visitParents } from 'unist-util-visit-parents'
import type { TextSelectors } from '../../src/site/text-selectors.ts'

const marks = new Set(['q', 'data', 'mark', 'span'])

export function parsedSelectors(html: string): Record<string, TextSelectors> {
  const points: string[] = []
  const spans: Record<string, { start: number; end: number }> = {}
  visitParents(fromHtml(html, { fragment: true }), 'text', (node, ancestors) => {
    const start = points.length
    points.push(...node.value)
    for (const ancestor of ancestors) {
      const id = ancestor.type === 'element' && marks.has(ancestor.tagName) ? (ancestor.properties.dataAnnotation ?? ancestor.properties.id) : undefined
      if (typeof id === 'string') spans[id] = { start: spans[id]?.start ?? start, end: points.length }
    }
  })
  return Object.fromEntries(
    Object.entries(spans).map(([id, { start, end }]) => [
      id,
      { start, end, exact: points.slice(start, end).join(''), prefix: points.slice(Math.max(0, start - 32), start).join(''), suffix: points.slice(end, end + 32).join('') }
    ])
  )
}
