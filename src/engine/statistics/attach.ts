/**
 * Attach units to a number: a currency sign before it (`US$3.4 trillion`),
 * a unit after it (`2 billion pounds`, `3-inch`, `20 (kg)`, `85°`), an age
 * (`19-year-old`) or a percent sign.
 */
import type { NumberMention } from './numbers.ts'
import type { Token } from './tokens.ts'
import { indexUnits, matchUnit, PREFIX_UNITS, SUFFIX_UNITS, type Unit } from './units.ts'

const prefixIndex = indexUnits(PREFIX_UNITS)
const suffixIndexes = {
  currency: indexUnits(SUFFIX_UNITS.filter((unit) => unit.kind === 'currency')),
  dimension: indexUnits(SUFFIX_UNITS.filter((unit) => unit.kind === 'dimension')),
  temperature: indexUnits(SUFFIX_UNITS.filter((unit) => unit.kind === 'temperature'))
}
const OPENING = new Map([['(', ')'], ['[', ']'], ['{', '}'], ['<', '>']])
const CLOSING = new Set([')', ']', '}', '>'])
const MONEY_SCALES = new Map([['m', 1e6], ['mn', 1e6], ['mm', 1e6], ['MM', 1e6]])

/** A unit found next to a number: tokens `first` to `last` (exclusive) cover number and unit. */
export interface Attached {
  unit: Unit
  first: number
  last: number
  /** The value after money scales such as `$5m`. */
  value: number
}

/** The number of tokens of a currency sign or code starting at token `k` (`US $` → 2), or 0. */
export function currencySignAt(tokens: Token[], k: number): number {
  const match = matchUnit(prefixIndex, tokens, k)
  return match ? match.last - k : 0
}

/** The ISO 4217 code of a currency name starting at token `k` (`dollars`, `U.S. dollars`), with its end, or `null`. */
export function currencyAt(tokens: Token[], k: number): { iso: string; last: number } | null {
  const match = matchUnit(suffixIndexes.currency, tokens, k)
  return match?.unit.iso ? { iso: match.unit.iso, last: match.last } : null
}

/** A currency sign or code right before the number (`$`, `US $`, `£`, `C$`). */
export function currencyBefore(tokens: Token[], mention: NumberMention): Attached | null {
  for (let size = 4; size >= 1; size--) {
    const start = mention.first - size
    if (start < 0) continue
    const match = matchUnit(prefixIndex, tokens, start)
    if (match && match.last === mention.first && !(start > 0 && tokens[start]!.attached && tokens[start - 1]!.kind === 'word')) {
      const scale = tokens[mention.last]
      if (scale?.attached && MONEY_SCALES.has(scale.text) && !continues(tokens, mention.last + 1)) {
        return { unit: match.unit, first: start, last: mention.last + 1, value: mention.value * MONEY_SCALES.get(scale.text)! }
      }
      return { unit: match.unit, first: start, last: mention.last, value: mention.value }
    }
  }
  return null
}

function continues(tokens: Token[], k: number): boolean {
  return tokens[k] !== undefined && tokens[k]!.attached && tokens[k]!.kind !== 'symbol'
}

/** A unit of `kind` right after the number: `5 km`, `3-inch`, `20 (kg)`, `85°`, `10 us dollar`. */
export function unitAfter(tokens: Token[], mention: NumberMention, kind: keyof typeof suffixIndexes): Attached | null {
  const index = suffixIndexes[kind]
  let k = mention.last
  const next = tokens[k]
  if (!next) return null
  if (next.text === '-' && next.attached && tokens[k + 1]?.attached) k++
  const close = OPENING.get(tokens[k]!.text)
  if (close) {
    const inner = matchUnit(index, tokens, k + 1)
    const end = inner && tokens[inner.last]
    if (inner && end && CLOSING.has(end.text)) return { unit: inner.unit, first: mention.first, last: inner.last + 1, value: mention.value }
    return null
  }
  const match = matchUnit(index, tokens, k)
  if (!match) return null
  return { unit: match.unit, first: mention.first, last: match.last, value: mention.value }
}

const AGE_UNITS = new Map([['year', 'Year'], ['years', 'Year'], ['month', 'Month'], ['months', 'Month'], ['week', 'Week'],
  ['weeks', 'Week'], ['day', 'Day'], ['days', 'Day']])

/** `29 years old`, `19-year-old`, `95 years of age`, `90 day old`. */
export function ageAfter(tokens: Token[], mention: NumberMention): { unit: string; last: number } | null {
  let k = mention.last
  if (tokens[k]?.text === '-') k++
  const unit = AGE_UNITS.get(tokens[k]?.lower ?? '')
  if (!unit) return null
  k++
  if (tokens[k]?.text === '-') k++
  if (tokens[k]?.lower === 'old') return { unit, last: k + 1 }
  if (tokens[k]?.lower === 'of' && tokens[k + 1]?.lower === 'age') return { unit, last: k + 2 }
  return null
}

const PERCENT_WORDS = [
  ['percentage', 'points'], ['percentage', 'point'], ['%'], ['percent'], ['per', 'cent'], ['percentage'], ['percents'], ['pct'], ['pc']
]

/** `52%`, `16 percent`, `4 per cent`: the token after the percent word, or `null`. */
export function percentAfter(tokens: Token[], mention: NumberMention): number | null {
  for (const words of PERCENT_WORDS) {
    if (words.every((word, n) => tokens[mention.last + n]?.lower === word)) {
      if (words[0] === 'pc' && !tokens[mention.last]!.attached) continue
      return mention.last + words.length
    }
  }
  return null
}

/** `percent of 10`, `per cent of twenty-two`: the first token of the percent words before the number. */
export function percentBefore(tokens: Token[], mention: NumberMention): number | null {
  const of = mention.first - 1
  if (tokens[of]?.lower !== 'of') return null
  const word = tokens[of - 1]?.lower
  if (word === 'percent' || word === 'percents') return of - 1
  if (word === 'cent' && tokens[of - 2]?.lower === 'per') return of - 2
  return null
}
