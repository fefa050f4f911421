/**
 * Read a number written in digits at a token: thousands separators
 * (`1,234,567`, `12,34,567`, `1 234 567`), decimals, exponents (`1.3e6`,
 * `2.5^-1`), fractions (`3/4`, `2 1/4`), digit ordinals (`21st`) and scale
 * suffixes (`10k`, `2bn`, `2.33 k`).
 */
import { ORDINAL_ENDINGS, SUFFIX_SCALES, VULGAR_FRACTIONS } from './lexicon.ts'
import type { Token } from './tokens.ts'

/** A number read from tokens `first` up to (not including) `last`. */
export interface Reading {
  first: number
  last: number
  value: number
  ordinal: boolean
  fraction: boolean
  /** The scale suffix or word applied (`k`, `bn`, `million`), else `null`. */
  suffix: string | null
}

const GROUP_SPACES = new Set([' ', '\u202f', '\u00a0'])

/** Read a digit number starting at token `i` (a digits token or a `.` before digits). */
export function readDigits(tokens: Token[], i: number, text: string): Reading | null {
  let j = i
  let literal = ''
  if (tokens[j]!.text === '.') {
    const next = tokens[j + 1]
    if (next?.kind !== 'digits' || !next.attached || (tokens[j]!.attached && tokens[j - 1]?.kind === 'digits')) return null
    literal = '0.' + next.text
    j += 2
  } else {
    const grouped = readGroups(tokens, j, text)
    literal = grouped.literal
    j = grouped.last
  }
  let value = Number(literal)
  let fraction = false
  let ordinal = false
  let suffix: string | null = null
  const next = tokens[j]
  const vulgar = next?.attached && !literal.includes('.') ? VULGAR_FRACTIONS.get(next.text) : undefined
  if (vulgar !== undefined) {
    value += vulgar
    fraction = true
    j++
  } else if (next?.attached && next.text === '/' && tokens[j + 1]?.kind === 'digits' && tokens[j + 1]!.attached && !literal.includes('.')) {
    const denominator = Number(tokens[j + 1]!.text)
    if (denominator === 0) return null
    value /= denominator
    fraction = true
    j += 2
  } else if (!literal.includes('.') && isMixedFraction(tokens, j)) {
    value += Number(tokens[j]!.text) / Number(tokens[j + 2]!.text)
    fraction = true
    j += 3
  } else {
    const exponent = readExponent(tokens, j)
    if (exponent) {
      value = exponent.power ? value ** exponent.value : value * 10 ** exponent.value
      j = exponent.last
    }
  }
  const after = tokens[j]
  if (after?.kind === 'word' && after.attached && !fraction) {
    if (ORDINAL_ENDINGS.has(after.lower) && /^\d+$/.test(literal)) {
      ordinal = true
      j++
    } else if (SUFFIX_SCALES.has(after.text)) {
      value *= SUFFIX_SCALES.get(after.text)!
      suffix = after.text
      j++
    } else if (SUFFIX_SCALES.has(after.lower) && after.lower.length > 2) {
      value *= SUFFIX_SCALES.get(after.lower)!
      suffix = after.lower
      j++
    }
  } else if (after?.kind === 'word' && !after.attached && /^[kKMG]$/.test(after.text) && !isWord(tokens[j + 1], true)) {
    value *= SUFFIX_SCALES.get(after.text)!
    suffix = after.text
    j++
  }
  return { first: i, last: j, value, ordinal, fraction, suffix }
}

function isWord(token: Token | undefined, attachedOnly = false): boolean {
  return token?.kind === 'word' && (!attachedOnly || token.attached)
}

