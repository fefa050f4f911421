/**
 * Read a number written in words at a token: cardinals (`twenty-one
 * trillion and three hundred`), `a dozen`, decimals (`two hundred point zero
 * three`), fractions (`two thirds`, `one and a half`, `five - eighths`) and
 * ordinals (`twenty-first`).
 */
import type { Reading } from './digits.ts'
import { DENOMINATORS, ORDINALS, SCALES, SMALL } from './lexicon.ts'
import { SievedSet } from './sieve.ts'
import type { Token } from './tokens.ts'

const DOZENS = new Set(['dozen', 'dozens', 'dzs', 'dozs'])

/** The words a number in words can start with; `readWords` reads nothing at any other word. */
export const FIRST_WORDS: ReadonlySet<string> = new Set([...SMALL.keys(), ...ORDINALS.keys(), 'a', 'an', 'half', 'quarter'])

type Last = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and'

interface State {
  total: number
  group: number
  /** The part of `group` after its hundreds, for `dozen`. */
  small: number
  last: Last
  lastScale: number
  /** Value and token index where an `and` after hundreds started, for `one hundred and three quarters`. */
  andValue: number | null
  /** The value before the last tens word, when that word may start a compound ordinal. */
  tensBefore: number | null
}

/**
 * Words that can follow `a` / `an` in a number (`a dozen`, `a third`, `a twenty-fifth`, `a half`): number words,
 * scales, dozens, denominators, ordinals and their plurals. A superset is harmless: it only decides whether
 * `readWords` reads on.
 */
const AFTER_ARTICLE = new SievedSet([
  ...SMALL.keys(), ...SCALES.keys(), ...DOZENS, ...DENOMINATORS.keys(), ...ORDINALS.keys(), ...[...ORDINALS.keys()].map((word) => `${word}s`)
])

/** Read a number in words starting at token `i`. */
export function readWords(tokens: Token[], i: number): Reading | null {
  const token = tokens[i]
  if (token?.kind !== 'word' || !FIRST_WORDS.has(token.lower)) return null
  // `a` and `an` are the most common first words, and mostly start no number: settle those with one look-up.
  if ((token.lower === 'a' || token.lower === 'an') && !continuesArticle(tokens[i + 1])) return null
  const halfOf = halfScale(tokens, token.lower === 'a' || token.lower === 'an' ? i + 1 : i)
  if (halfOf) return { ...halfOf, first: i }
  if (token.lower === 'half') return { first: i, last: i + 1, value: 0.5, ordinal: false, fraction: true, suffix: null }
  if (token.lower === 'quarter') return null
  const ordinal = ORDINALS.get(token.lower)
  if (ordinal !== undefined && !(tokens[i + 1]?.text === '-' && SMALL.has(tokens[i + 2]?.lower ?? ''))) return { first: i, last: i + 1, value: ordinal, ordinal: true, fraction: false, suffix: null }
  const state: State = { total: 0, group: 0, small: 0, last: 'none', lastScale: 0, andValue: null, tensBefore: null }
  let best: Reading | null = null
  let j = i
  while (j < tokens.length) {
    const t = tokens[j]!
    if (t.text === '-' && state.last !== 'none' && tokens[j + 1]?.kind === 'word' && hyphenContinues(state, tokens[j + 1]!.lower)) {
      j++
      continue
    }
    if (t.kind !== 'word') break
    const w = t.lower
    const denominator = denominatorOf(w) ?? (state.last === 'tens' ? unitOrdinal(w) : null)
    if (SMALL.has(w)) {
      const compound = compoundDenominator(tokens, j, state)
      if (compound) return { first: i, last: compound.last, value: compound.value, ordinal: false, fraction: true, suffix: null }
      if (!addSmall(state, SMALL.get(w)!)) break
    } else if (w === 'hundred' || w === 'hundreds') {
      if (state.last === 'none' || state.last === 'hundred' || state.last === 'and' || state.group >= 100) break
      state.group = (state.group || 1) * 100
      state.small = 0
      state.last = 'hundred'
    } else if (SCALES.has(w)) {
      const scale = SCALES.get(w)!
      if (state.last === 'and' || state.last === 'none') break
      if (state.last === 'scale' && state.group === 0 && scale > state.lastScale) state.total *= scale
      else if (state.last === 'scale' && state.group === 0) break
      else state.total += (state.group || 1) * scale
      state.group = 0
      state.small = 0
      state.last = 'scale'
      state.lastScale = scale
    } else if (DOZENS.has(w)) {
      if (state.last === 'none' || state.last === 'and') break
      state.group = state.small ? state.group - state.small + state.small * 12 : (state.group || 1) * 12
      state.small = 0
      state.last = 'hundred'
    } else if ((w === 'a' || w === 'an') && state.last === 'none') {
      state.group = 1
      state.last = 'a'
    } else if (w === 'and' && state.last !== 'none' && state.last !== 'a' && state.last !== 'and') {
      if (state.last === 'hundred' || state.last === 'scale') {
        state.andValue = state.total + state.group
        state.last = 'and'
      } else {
        const rest = readWords(tokens, j + 1)
        if (rest?.fraction && !rest.ordinal) {
          const scale = SCALES.get(tokens[rest.last]?.lower ?? '')
          const value = state.total + state.group + rest.value
          if (scale && scale > 100) return { first: i, last: rest.last + 1, value: value * scale, ordinal: false, fraction: false, suffix: tokens[rest.last]!.lower }
          return { first: i, last: rest.last, value, ordinal: false, fraction: true, suffix: null }
        }
        break
      }
    } else if (denominator !== null && state.andValue !== null && DENOMINATORS.has(w) && state.last !== 'and') {
      const numerator = state.total + state.group - state.andValue
      return { first: i, last: j + 1, value: state.andValue + numerator / denominator, ordinal: false, fraction: true, suffix: null }
    } else if (denominator !== null && state.last !== 'and' && state.last !== 'none') {
      const fraction = finishFraction(state, denominator, w, i, j)
      if (!fraction) break
      return fraction
    } else if (w === 'point' && state.last !== 'none' && state.last !== 'a' && state.last !== 'and') {
      const decimals = readDecimals(tokens, j + 1)
      if (!decimals) break
      return { first: i, last: decimals.last, value: state.total + state.group + Number('0.' + decimals.digits), ordinal: false, fraction: false, suffix: null }
    } else {
      break
    }
    j++
    if (state.last !== 'a' && state.last !== 'and') {
      best = { first: i, last: j, value: state.total + state.group, ordinal: false, fraction: false, suffix: null }
    }
  }
  return best
}

