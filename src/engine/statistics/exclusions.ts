/**
 * Numbers that are never statistics: names with digits (`5G`, `COVID-19`,
 * `Boeing 737`, `Article 50`, `Group of Seven`), dates and years, clock
 * times, page and section numbers, phone numbers.
 */
import { currencySignAt } from './attach.ts'
import { startsLower, startsUpper } from './cases.ts'
import type { NumberMention } from './numbers.ts'
import type { Token } from './tokens.ts'

/** Month names and abbreviations, lower case. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

/** Words before a number that make it a label (`page 12`, `No. 10`, `section 3`). */
const LABELS = new Set(`
page pages p pp section sections article articles chapter chapters paragraph clause room flight route line platform
gate no nos number exit junction highway interstate version level episode season volume vol issue figure fig table
step item rule resolution amendment bus tier grade class model size act psalm verse
`.split(/\s+/).filter(Boolean))

/** Capitalised words before a number that still measure it (`Aged 45`, `Magnitude 6.1`). */
const AGE_WORDS = new Set(['aged', 'age', 'magnitude'])

/** Words after a number that make it a clock time or a date (`8:30 p.m.`, `1800 UTC`). */
const TIME_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'o’clock', "o'clock", 'utc', 'gmt', 'bst', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'hrs', 'h'])
/** What comes before the period of a dotted time word (`a` of `a.m`): only after one can the dotted form match. */
const DOTTED_TIME_HEADS: ReadonlySet<string> = new Set([...TIME_WORDS].filter((word) => word.includes('.')).map((word) => word.split('.')[0]!))

/** Words before a year (`in 2019`, `since 1995`, `mid-2019`). */
const YEAR_LEADS = new Set(['in', 'since', 'of', 'by', 'from', 'until', 'till', 'to', 'and', 'the', 'year', 'mid', 'early', 'late', 'before', 'after', 'during', 'between', 'through', 'fiscal', 'for', 'circa', 'c', 'spring', 'summer', 'autumn', 'fall', 'winter'])

/** `the second half of the year`, `the first quarter`: a part of a period named by its place, not a fraction. */
const PERIOD_PARTS = new Set(['half', 'quarter'])
const PERIOD_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'latest', 'opening', 'closing', 'previous', 'same'])

const SENTENCE_ENDS = new Set(['.', '!', '?', '“', '"', '‘', '(', '#', ':', '—', '–', '-', '*', '>'])

/** Whether token `k` starts a sentence, a heading or a quotation. */
function startsSentence(tokens: Token[], k: number, text: string): boolean {
  const previous = tokens[k - 1]
  if (!previous) return true
  if (text.slice(previous.end, tokens[k]!.start).includes('\n')) return true
  return SENTENCE_ENDS.has(previous.text)
}

/** Whether the number is a name, label, date, year, time or phone number rather than a quantity. */
export function isNeverStatistic(tokens: Token[], mention: NumberMention, text: string): boolean {
  const first = tokens[mention.first]!
  const before = tokens[mention.first - 1]
  const after = tokens[mention.last]
  if (mention.glued || mention.suffix === 'G' || mention.suffix === 'g') return true
  if (after?.attached && (after.text === ':' || after.text === '/') && tokens[mention.last + 1]?.kind === 'digits') return true
  if (before?.text === '+' || (before?.text === '#' && first.attached)) return true
  if ((before?.text === '’' || before?.text === "'") && first.attached && first.text.length === 2 && mention.last === mention.first + 1) return true
  if (before && isLabel(tokens, mention.first - 1, text) && first.kind === 'digits' && !isPossessiveFigure(tokens, mention)) return true
  if (first.kind === 'word' && startsUpper(first.text) && !startsSentence(tokens, mention.first, text)) return true
  if (isDate(tokens, mention)) return true
  if (PERIOD_PARTS.has(first.lower) && PERIOD_ORDINALS.has(before?.lower ?? '')) return true
  const afterWord = after?.lower ?? ''
  if (TIME_WORDS.has(afterWord) || (DOTTED_TIME_HEADS.has(afterWord) && TIME_WORDS.has(`${afterWord}.${tokens[mention.last + 2]?.lower}`))) return true
  return false
}

/** `Article 50`, `Boeing 737`, `page 12`: a label word or a capitalised name right before the digits. */
function isLabel(tokens: Token[], k: number, text: string): boolean {
  const word = tokens[k]!
  if (word.kind !== 'word') return word.text === '.' && tokens[k - 1]?.lower === 'no'
  if (LABELS.has(word.lower)) return true
  if (currencySignAt(tokens, k) > 0) return false
  if (startsLower(word.text) && /^\p{Ll}+\p{Lu}/u.test(word.text)) return true
  return startsUpper(word.text) && !startsSentence(tokens, k, text) && !MONTHS.has(word.lower) && !AGE_WORDS.has(word.lower)
}

/** `the Union's 3% limit`, `Japan’s 125 million people`: a figure after a possessive name, not a model number. */
function isPossessiveFigure(tokens: Token[], mention: NumberMention): boolean {
  if (!/['’]s$/.test(tokens[mention.first - 1]!.text)) return false
  const after = tokens[mention.last]
  return after !== undefined && (after.text === '%' || startsLower(after.text))
}

/** A day next to a month (`March 3`, `3 March`, `3rd of March`). */
function isDate(tokens: Token[], mention: NumberMention): boolean {
  if (mention.value < 1 || mention.value > 31 || !Number.isInteger(mention.value)) return false
  const before = tokens[mention.first - 1]?.lower ?? ''
  const after = tokens[mention.last]?.lower ?? ''
  const afterOf = after === 'of' ? tokens[mention.last + 1]?.lower ?? '' : after
  return MONTHS.has(before) || MONTHS.has(afterOf)
}

/** A year used as a date: four digits from 1800 to 2099, without separators or scale. */
export function isYear(tokens: Token[], mention: NumberMention): boolean {
  const token = tokens[mention.first]!
  if (token.kind !== 'digits' || token.text.length !== 4 || mention.last !== mention.first + 1) return false
  if (mention.value < 1800 || mention.value > 2099) return false
  const before = tokens[mention.first - 1]
  return !before || YEAR_LEADS.has(before.lower) || MONTHS.has(before.lower) || before.kind !== 'word' || startsUpper(before.text)
}
