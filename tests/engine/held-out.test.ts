/**
 * The held-out set: articles written for this project (not the
 * development corpus the engine was tuned on), annotated by ANNOTATIONS.md.
 * Scores them with a port of the shared scorer and fails when a measure falls
 * below its floor, set a little under what the engine scored.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotateMarkdown } from '../../src/plugins/annotate-markdown.ts'
import { sharedDir, sharedMissing, sharedPath } from '../../scripts/shared.ts'
import { counts, type Gold, type Predicted, ratios, sum } from '../../scripts/eval/score.ts'

const dir = path.join(import.meta.dirname, 'held-out')
const names = readdirSync(dir).filter((file) => file.endsWith('.gold.json')).map((file) => file.replace(/\.gold\.json$/, '')).sort()
const articles = names.map((name) => {
  const source = readFileSync(path.join(dir, `${name}.md`), 'utf8')
  const gold = JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as Gold
  const { quotes, statistics, claims } = annotateMarkdown(source)
  const predicted: Predicted = { quotes, statistics, claims }
  return { name, source, gold, predicted }
})

/** Overall floors: measured after the statistics fixes of this set, minus a margin for noise. */
const FLOORS: Record<string, number> = {
  quote_f1: 0.95,
  speaker_acc: 0.9,
  indirect_r: 0.85,
  stat_f1: 0.95,
  stat_value_acc: 0.97,
  stat_unit_acc: 0.92,
  stat_qual_acc: 0.97,
  claim_macro_f1: 0.9
}

describe('held-out articles', () => {
  it('has at least eleven articles, each with every gold span in its text', () => {
    expect(articles.length).toBeGreaterThanOrEqual(11)
    for (const { name, source, gold } of articles) {
      for (const quote of gold.quotes) expect(source, name).toContain(quote.text)
      for (const statistic of gold.statistics) expect(source, name).toContain(statistic.text)
      for (const claim of gold.claims) expect(source, name).toContain(claim.sentence)
    }
  })

  const scores = ratios(sum(articles.map(({ gold, predicted }) => counts(gold, predicted))))
  for (const [measure, floor] of Object.entries(FLOORS)) {
    it(`scores ${measure} of at least ${floor} over the set`, () => expect(scores[measure]).toBeGreaterThanOrEqual(floor))
  }

  it('finds the statistics of every article with F1 of at least 0.9', () => {
    for (const { name, gold, predicted } of articles) expect(ratios(counts(gold, predicted)).stat_f1, name).toBeGreaterThanOrEqual(0.9)
  })
})

describe.skipIf(!sharedDir)('the scorer port', () => {
  if (!sharedDir) console.warn(sharedMissing)

  it('agrees with ../shared/tools/score.py on every held-out article', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'held-out-'))
    for (const { name, gold, predicted } of articles) {
      const predFile = path.join(work, `${name}.json`)
      writeFileSync(predFile, JSON.stringify(predicted))
      const python = JSON.parse(execFileSync('python3', [sharedPath('tools/score.py'), path.join(dir, `${name}.gold.json`), predFile, '--json'], { encoding: 'utf8' }))
      const ported = ratios(counts(gold, predicted))
      for (const [measure, value] of Object.entries(python)) expect(ported[measure], `${name} ${measure}`).toBeCloseTo(value as number, 9)
    }
  })
})
