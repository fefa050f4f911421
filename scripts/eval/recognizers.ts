/**
 * Run the Microsoft Recognizers-Text English specs (`../shared/peer/recognizers-text`)
 * against `recognizeNumbers` and count passing cases per model.
 *
 * What "pass" means: the results of the model's type (NumberModel → `number`,
 * NumberRangeModel → `numberrange`, …) must equal the spec's `Results` in
 * order, each with the same `Text` (compared in lower case) and the same
 * resolved value (numbers within a relative 1e-9; ranges by their interval
 * notation, ends compared as numbers). Units are not compared. Spec results
 * without a value (a bare unit name such as "fahrenheit") are not numbers and
 * are left out of the comparison.
 *
 * Run directly (`node scripts/eval/recognizers.ts [dir]`) to print a table.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { recognizeNumbers, type Recognized, type RecognizedType } from '../../src/engine/statistics/recognize.ts'

interface SpecResult {
  Text: string
  Resolution?: { value?: string | null } | null
}

interface SpecCase {
  Input: string
  NotSupported?: string
  Results: SpecResult[]
}

/** Pass counts of one model. */
export interface ModelScore {
  model: string
  passed: number
  total: number
  /** Cases the JavaScript port runs (not marked `NotSupported: javascript`). */
  jsPortRuns: number
  /** Of those, how many pass here. */
  jsPortRunsPassed: number
}

const TYPES: Record<string, RecognizedType> = {
  NumberModel: 'number',
  OrdinalModel: 'ordinal',
  PercentModel: 'percentage',
  CurrencyModel: 'currency',
  DimensionModel: 'dimension',
  TemperatureModel: 'temperature',
  AgeModel: 'age',
  NumberRangeModel: 'numberrange'
}

/** Score every `English_<Model>.json` spec file in `dir`. */
export function evaluateRecognizers(dir: string): ModelScore[] {
  const scores: ModelScore[] = []
  for (const file of readdirSync(dir).sort()) {
    const model = /^English_(\w+)\.json$/.exec(file)?.[1]
    const type = model === undefined ? undefined : TYPES[model]
    if (!model || !type) continue
    const cases = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as SpecCase[]
    const score: ModelScore = { model, passed: 0, total: cases.length, jsPortRuns: 0, jsPortRunsPassed: 0 }
    for (const spec of cases) {
      const ok = passes(spec, type)
      const js = !(spec.NotSupported ?? '').toLowerCase().includes('javascript')
      score.passed += Number(ok)
      score.jsPortRuns += Number(js)
      score.jsPortRunsPassed += Number(ok && js)
    }
    scores.push(score)
  }
  return scores
}

/** Whether `recognizeNumbers` gives the spec's results for one case. */
export function passes(spec: SpecCase, type: RecognizedType): boolean {
  const expected = spec.Results.filter((result) => result.Resolution?.value != null)
  const actual = recognizeNumbers(spec.Input).filter((result) => result.type === type)
  return actual.length === expected.length && expected.every((result, n) => same(result, actual[n]!, type))
}

function same(expected: SpecResult, actual: Recognized, type: RecognizedType): boolean {
  if (expected.Text.toLowerCase() !== actual.text.toLowerCase()) return false
  const value = String(expected.Resolution!.value)
  if (type === 'numberrange') return sameInterval(value, actual.interval ?? '')
  return close(Number(value.replace(/%$/, '')), actual.value)
}

function sameInterval(expected: string, actual: string): boolean {
  const parse = (interval: string) => /^([[(])(.*),(.*)([\])])$/.exec(interval)
  const [a, b] = [parse(expected), parse(actual)]
  if (!a || !b || a[1] !== b[1] || a[4] !== b[4]) return false
  return [2, 3].every((n) => (a[n] === '' ? b[n] === '' : b[n] !== '' && close(Number(a[n]), Number(b[n]))))
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { sharedDir, sharedMissing } = await import('../shared.ts')
  const dir = process.argv[2] ?? (sharedDir && path.join(sharedDir, 'peer/recognizers-text'))
  if (!dir) {
    console.log(sharedMissing)
  } else {
    console.log(`${'model'.padEnd(18)} ${'passed'.padStart(9)} ${'JS-port cases passed'.padStart(22)}`)
    for (const s of evaluateRecognizers(dir)) {
      console.log(`${s.model.padEnd(18)} ${`${s.passed}/${s.total}`.padStart(9)} ${`${s.jsPortRunsPassed}/${s.jsPortRuns}`.padStart(22)}`)
    }
  }
}
