/**
 * Every number in a text, in digits or words, with its sign, scale words
 * (`2 million`, `13 lakh`) and `over` / `out of` fractions: one left-to-right
 * pass over the tokens.
 */
import { readDigits, type Reading } from './digits.ts'
import { NEGATIONS, SCALES, SUFFIX_SCALES, VULGAR_FRACTIONS } from './lexicon.ts'
import { SievedSet } from './sieve.ts'
import type { Token } from './tokens.ts'
import { FIRST_WORDS, readWords } from './words.ts'

/** A number found in the text; `first`/`last` index its tokens (`last` exclusive). */
export interface NumberMention extends Reading {
  start: number
  end: number
  /** Written (at least partly) in words. */
  words: boolean
  /** Glued to a word or code before it (`XC90`, `G7`, `COVID-19`). */
  glued: boolean
}

/** Mentions by the index of their first token: a typed array of slots instead of a `Map` with number keys. */
export class MentionIndex {
  /** The mentions, in order. */
  readonly list: readonly NumberMention[]
  /** One more than the position in `list` of the mention starting at each token, 0 where none starts. */
  private readonly slots: Int32Array

  constructor(mentions: readonly NumberMention[], tokenCount: number) {
    this.list = mentions
    this.slots = new Int32Array(tokenCount)
    mentions.forEach((mention, n) => {
      this.slots[mention.first] = n + 1
    })
  }

  /** The mention starting at token `t`, if any. */
  get(t: number): NumberMention | undefined {
    const slot = t >= 0 && t < this.slots.length ? this.slots[t]! : 0
    return slot === 0 ? undefined : this.list[slot - 1]
  }

  /** Whether a mention starts at token `t`. */
  has(t: number): boolean {
    return t >= 0 && t < this.slots.length && this.slots[t] !== 0
  }
}

/** All numbers in `tokens`, in order and non-overlapping. */
export function scanNumbers(tokens: Token[], text: string): NumberMention[] {
  const mentions: NumberMention[] = []
  let i = 0
  while (i < tokens.length) {
    // Most tokens cannot start a number: test them here rather than in a call.
    const mention = canStart(tokens[i]!) ? readNumber(tokens, i, text) : null
    if (mention) {
      mentions.push(mention)
      i = mention.last
    } else {
      i++
    }
  }
  return mentions
}

/** The number starting at token `i`, or `null`. */
export function readNumber(tokens: Token[], i: number, text: string): NumberMention | null {
  const token = tokens[i]!
  if (!canStart(token)) return null
  let sign = 1
  let j = i
  if (NEGATIONS.has(token.lower) && tokens[i + 1]) {
    sign = -1
    j = i + 1
  } else if (token.text === '-' && isSign(tokens, i)) {
    sign = -1
    j = i + 1
  }
  const start = tokens[j]!
  const digits = start.kind === 'digits' || start.text === '.'
  const vulgar = start.kind === 'symbol' ? VULGAR_FRACTIONS.get(start.text) : undefined
  let reading = vulgar !== undefined
    ? { first: j, last: j + 1, value: vulgar, ordinal: false, fraction: true, suffix: null }
    : digits ? readDigits(tokens, j, text) : readWords(tokens, j)
  if (!reading) return null
  if (digits && !reading.fraction && !reading.ordinal && reading.suffix === null) reading = withScaleWords(tokens, reading)
  reading = withDivision(tokens, reading, text)
  const previous = tokens[i - 1]
  const glued = sign === 1 && previous !== undefined && start.attached &&
    (previous.kind === 'word' || (previous.text === '-' && previous.attached && tokens[i - 2]?.kind === 'word' && /\p{Lu}/u.test(tokens[i - 2]!.text)))
  return {
    first: i,
    last: reading.last,
    value: sign * reading.value,
    ordinal: reading.ordinal,
    fraction: reading.fraction,
    suffix: reading.suffix,
    start: token.start,
    end: tokens[reading.last - 1]!.end,
    words: !digits,
    glued
  }
}

/** The words a number can start with: number words and negations, one look-up for both. */
const STARTING_WORDS = new SievedSet([...FIRST_WORDS, ...NEGATIONS])

/** Whether a number can start at `token`: digits, a sign, a point, a vulgar fraction or a number word. */
function canStart(token: Token): boolean {
  if (token.kind === 'digits') return true
  if (token.kind === 'word') return STARTING_WORDS.hasToken(token)
  return token.text === '.' || token.text === '-' || VULGAR_FRACTIONS.has(token.text)
}

/** A `-` is a minus sign when it starts the text or follows a symbol, and digits come right after. */
function isSign(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (next?.kind !== 'digits' && next?.text !== '.') return false
  const previous = tokens[i - 1]
  if (!next.attached) return previous === undefined
  return previous === undefined || !tokens[i]!.attached || previous.kind === 'symbol' && !/[\d)\]]/.test(previous.text)
}

/** `2 million`, `1,674.5 million`, `322 hundred`, `3 dozens`, `three lakh crore`. */
function withScaleWords(tokens: Token[], reading: Reading): Reading {
  let { value, last } = reading
  let suffix: string | null = null
  while (tokens[last]?.kind === 'word' || (tokens[last]?.text === '-' && tokens[last]!.attached && tokens[last + 1]?.attached && SCALES.has(tokens[last + 1]!.lower))) {
    if (tokens[last]!.text === '-') last++
    const word = tokens[last]!.lower
    const scale = SCALES.get(word) ?? (word.length > 1 && word !== 'mn' ? SUFFIX_SCALES.get(word) : undefined)
    if (scale === undefined) break
    value *= scale
    suffix = word
    last++
  }
  return suffix === null ? reading : { ...reading, value, last, suffix }
}

/** `one over three`, `1 over 3`, `one out of three`: a fraction when the divisor ends the phrase. */
function withDivision(tokens: Token[], reading: Reading, text: string): Reading {
  if (reading.fraction || reading.ordinal) return reading
  const word = tokens[reading.last]?.lower
  let k = reading.last + 1
  if (word === 'out' && tokens[k]?.lower === 'of') k++
  else if (word !== 'over' && word !== 'in') return reading
  if (!tokens[k]) return reading
  const divisor = readNumber(tokens, k, text)
  if (!divisor || divisor.value === 0 || divisor.fraction || divisor.ordinal) return reading
  if (word === 'over' && tokens[divisor.last]?.kind === 'word') return reading
  if (word === 'in' && !isOneIn(reading.value, divisor, tokens)) return reading
  return { ...reading, value: reading.value / divisor.value, last: divisor.last, fraction: true, suffix: null }
}

/** `one in five adults`, `2 in 5 or more`: a whole number before a larger one of at most 1000, then a word. */
function isOneIn(numerator: number, divisor: NumberMention, tokens: Token[]): boolean {
  return Number.isInteger(numerator) && numerator >= 1 && Number.isInteger(divisor.value) && divisor.value > numerator &&
    divisor.value <= 1000 && tokens[divisor.last]?.kind === 'word'
}
