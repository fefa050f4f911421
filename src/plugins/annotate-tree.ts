/**
 * Run the engine over a Markdown tree and express every span in source
 * offsets, the shared step of the remark plugin and the `annotate` command.
 */
import type { Root } from 'mdast'
import { annotate, type Annotations, type Span } from '../engine/index.ts'
import { readingText } from './reading-text.ts'

/**
 * Annotations of `tree`, parsed from `source`, with `start`/`end` as offsets
 * into `source` (a leading byte order mark, which the parser skips, counts).
 */
export function annotateTree(tree: Root, source: string): Annotations {
  const bom = byteOrderMark(source)
  const reading = readingText(tree, source.slice(bom))
  const found = annotate(reading.text)
  const toSource = <T extends Span>(span: T): T => {
    const start = reading.toSource(span.start, 'start') + bom
    return { ...span, start, end: Math.max(start, reading.toSource(span.end, 'end') + bom) }
  }
  return {
    quotes: found.quotes.map((quote) => ({ ...toSource(quote), cue: quote.cue && toSource(quote.cue) })),
    statistics: found.statistics.map(toSource),
    claims: found.claims.map(toSource),
    problems: found.problems.map(toSource)
  }
}

/** 1 when `source` starts with a byte order mark, else 0. */
export function byteOrderMark(source: string): number {
  return source.charCodeAt(0) === 0xfeff ? 1 : 0
}
