/**
 * `npm run eval`: score the engine on the gold files, the development corpus
 * and the peer suites, and print one table of measures with their targets.
 */
import { sharedDir, sharedMissing, sharedPath } from './shared.ts'
import { evaluateCheckworthiness } from './eval/checkworthiness.ts'
import { goldCases, scoreGold } from './eval/gold.ts'
import { evaluateGoldenRules } from './eval/golden-rules.ts'
import { scoreHeldOut } from './eval/held-out.ts'
import { evaluateRecognizers } from './eval/recognizers.ts'

const keys = ['quote_f1', 'speaker_acc', 'indirect_r', 'stat_f1', 'stat_value_acc', 'claim_macro_f1']
const heldOut = scoreHeldOut()
const scoreLine = (name: string, scores: Record<string, number>) =>
  `${name.slice(0, 28).padEnd(28)} ${keys.map((key) => scores[key]!.toFixed(2).padStart(15)).join('')}`

if (!sharedDir) {
  console.log(sharedMissing)
  console.log(`\nheld-out articles in the repository (${heldOut.articles}):`)
  console.log(`${'set'.padEnd(28)} ${keys.map((key) => key.padStart(15)).join('')}`)
  console.log(scoreLine('held-out', heldOut.scores))
  process.exit(0)
}

interface Row {
  measure: string
  value: string
  target: string
  met: boolean | null
}

const rows: Row[] = []
const ratio = (measure: string, value: number, target: number | null) =>
  rows.push({ measure, value: value.toFixed(3), target: target === null ? '' : `≥ ${target.toFixed(2)}`, met: target === null ? null : value >= target })

const gold = scoreGold(sharedDir, goldCases(sharedDir))
const all = gold.all
ratio('quote F1 (direct + partial)', all.quote_f1!, 0.95)
ratio('  quote precision', all.quote_p!, null)
ratio('  quote recall', all.quote_r!, null)
ratio('speaker accuracy (exact full name)', all.speaker_acc!, 0.95)
ratio('indirect quote recall', all.indirect_r!, 0.8)
ratio('statistic F1', all.stat_f1!, 0.95)
ratio('statistic value accuracy', all.stat_value_acc!, 0.95)
ratio('  statistic unit accuracy', all.stat_unit_acc!, null)
ratio('  statistic qualifier accuracy', all.stat_qual_acc!, null)
ratio('claim macro-F1 (news gold)', all.claim_macro_f1!, 0.8)

const rules = evaluateGoldenRules(sharedPath('peer/sentence-golden-rules/golden-rules-en.json'))
rows.push({ measure: 'Golden Rules (sentences)', value: `${rules.passed}/${rules.total}`, target: `${rules.total}/${rules.total}`, met: rules.passed === rules.total })

const worthy = evaluateCheckworthiness(sharedPath('peer/checkworthiness/dev.tsv'))
ratio('check-worthiness F1 (dev.tsv)', worthy.f1, 0.9)

for (const model of evaluateRecognizers(sharedPath('peer/recognizers-text'))) {
  const range = model.model === 'NumberRangeModel'
  rows.push({
    measure: `Recognizers-Text ${model.model}`,
    value: `${model.passed}/${model.total}`,
    target: range ? '≥ 80/87' : `JS port's own cases: ${model.jsPortRunsPassed}/${model.jsPortRuns} passed`,
    met: range ? model.passed >= 80 : null
  })
}

const width = Math.max(...rows.map((row) => row.measure.length))
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(9)}  target`)
for (const row of rows) {
  const verdict = row.met === null ? '' : row.met ? '  ok' : '  SHORT'
  console.log(`${row.measure.padEnd(width)}  ${row.value.padStart(9)}  ${row.target}${verdict}`)
}
console.log('\nper article (development set), then overall, and the held-out articles of the repository:')
console.log(`${'article'.padEnd(28)} ${keys.map((key) => key.padStart(15)).join('')}`)
for (const [name, scores] of Object.entries(gold.each)) console.log(scoreLine(name, scores))
console.log(scoreLine('development set', gold.all))
console.log(scoreLine(`held-out (${heldOut.articles} articles)`, heldOut.scores))
