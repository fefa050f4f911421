/**
 * Counts: a number and the noun it counts (`7,500 jobs`, `170 countries and
 * regions`, `a 55-member bloc`, `two of the victims`), or the noun it stands
 * for when the text leaves it out (`27 have ratified`, `30 others`).
 */
import type { StatisticKind } from '../types.ts'
import { changedBefore, changedBeforeTo } from './changes.ts'
import { SCALES } from './lexicon.ts'
import { coordinated, countedNoun, isPlural, nounPhrase, toPluralHead } from './nouns.ts'
import type { NumberMention } from './numbers.ts'
import { perBase, perHead } from './perhead.ts'
import { indexPhrases, phraseBefore, PREFIXES } from './qualifiers.ts'
import { COMPARATIVES, type Context, inherited, type Shape, withRate } from './shape.ts'
import type { Token } from './tokens.ts'

/** Words after a bare number that show it stands for a noun said before (`27 have ratified`). */
const ELLIPSIS_VERBS = new Set(['have', 'has', 'had', 'are', 'were', 'was', 'will', 'would', 'did', 'do', 'remain', 'remained', 'strong'])
/** `7,500 jobs`, `170 countries and regions`, `a 55-member bloc`, `2000 Thai and 74 Malaysian stores`, `27 have`. */
export function countShape(context: Context, mention: NumberMention, tail: NumberMention): Shape | null {
  const { tokens } = context
  const k = tail.last
  if (tokens[k]?.text === '-' && tokens[k]!.attached && tokens[k + 1]?.attached && tokens[k + 1]!.kind === 'word' && !isPlural(tokens[k + 1]!.text)) {
    const noun = tokens[k + 1]!.lower
    if (tokens[k + 2]?.text !== '-') return { kind: 'count', unit: `${noun}s`, last: k + 2 }
  }
  const skip = COMPARATIVES.has(tokens[k]?.lower ?? '') && tokens[k]!.lower !== 'less' ? 1 : 0
  const words = tokens[k]?.attached ? null : nounPhrase(tokens, k + skip, false)
  const phrase = words && (toPluralHead(words) ?? words)
  if (phrase) {
    const noun = countedNoun(phrase)
    if (noun === 'others') {
      const unit = inherited(context, mention, 'count', true)
      if (unit) return { kind: 'count', unit, last: phrase.last }
    }
    if (noun) {
      const more = coordinated(tokens, phrase)
      if (more) return { kind: 'count', unit: `${noun} and ${more.words.at(-1)}`, last: more.last }
      return perHead(tokens, context.byFirst, withRate(tokens, { kind: 'count', unit: noun, last: phrase.last }), context.text)
    }
    const shared = sharedNoun(context, phrase)
    if (shared) return { kind: 'count', unit: shared, last: phrase.last }
  }
  const part = partOf(context, mention, k) ?? perHeadAlone(context, mention, k) ?? sharedRate(context, k)
  if (part) return part
  if (mention.words) return null
  const first = firstTerm(context, mention)
  if (first) {
    const unit = inherited(context, mention, first.kind, true)
    if (unit) return { kind: first.kind, unit, last: k }
  }
  const subject = countedSubject(context, mention)
  if (subject) return { kind: 'count', unit: subject, last: k }
  const next = tokens[k]
  const counted = numberOf(tokens, mention.first)
  if (counted) return { kind: 'count', unit: counted, last: k }
  if (mention.suffix !== null && SCALES.has(mention.suffix.toLowerCase()) || mention.suffix === 'bn') {
    const counted = context.previous.at(-1)?.kind === 'count' ? inherited(context, mention, 'count', true) : null
    if (counted) return { kind: 'count', unit: counted, last: k }
    const currency = inherited(context, mention, 'money', false)
    if (currency && !isPlural(next?.text ?? '')) return { kind: 'money', unit: currency, last: k }
  }
  if (next && (ELLIPSIS_VERBS.has(next.lower) || /^\p{Ll}{3,}ed$/u.test(next.text))) {
    const unit = inherited(context, mention, 'count', next.lower !== 'strong')
    if (unit) return { kind: 'count', unit, last: next.lower === 'strong' ? k + 1 : k }
  }
  return null
}

/** Words that join the two figures of a comparison (`101 votes to 98`, `569 of … against 701 of 8,801`). */
const SECOND_TERM_LINKS = new Set(['to', 'against', 'versus', 'vs', 'of'])

/** How far back in its sentence a bare number looks for `the number of X`. */
const NUMBER_OF_REACH = 12

/** `put the number of people affected at 3.5 million`: the noun of a `number of` phrase earlier in the sentence. */
function numberOf(tokens: Token[], first: number): string | null {
  for (let j = first - 2; j >= 0 && j >= first - NUMBER_OF_REACH; j--) {
    const word = tokens[j]!.lower
    if (word === '.' || word === '!' || word === '?' || word === ';') return null
    if (word === 'number' && tokens[j + 1]?.lower === 'of') {
      const words = nounPhrase(tokens, j + 2, true, 4)
      const phrase = words && toPluralHead(words)
      return phrase && countedNoun(phrase)
    }
  }
  return null
}

