/**
 * `npm run check [DIR]`: validate every article copy and print each problem as
 * `path:line:column: field: message`; exit 1 when there is any.
 */
import path from 'node:path'
import { checkContent, formatProblem } from '../check/index.ts'

const dir = path.resolve(process.argv[2] ?? 'content/articles')
const problems = await checkContent(dir)
for (const problem of problems) console.error(formatProblem(problem))
if (problems.length > 0) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} found in ${path.relative(process.cwd(), dir)}`)
  process.exit(1)
}
console.log(`content ok: every article in ${path.relative(process.cwd(), dir) || '.'} matches the schema`)
