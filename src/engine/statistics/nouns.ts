/**
 * The noun phrase after a figure: what is counted (`7,500 jobs`), what a
 * share is of (`52% of participating voters`), with the word lists that end it.
 */
import { SCALES, SMALL } from './lexicon.ts'
import type { Token } from './tokens.ts'

/** Words that are never part of a counted noun phrase. */
const STOP = new Set(`
a an the this that these those its their our his her my your whose which who whom what
of in on at by for with from to into onto over under about around after before since until during
within without between among amongst across through via per than as like near against toward towards
and or but nor so yet if then because while although though whereas unless whether
is are was were be been being am has have had having do does did will would shall should can could
may might must ought not no never also only just still already even ever now currently then there here next last
more most less least fewer very too quite rather much many some any each every all both either neither
he she it they we you i me him them us one ones
said says say told tell added noted according reported reports estimated estimates
`.split(/\s+/).filter(Boolean))

/** Common verbs in their `-s` form, which end a noun phrase (`turnover comes from`). */
const VERBS = new Set(`
comes goes occurs accounts remains lives works makes takes gives shows means seems appears stands falls rises
grows includes holds gets keeps leaves needs wants uses runs moves plays pays brings begins continues provides
represents contains covers employs affects involves requires faces expects plans receives earns produces sells
buys owns lacks lost died live work voted came went make take show stand fall rise grow marched gathered
took gave got won paid held told left found saw felt kept put ran set own agreed became
`.split(/\s+/).filter(Boolean))

/** Plurals that do not end in `s`, and nouns counted without a plural. */
const PLURAL_WORDS = new Set(`
people children men women police staff personnel cattle feet teeth mice geese data media crew
troops youth livestock clergy offspring aircraft sheep fish deer headcount
`.split(/\s+/).filter(Boolean))

/** `-s` words that are nouns unless an object or `to` follows (`health plans in`, but `the firm plans to`). */
const NOUN_OR_VERB = new Set(['plans', 'needs', 'uses', 'works', 'shows', 'runs', 'plays', 'costs'])
const OBJECT_STARTS = new Set(['to', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'that', 'this', 'these', 'those', 'up', 'out'])

/** Compounds whose first noun stays in the unit (`member states`, not `states`). */
const COMPOUND_UNITS = new Set(['member states', 'member countries', 'member nations', 'police officers', 'prime ministers', 'head teachers'])

/** A noun phrase: tokens `first` to `last` (exclusive) and its words without determiners. */
export interface NounPhrase {
  first: number
  last: number
  words: string[]
  /** Token index after each word (a hyphenated compound is one word of several tokens). */
  ends: number[]
}

/** Whether a word looks like a plural noun (`jobs`, `countries`, `people`). */
export function isPlural(word: string): boolean {
  const lower = word.toLowerCase()
  if (PLURAL_WORDS.has(lower)) return true
  if (word.endsWith('s') && (/^\p{Lu}{2,}s$/u.test(word) || /^\p{Lu}\p{Ll}{3,}is$/u.test(word))) return true
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is') && !/['’]s$/.test(lower)
}

/** Whether `word` may be part of a noun phrase; `next` tells a noun from a verb (`plans in` / `plans to`). */
export function isNounWord(token: Token | undefined, next?: Token): boolean {
  if (token?.kind !== 'word') return false
  const word = token.lower
  if (SMALL.has(word) || SCALES.has(word)) return false
  if (NOUN_OR_VERB.has(word)) return !OBJECT_STARTS.has(next?.lower ?? '') && next?.kind !== 'digits'
  return !STOP.has(word) && !VERBS.has(word) && !word.endsWith('ly')
}

/** A hyphen inside a compound modifier (`battery-electric`), written without spaces. */
function isCompoundHyphen(tokens: Token[], k: number): boolean {
  const hyphen = tokens[k]
  return hyphen?.text === '-' && hyphen.attached && tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.attached
}

const DETERMINERS = new Set(['all', 'the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'this', 'these', 'those', 'that'])

/**
 * The noun phrase starting at token `k` (after leading determiners when
 * `determiners` is set), at most `max` words, with a trailing verb
 * (`voters voted`, `-ing` / `-ed` words) left out.
 */
export function nounPhrase(tokens: Token[], k: number, determiners: boolean, max = 5): NounPhrase | null {
  let first = k
  if (determiners) while (DETERMINERS.has(tokens[first]?.lower ?? '') && first < k + 3) first++
  let last = first
  const words: string[] = []
  const ends: number[] = []
  while (words.length < max && !sentenceBreak(tokens, last)) {
    if (last > first && isCompoundHyphen(tokens, last) && isNounWord(tokens[last + 1], tokens[last + 2])) {
      words[words.length - 1] += '-' + tokens[last + 1]!.text
      last += 2
      ends[ends.length - 1] = last
    } else if (isCompoundHyphen(tokens, last + 1) && tokens[last]!.kind === 'word' && !STOP.has(tokens[last]!.lower)) {
      words.push(tokens[last]!.text)
      ends.push(++last)
    } else if (words.length > 0 && isPlural(words.at(-1)!) && /ing$/.test(tokens[last]?.lower ?? '')) {
      break
    } else if (isNounWord(tokens[last], tokens[last + 1])) {
      words.push(tokens[last]!.text)
      ends.push(++last)
    } else break
  }
  while (words.length > 1 && /(?:ed|ing)$/.test(words.at(-1)!.toLowerCase())) {
    words.pop()
    ends.pop()
    last = ends.at(-1)!
  }
  if (words.length === 0) return null
  if (words.length === 1 && ends[0] === first + 1 && /(?:ed|ing)$/.test(tokens[first]!.lower)) return null
  return { first: determiners ? k : first, last, words, ends }
}

/** A capitalised word after a full stop starts a new sentence. */
function sentenceBreak(tokens: Token[], k: number): boolean {
  const previous = tokens[k - 1]
  return previous?.text === '.' || previous?.text === '!' || previous?.text === '?'
}

/** The phrase cut after its last plural noun (`votes cast` → `votes`), or `null` when it has none. */
export function toPluralHead(phrase: NounPhrase): NounPhrase | null {
  for (let n = phrase.words.length - 1; n >= 0; n--) {
    if (isPlural(phrase.words[n]!)) {
      return { first: phrase.first, last: phrase.ends[n]!, words: phrase.words.slice(0, n + 1), ends: phrase.ends.slice(0, n + 1) }
    }
  }
  return null
}

/** The counted noun of a phrase: its head (`networks`), a known compound (`member states`), or `null`. */
export function countedNoun(phrase: NounPhrase): string | null {
  const words = phrase.words
  const head = words.at(-1)!
  if (!isPlural(head)) return null
  if (words.length > 1) {
    const modifier = words.at(-2)!.toLowerCase().replace(/s$/, '')
    const compound = `${modifier} ${head.toLowerCase()}`
    if (COMPOUND_UNITS.has(compound)) return compound
  }
  return head
}

/** `countries and regions`: a second plural head joined by `and` / `or`, or `null`. */
export function coordinated(tokens: Token[], phrase: NounPhrase): NounPhrase | null {
  const joiner = tokens[phrase.last]?.lower
  if (joiner !== 'and' && joiner !== 'or') return null
  const words = nounPhrase(tokens, phrase.last + 1, false, 3)
  const next = words && toPluralHead(words)
  if (!next) return null
  const after = tokens[next.last]
  if (after?.kind === 'digits') return null
  return next
}
