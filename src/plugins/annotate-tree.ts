/**
 * Run the engine over a Markdown tree and express every span in source
 * offsets, the shared step of the remark plugin and the `annotate` command.
 */
import type { Root } from 'mdast'
import { annotate, type Annotations, type Span } from '../engine/index.ts'
import { readingText } from './reading-text.ts'

/** What the engine reads of a tree, and how its findings map back to the source. */
export interface TreeReading {
  /** The prose of the tree as a reader sees it, paragraphs separated by blank lines. */
  text: string
  /** The engine's annotations of `text`, with `start`/`end` moved to offsets into the source. */
  toSource: (found: Annotations) => Annotations
}

/**
 * The reading text of `tree`, parsed from `source`; offsets given back count
 * in `source` (a leading byte order mark, which the parser skips, counts).
 */
export function readTree(tree: Root, source: string): TreeReading {
  const bom = byteOrderMark(source)
  const reading = readingText(tree, source.slice(bom))
  const toSource = <T extends Span>(span: T): T => {
    const start = reading.toSource(span.start, 'start') + bom
    return { ...span, start, end: Math.max(start, reading.toSource(span.end, 'end') + bom) }
  }
  return {
    text: reading.text,
    toSource: (found) => ({
      quotes: found.quotes.map((quote) => ({ ...toSource(quote), cue: quote.cue && toSource(quote.cue) })),
      statistics: found.statistics.map(toSource),
      claims: found.claims.map(toSource),
      problems: found.problems.map(toSource)
    })
  }
}

/** Annotations of `tree`, parsed from `source`, in source offsets. */
export function annotateTree(tree: Root, source: string): Annotations {
  const reading = readTree(tree, source)
  return reading.toSource(annotate(reading.text))
}

/** 1 when `source` starts with a byte order mark, else 0. */
export function byteOrderMark(source: string): number {
  return source.charCodeAt(0) === 0xfeff ? 1 : 0
}