/** Digits with separators: returns the normalised literal and the next token index. */
function readGroups(tokens: Token[], i: number, text: string): { literal: string; last: number } {
  if (isListed(tokens, i)) return { literal: tokens[i]!.text, last: i + 1 }
  const groups = [tokens[i]!.text]
  const separators: string[] = []
  let j = i + 1
  while (tokens[j]?.attached && (tokens[j]!.text === ',' || tokens[j]!.text === '.') && tokens[j + 1]?.kind === 'digits' && tokens[j + 1]!.attached) {
    separators.push(tokens[j]!.text)
    groups.push(tokens[j + 1]!.text)
    j += 2
  }
  if (separators.length === 0) return readSpacedGroups(tokens, i, text)
  const dot = separators.indexOf('.')
  const commaCount = dot === -1 ? separators.length : dot
  if (dot !== -1 && separators.lastIndexOf('.') !== dot) return { literal: groups[0]!, last: i + 1 }
  if (dot !== -1 && separators.slice(dot).includes(',')) return { literal: groups[0]!, last: i + 1 }
  const integerGroups = groups.slice(0, commaCount + 1)
  const decimals = dot === -1 ? '' : '.' + groups[dot + 1]
  if (commaCount === 0) return { literal: groups[0]! + decimals, last: j }
  if (isThousands(integerGroups) || isIndian(integerGroups)) return { literal: integerGroups.join('') + decimals, last: j }
  const listed = isListed(tokens, i)
  if (commaCount === 1 && dot === -1 && !listed) return { literal: `${groups[0]}.${groups[1]}`, last: j }
  return { literal: groups[0]!, last: i + 1 }
}

/** `1 234 567`: groups of three after one to three digits, one kind of space between. */
function readSpacedGroups(tokens: Token[], i: number, text: string): { literal: string; last: number } {
  let literal = tokens[i]!.text
  let j = i + 1
  if (literal.length <= 3) {
    const space = text[tokens[i]!.end]
    while (
      space !== undefined && GROUP_SPACES.has(space) && tokens[j]?.kind === 'digits' && tokens[j]!.text.length === 3 &&
      tokens[j]!.start === tokens[j - 1]!.end + 1 && text[tokens[j]!.start - 1] === space
    ) {
      literal += tokens[j]!.text
      j++
    }
  }
  if (tokens[j]?.text === '.' && tokens[j]!.attached && tokens[j + 1]?.kind === 'digits' && tokens[j + 1]!.attached && !isListed(tokens, i)) {
    literal += '.' + tokens[j + 1]!.text
    j += 2
  }
  return { literal, last: j }
}

/** Digits right after `22,` or `192.`: one item of a list, not a decimal part. */
function isListed(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]
  return tokens[i]!.attached && (before?.text === ',' || before?.text === '.') && before.attached && tokens[i - 2]?.kind === 'digits'
}

function isThousands(groups: string[]): boolean {
  return groups[0]!.length <= 3 && groups.slice(1).every((group) => group.length === 3)
}

function isIndian(groups: string[]): boolean {
  return groups.length > 2 && groups[0]!.length <= 2 && groups.at(-1)!.length === 3 &&
    groups.slice(1, -1).every((group) => group.length === 2)
}

function isMixedFraction(tokens: Token[], j: number): boolean {
  const [whole, slash, denominator] = [tokens[j], tokens[j + 1], tokens[j + 2]]
  return whole?.kind === 'digits' && !whole.attached && slash?.text === '/' && slash.attached &&
    denominator?.kind === 'digits' && denominator.attached && Number(whole.text) < Number(denominator.text)
}

/** `e10`, `e-1`, `^23`, `^-1`, `^--23` right after the digits. */
function readExponent(tokens: Token[], j: number): { value: number; power: boolean; last: number } | null {
  const mark = tokens[j]
  if (!mark?.attached) return null
  const power = mark.text === '^'
  if (!power && mark.lower !== 'e') return null
  let k = j + 1
  let sign = 1
  while (tokens[k]?.attached && (tokens[k]!.text === '-' || tokens[k]!.text === '+')) {
    if (tokens[k]!.text === '-') sign = -sign
    k++
  }
  const digits = tokens[k]
  if (digits?.kind !== 'digits' || !digits.attached) return null
  let literal = digits.text
  let last = k + 1
  if (tokens[last]?.text === '.' && tokens[last]!.attached && tokens[last + 1]?.kind === 'digits') {
    literal += '.' + tokens[last + 1]!.text
    last += 2
  }
  return { value: sign * Number(literal), power, last }
}
