/**
 * `npm run annotate -- FILE.md`: print the annotations of one Markdown file as
 * the JSON of ANNOTATIONS.md §4, offsets counted in the file as read.
 */
import { readFile } from 'node:fs/promises'

const file = process.argv[2]
if (!file) fail('usage: npm run annotate -- FILE.md')

let source: string
try {
  source = await readFile(file, 'utf8')
} catch (error) {
  fail(`annotate: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
}

const { annotateMarkdown } = await import('../plugins/annotate-markdown.ts')
const { quotes, statistics, claims, problems } = annotateMarkdown(source)
const json = { quotes: quotes.map(({ cue, ...quote }) => quote), statistics, claims, problems }
process.stdout.write(JSON.stringify(json, null, 2) + '\n')

function fail(message: string): never {
  process.stderr.write(message + '\n')
  process.exit(2)
}
