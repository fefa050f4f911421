/**
 * Rates per head of a population: `9.4 cases per 100,000 people`,
 * `3.9 per 100,000`, `12 deaths per 1,000 live births`.
 */
import { countedNoun, nounPhrase, toPluralHead } from './nouns.ts'
import type { MentionIndex } from './numbers.ts'
import type { Shape } from './shape.ts'
import type { Token } from './tokens.ts'

/** Base of a rate per head: `per 1,000`, `per 100,000`; at least ten. */
const MIN_BASE = 10

/** `per 100,000 people` at token `k`: the base as written with its counted noun, and the token after it. */
export function perBase(tokens: Token[], byFirst: MentionIndex, k: number, text: string): { base: string; last: number } | null {
  if (tokens[k]?.lower !== 'per') return null
  const base = byFirst.get(k + 1)
  if (!base || base.value < MIN_BASE || base.fraction || base.ordinal) return null
  const written = text.slice(tokens[base.first]!.start, tokens[base.last - 1]!.end)
  const words = nounPhrase(tokens, base.last, false, 3)
  const phrase = words && (toPluralHead(words) ?? words)
  const noun = phrase && countedNoun(phrase)
  return phrase && noun ? { base: `${written} ${noun}`, last: phrase.last } : { base: written, last: base.last }
}

/** A count followed by `per 100,000 people` becomes a rate: `cases per 100,000 people`. */
export function perHead(tokens: Token[], byFirst: MentionIndex, shape: Shape, text: string): Shape {
  const per = perBase(tokens, byFirst, shape.last, text)
  return per ? { ...shape, kind: 'rate', unit: `${shape.unit} per ${per.base}`, last: per.last } : shape
}
