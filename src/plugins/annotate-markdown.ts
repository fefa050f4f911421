/**
 * Annotate a whole Markdown file (front matter optional) the way the
 * `annotate` command prints it: offsets count in the file as read.
 */
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { splitFrontMatter } from '../check/front-matter.ts'
import type { Annotations, Span } from '../engine/index.ts'
import { annotateTree } from './annotate-tree.ts'

const parser = unified().use(remarkParse).use(remarkGfm)

export function annotateMarkdown(source: string): Annotations {
  const body = splitFrontMatter(source).body
  const shift = source.length - body.length
  const found = annotateTree(parser.parse(body), body)
  const inFile = <T extends Span>(span: T): T => ({ ...span, start: span.start + shift, end: span.end + shift })
  return {
    quotes: found.quotes.map((quote) => ({ ...inFile(quote), cue: quote.cue && inFile(quote.cue) })),
    statistics: found.statistics.map(inFile),
    claims: found.claims.map(inFile),
    problems: found.problems.map(inFile)
  }
}
