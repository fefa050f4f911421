/**
 * Run the engine over a Markdown tree and express every span in source
 * offsets, the shared step of the remark plugin and the `annotate` command.
 */
import type { Root } from 'mdast'
import { annotate, type Annotations, type Span } from '../engine/index.ts'
import { readingText } from './reading-text.ts'

/** Annotations of `tree`, with `start`/`end` as offsets into its source. */
export function annotateTree(tree: Root): Annotations {
  const reading = readingText(tree)
  const found = annotate(reading.text)
  const toSource = <T extends Span>(span: T): T => ({
    ...span,
    start: reading.toSource(span.start, 'start'),
    end: reading.toSource(span.end, 'end')
  })
  return {
    quotes: found.quotes.map((quote) => ({ ...toSource(quote), cue: quote.cue && toSource(quote.cue) })),
    statistics: found.statistics.map(toSource),
    claims: found.claims.map(toSource),
    problems: found.problems.map(toSource)
  }
}