/** Whether `next`, after `a` or `an`, may continue a number: a word of `AFTER_ARTICLE` or a hyphen. */
function continuesArticle(next: Token | undefined): boolean {
  if (next === undefined) return false
  return next.kind === 'word' ? AFTER_ARTICLE.hasToken(next) : next.text === '-'
}

/** `half a dozen` → 6, `half a million` → 500,000, `quarter million` → 250,000. */
function halfScale(tokens: Token[], i: number): Reading | null {
  const part = tokens[i]?.lower === 'half' ? 0.5 : tokens[i]?.lower === 'quarter' ? 0.25 : 0
  if (!part) return null
  const k = tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an' ? i + 2 : i + 1
  const word = tokens[k]?.lower ?? ''
  const scale = DOZENS.has(word) ? 12 : SCALES.get(word)
  if (scale === undefined || word.endsWith('s') || (scale === 100 && k === i + 1)) return null
  return { first: i, last: k + 1, value: scale * part, ordinal: false, fraction: false, suffix: word }
}

function hyphenContinues(state: State, next: string): boolean {
  if (denominatorOf(next) !== null || (state.last === 'tens' && unitOrdinal(next) !== null)) return true
  const value = SMALL.get(next)
  return state.last === 'tens' && value !== undefined && value > 0 && value < 10
}

function addSmall(state: State, value: number): boolean {
  const { last } = state
  if (last === 'tens' && value > 0 && value < 10) {
    state.group += value
    state.small += value
    state.last = 'unit'
    return true
  }
  if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'a') return false
  state.tensBefore = last === 'and' ? null : state.total + state.group
  state.group += value
  state.small = value
  state.last = value < 10 ? 'unit' : value < 20 ? 'teen' : 'tens'
  return true
}

/** `one twenty-fifth`, `three twenty firsts`: a tens word that cannot join the number before it. */
function compoundDenominator(tokens: Token[], j: number, state: State): { value: number; last: number } | null {
  const tens = SMALL.get(tokens[j]!.lower)!
  if (tens < 20 || tens % 10 !== 0 || !['unit', 'teen', 'tens', 'a'].includes(state.last)) return null
  const k = tokens[j + 1]?.text === '-' ? j + 2 : j + 1
  const word = tokens[k]
  if (word?.kind !== 'word' || DENOMINATORS.has(word.lower)) return null
  const unit = unitOrdinal(word.lower)
  if (unit === null) return null
  return { value: (state.total + state.group) / (tens + unit), last: k + 1 }
}

/** `first` … `ninth` and their plurals as a number, else `null`. */
function unitOrdinal(word: string): number | null {
  const value = ORDINALS.get(word.endsWith('s') ? word.slice(0, -1) : word)
  return value !== undefined && value < 10 ? value : null
}

/** The denominator a word names (`thirds` → 3, `half` → 2), or `null`. */
function denominatorOf(word: string): number | null {
  const denominator = DENOMINATORS.get(word)
  if (denominator !== undefined) return denominator
  const singular = word.endsWith('s') ? word.slice(0, -1) : word
  const ordinal = ORDINALS.get(singular)
  return ordinal !== undefined && singular !== 'second' && singular !== 'first' ? ordinal : null
}

function finishFraction(state: State, denominator: number, word: string, i: number, j: number): Reading | null {
  const numerator = state.total + state.group
  const last = j + 1
  if (state.last === 'tens' && state.tensBefore !== null && denominator < 10 && !DENOMINATORS.has(word)) {
    const tens = state.small
    const before = state.tensBefore
    if (before === 0) {
      const singular = !word.endsWith('s')
      if (singular) return { first: i, last, value: tens + denominator, ordinal: true, fraction: false, suffix: null }
      return { first: i, last, value: tens / denominator, ordinal: false, fraction: true, suffix: null }
    }
    return { first: i, last, value: before / (tens + denominator), ordinal: false, fraction: true, suffix: null }
  }
  if (numerator > 1 && !word.endsWith('s') && !DENOMINATORS.has(word)) return null
  return { first: i, last, value: numerator / denominator, ordinal: false, fraction: true, suffix: null }
}

/** Digits after `point`: `zero three` → "03", `seventy-one` → "71". */
function readDecimals(tokens: Token[], i: number): { digits: string; last: number } | null {
  let digits = ''
  let j = i
  while (tokens[j]?.kind === 'word') {
    const value = SMALL.get(tokens[j]!.lower)
    if (value === undefined) break
    if (value >= 20 && tokens[j + 1]?.text === '-' && SMALL.has(tokens[j + 2]?.lower ?? '')) {
      digits += String(value + SMALL.get(tokens[j + 2]!.lower)!)
      j += 3
    } else {
      digits += String(value)
      j++
    }
  }
  return digits ? { digits, last: j } : null
}
