/**
 * Score the engine on gold files with the official scorer
 * (`../shared/tools/score.py`), summing counts over all articles.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { annotateMarkdown } from '../../src/plugins/annotate-markdown.ts'

export interface GoldCase {
  name: string
  gold: string
  markdown: string
}

export type Scores = Record<string, number>

/** Every gold file of `shared` with the Markdown text it annotates. */
export function goldCases(shared: string): GoldCase[] {
  const seedGold = path.join(shared, 'gold/ambassador-huawei-5g.json')
  const seedSource = JSON.parse(readFileSync(seedGold, 'utf8')).source as string
  const seedText = readFileSync(path.join(shared, seedSource), 'utf8')
  const cases: GoldCase[] = [
    { name: path.basename(seedGold, '.json'), gold: seedGold, markdown: seedText.split(/\r?\n/).filter(Boolean).join('\n\n') }
  ]
  const corpus = path.join(shared, 'corpus')
  for (const file of readdirSync(corpus).sort()) {
    if (!file.endsWith('.gold.json')) continue
    const markdown = readFileSync(path.join(corpus, file.replace(/\.gold\.json$/, '.md')), 'utf8')
    cases.push({ name: file.replace(/\.gold\.json$/, ''), gold: path.join(corpus, file), markdown })
  }
  return cases
}


const scorer = `
import json, sys
sys.path.insert(0, sys.argv[1])
from score import counts, ratios
total, each = {}, {}
for name, gold, pred in json.load(sys.stdin):
    c = counts(json.load(open(gold, encoding="utf-8")), pred)
    each[name] = ratios(c)
    for k, v in c.items():
        total[k] = total.get(k, 0) + v
print(json.dumps({"each": each, "all": ratios(total)}))
`

/** Per-article and overall scores from the official scorer. */
export function scoreGold(shared: string, cases: GoldCase[]): { each: Record<string, Scores>; all: Scores } {
  const input = JSON.stringify(cases.map((c) => [c.name, c.gold, annotateMarkdown(c.markdown)]))
  const output = execFileSync('python3', ['-c', scorer, path.join(shared, 'tools')], { input, encoding: 'utf8' })
  return JSON.parse(output)
}
