/**
 * `npm run annotate -- FILE.md`: print the annotations of one Markdown file as
 * the JSON of ANNOTATIONS.md §4, offsets counted in the file as read.
 */
import { readFile } from 'node:fs/promises'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { splitFrontMatter } from '../check/front-matter.ts'
import { annotateTree } from '../plugins/annotate-tree.ts'
import type { Span } from '../engine/index.ts'

const file = process.argv[2]
if (!file) fail('usage: npm run annotate -- FILE.md')

let source: string
try {
  source = await readFile(file, 'utf8')
} catch (error) {
  fail(`annotate: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
}

const body = splitFrontMatter(source).body
const shift = source.length - body.length
const found = annotateTree(unified().use(remarkParse).use(remarkGfm).parse(body))
const inFile = <T extends Span>(span: T): T => ({ ...span, start: span.start + shift, end: span.end + shift })

process.stdout.write(
  JSON.stringify(
    {
      quotes: found.quotes.map(({ cue, ...quote }) => inFile(quote)),
      statistics: found.statistics.map(inFile),
      claims: found.claims.map(inFile),
      problems: found.problems.map(inFile)
    },
    null,
    2
  ) + '\n'
)

function fail(message: string): never {
  process.stderr.write(message + '\n')
  process.exit(2)
}
