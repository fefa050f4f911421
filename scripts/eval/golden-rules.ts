/**
 * Score the sentence splitter on the English Golden Rules of
 * pragmatic_segmenter (48 cases, as in pySBD's benchmark): a rule passes only
 * when the split equals its expected sentences exactly.
 *
 * Run directly to print the score and the failures:
 * `node scripts/eval/golden-rules.ts [file]`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { splitSentences } from '../../src/engine/sentences/index.ts'
import { sharedDir, sharedMissing, sharedPath } from '../shared.ts'

interface GoldenRule {
  input: string
  output: string[]
}

/** A rule whose split differs from the expected one. */
export interface GoldenRuleFailure {
  input: string
  expected: string[]
  actual: string[]
}

/** Split every rule's input of `file` and count the exact matches. */
export function evaluateGoldenRules(file: string): { passed: number; total: number; failures: GoldenRuleFailure[] } {
  const rules = JSON.parse(readFileSync(file, 'utf8')) as GoldenRule[]
  const failures: GoldenRuleFailure[] = []
  for (const rule of rules) {
    const actual = splitSentences(rule.input).map((span) => rule.input.slice(span.start, span.end))
    const same = actual.length === rule.output.length && actual.every((sentence, index) => sentence === rule.output[index])
    if (!same) failures.push({ input: rule.input, expected: rule.output, actual })
  }
  return { passed: rules.length - failures.length, total: rules.length, failures }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? (sharedDir ? sharedPath('peer/sentence-golden-rules/golden-rules-en.json') : undefined)
  if (file === undefined) {
    console.log(sharedMissing)
  } else {
    const { passed, total, failures } = evaluateGoldenRules(file)
    for (const failure of failures) console.log(JSON.stringify(failure, null, 2))
    console.log(`Golden Rules: ${passed}/${total} (${((100 * passed) / total).toFixed(1)} %)`)
  }
}