/** `cases in England reached 2,278`, `cases rose by 20% to an estimated 10.3 million`: the plural head of the subject of a verb of level or change before a bare number. */
function countedSubject(context: Context, mention: NumberMention): string | null {
  const { tokens, text } = context
  const first = phraseBefore(prefixes, tokens, mention.first)?.first ?? mention.first
  const subject = changedBefore(tokens, first, text) ?? changedBeforeTo(tokens, first - 1, text)
  const head = subject?.split(' ').at(-1)
  return head && isPlural(head) ? head.toLowerCase() : null
}

const prefixes = indexPhrases(PREFIXES)

/** Nouns that name a level of the count said before (`11 staff …, below the minimum of 14`). */
const LEVEL_NOUNS = new Set(['minimum', 'maximum', 'total', 'target', 'limit', 'cap', 'average', 'peak'])

/** Kinds a bare second figure can repeat (`148 to the dollar, compared with 136`). */
const REPEATABLE = new Set<StatisticKind>(['count', 'rate', 'measure'])

/**
 * The statistic a bare number is compared with, whose kind and unit it shares: the count right
 * before `to` / `against` (`101 votes to 98`), the number before `of` (`701 of 8,801`), or the
 * latest statistic before `compared with` / `than` / `up from`.
 */
function firstTerm(context: Context, mention: NumberMention): { kind: StatisticKind } | null {
  const { tokens } = context
  const link = tokens[mention.first - 1]?.lower ?? ''
  const before = tokens[mention.first - 2]
  const last = context.previous.at(-1)
  if (link === 'of') return before?.kind === 'digits' || LEVEL_NOUNS.has(before?.lower ?? '') ? { kind: 'count' } : null
  if (link === 'from' && (before?.lower === 'up' || before?.lower === 'down')) return { kind: 'count' }
  if (!last || !REPEATABLE.has(last.kind)) return null
  if (SECOND_TERM_LINKS.has(link)) return last.kind === 'count' && before !== undefined && last.end === before.end ? last : null
  return link === 'than' || (link === 'with' && /^compar/.test(before?.lower ?? '')) ? last : null
}

/** `12 of the 15 members` (the noun of the whole), `701 of 8,801` (an earlier count's noun) or `two of the victims`. */
function partOf(context: Context, mention: NumberMention, k: number): Shape | null {
  const { tokens } = context
  if (tokens[k]?.lower !== 'of') return null
  const n = ['the', 'its', 'their', 'our', 'his', 'her'].includes(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1
  const whole = context.byFirst.get(n)
  if (whole) {
    const phrase = !whole.words || whole.value > 1 ? nounPhrase(tokens, whole.last, false) : null
    const unit = (phrase && countedNoun(phrase)) ?? (mention.words ? null : inherited(context, mention, 'count', true))
    return unit ? { kind: 'count', unit, last: k } : null
  }
  const words = n > k + 1 ? nounPhrase(tokens, n, false) : null
  const phrase = words && toPluralHead(words)
  const unit = phrase && countedNoun(phrase)
  return phrase && unit ? { kind: 'count', unit, last: phrase.last } : null
}

/** `2000 Thai and 74 Malaysian stores`: the noun of the next count in a coordination. */
function sharedNoun(context: Context, phrase: { last: number }): string | null {
  const { tokens } = context
  if (tokens[phrase.last]?.lower !== 'and' && tokens[phrase.last]?.lower !== 'or') return null
  const next = context.byFirst.get(phrase.last + 1)
  if (!next) return null
  const second = nounPhrase(tokens, next.last, false)
  return second ? countedNoun(second) : null
}


/** `3.9 per 100,000`: a bare figure per head, with the noun of the latest rate (`cases per 100,000 people`). */
function perHeadAlone(context: Context, mention: NumberMention, k: number): Shape | null {
  const per = perBase(context.tokens, context.byFirst, k, context.text)
  if (!per) return null
  const earlier = inherited(context, mention, 'rate', false)
  const counted = earlier?.includes(' per ') ? earlier.slice(0, earlier.indexOf(' per ')) : null
  const unit = counted && earlier!.startsWith(`${counted} per ${per.base}`) ? earlier! : counted ? `${counted} per ${per.base}` : `per ${per.base}`
  return { kind: 'rate', unit, last: per.last }
}

/** `9.4 and 7.1 cases per 100,000 people`: a bare figure takes the rate of the figure coordinated after it. */
function sharedRate(context: Context, k: number): Shape | null {
  const { tokens } = context
  if (tokens[k]?.lower !== 'and' && tokens[k]?.lower !== 'or') return null
  const next = context.byFirst.get(k + 1)
  if (!next || next.words) return null
  const words = nounPhrase(tokens, next.last, false, 3)
  const phrase = words && (toPluralHead(words) ?? words)
  const noun = phrase && countedNoun(phrase)
  const rate = noun ? perHead(tokens, context.byFirst, { kind: 'count', unit: noun, last: phrase.last }, context.text) : null
  return rate?.kind === 'rate' ? { kind: 'rate', unit: rate.unit, last: k } : null
}
