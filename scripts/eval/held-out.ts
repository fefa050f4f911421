/**
 * Score the engine on the held-out articles kept in the repository
 * (`tests/engine/held-out/`), with the TypeScript port of the shared scorer.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { annotateMarkdown } from '../../src/plugins/annotate-markdown.ts'
import { counts, ratios, sum, type Gold } from './score.ts'

export const heldOutDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/engine/held-out')

/** Overall scores and the number of articles. */
export function scoreHeldOut(dir = heldOutDir): { articles: number; scores: Record<string, number> } {
  const names = readdirSync(dir).filter((file) => file.endsWith('.gold.json'))
  const all = names.map((file) => {
    const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Gold
    return counts(gold, annotateMarkdown(readFileSync(path.join(dir, file.replace(/\.gold\.json$/, '.md')), 'utf8')))
  })
  return { articles: names.length, scores: ratios(sum(all)) }
}
