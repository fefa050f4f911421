/**
 * The claim rules skip their regular expressions when a sentence's hints
 * (`src/engine/claims/hints.ts`) say no match is possible: a word list kept in
 * step with each expression by hand. These tests catch the two drifting
 * apart: whatever an expression matches, the hints allow; and on real and
 * random sentences every rule answers the same with the hints as without.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sharedDir } from '../../scripts/shared.ts'
import { factualAside, relativeAfterComma } from '../../src/engine/claims/aside.ts'
import { cause, claimType, figure, rule, wordFigure } from '../../src/engine/claims/claim-type.ts'
import { ANY_HINT, CAUSE_HINT, FIGURE_HINT, LOW_MARK_HINT, MARK_HINT, RECOMMENDATION_HINT, RELATIVE_HINT, RULE_HINT, WORD_FIGURE_HINT } from '../../src/engine/claims/hints.ts'
import { neverClaim, recommendation } from '../../src/engine/claims/not-claims.ts'
import { readSentence } from '../../src/engine/claims/words.ts'
import { splitSentences } from '../../src/engine/sentences/index.ts'

/** Each hinted expression with the hint that must be set wherever it matches. */
const hinted: Array<[string, RegExp, number]> = [
  ['cause', cause, CAUSE_HINT],
  ['rule', rule, RULE_HINT],
  ['figure', figure, FIGURE_HINT],
  ['figure in words', wordFigure, WORD_FIGURE_HINT],
  ['recommendation', new RegExp(recommendation.source, 'iu'), RECOMMENDATION_HINT],
  ['relative clause', relativeAfterComma, RELATIVE_HINT]
]

/** The letters of each expression, cut into the pieces it is written in ("caus", "e", "es" …). */
const written = hinted.map(([, pattern]) => pattern.source.match(/[a-z]+/gi) ?? [])
const pieces = [...new Set(written.flat())]
/** Each piece joined to the next one in its expression: a stem and its first ending ("caus" + "e"). */
const stems = [...new Set(written.flatMap((list) => list.slice(1).map((piece, index) => list[index]! + piece)))]

const word = fc.oneof(
  fc.constantFrom(...pieces),
  fc.constantFrom(...stems),
  fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...pieces)).map(([a, b]) => a + b),
  fc.constantFrom('the', 'a', 'of', 'to', 'in', 'said', 'has', 'been', 'which', 'who', 'under', 'law'),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.constantFrom('$5', '12%', '3.5', '1,200', '2019', '5G', '“', '”', '"', ',', '?', "let's", 'ſhould')
)
const casing = fc.constantFrom((text: string) => text, (text: string) => text.toUpperCase(), (text: string) => text.charAt(0).toUpperCase() + text.slice(1))
const sentence = fc
  .tuple(fc.array(fc.tuple(word, casing), { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '?', '', '.”'))
  .map(([words, end]) => words.map(([text, cased]) => cased(text)).join(' ') + end)

/** The bits that say exactly whether a sentence has quotation marks, not whether a rule may match. */
const marks = MARK_HINT | LOW_MARK_HINT

/**
 * Every answer the hinted rules give on `text`, with its own hints or with
 * every rule allowed (the quotation-mark bits stay as they are).
 */
function answers(text: string, allowAll: boolean) {
  const reading = readSentence(text)
  const given = allowAll ? (ANY_HINT & ~marks) | (reading.hints & marks) : reading.hints
  return {
    type: claimType(text, reading.tokens, reading.lower, given),
    speech: neverClaim(text, 'speech', reading.tokens, reading.lower, given),
    prose: neverClaim(text, 'prose', reading.tokens, reading.lower, given),
    aside: factualAside(text, given)
  }
}

describe('claim hints', () => {
  it('allow every match of the expressions they stand in for', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const { hints } = readSentence(text)
        for (const [name, pattern, hint] of hinted) {
          if (pattern.test(text)) expect(hints & hint, `${name}: ${text}`).not.toBe(0)
        }
      }),
      { numRuns: 5000 }
    )
  })

  it('never change a rule’s answer on random sentences', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(answers(text, false), text).toEqual(answers(text, true))
      }),
      { numRuns: 3000 }
    )
  })

  it('never change a rule’s answer on the sentences of news articles', () => {
    const texts = [...articleTexts(path.join(import.meta.dirname, 'held-out')), ...(sharedDir ? articleTexts(path.join(sharedDir, 'corpus')) : []), ...(sharedDir ? peerSentences(sharedDir) : [])]
    let checked = 0
    for (const text of texts) {
      for (const { start, end } of splitSentences(text)) {
        const one = text.slice(start, end)
        expect(answers(one, false), one).toEqual(answers(one, true))
        checked++
      }
    }
    expect(checked).toBeGreaterThan(300)
  })
})

function articleTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
}

/** The sentences of the check-worthiness suite in `../shared/peer` (text in the second column). */
function peerSentences(shared: string): string[] {
  const file = path.join(shared, 'peer/checkworthiness/dev.tsv')
  return readFileSync(file, 'utf8').split('\n').slice(1).map((line) => line.split('\t')[1] ?? '').filter(Boolean)
}
