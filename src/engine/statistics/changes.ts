/**
 * What a percentage change is a change of: the subject of a change verb
 * (`revenue increased 11%`, `cases had risen by 30%`, `shares closed up 3.2%`),
 * the object of a verb before `by` (`cut serious cardiovascular events by
 * 20%`), the noun after a change noun (`a 6% fall in revenue`), a level (`inflation, which stood at
 * 1.7%`) or what a figure is added to (`add 0.3 points to inflation`).
 */
import { startsUpper } from './cases.ts'
import { isNounWord, nounPhrase } from './nouns.ts'
import type { Token } from './tokens.ts'

/** Verbs that say a quantity moved. */
const CHANGE_VERBS = new Set(`
rose risen rises rise fell fallen falls fall increased increases increase decreased decreases decrease
jumped jumps jump climbed climbs dropped drops declined declines grew grown grows slipped slips surged surges
plunged plunges soared soars gained gains slumped slumps tumbled tumbles rebounded rebounds dipped dips
shrank shrunk shrinks expanded expands contracted contracts sank sinks advanced advances slow slows slowed
ease eases eased accelerate accelerates accelerated reached reaches totalled totaled totals numbered
`.split(/\s+/).filter(Boolean))

/** Verbs that move a quantity named as their object (`cut X by 20%`). */
const MOVING_VERBS = new Set(`
cut cuts reduced reduces reduce raised raises raise lowered lowers boosted boosts slashed slashes trimmed trims
lifted lifts increased increases decreased decreases
`.split(/\s+/).filter(Boolean))

/** Prepositions that open a phrase between a subject and its verb. */
const PREPOSITIONS = new Set(['in', 'of', 'at', 'across', 'for', 'from', 'outside'])

/** Words between a subject and its change verb (`had risen`), or after it (`closed up`). */
const AUXILIARIES = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'also', 'to', 'expected',
  'forecast', 'projected', 'predicted', 'likely', 'set', 'due'
])
const DIRECTIONS = new Set(['up', 'down', 'higher', 'lower'])
const SETTLING_VERBS = new Set(['closed', 'ended', 'finished', 'traded', 'opened', 'was', 'were', 'is', 'are'])

/** Nouns that name a change (`a 6% fall in revenue`). */
const CHANGE_NOUNS = new Set([
  'fall', 'rise', 'increase', 'decrease', 'drop', 'decline', 'gain', 'jump', 'cut', 'reduction', 'growth', 'slump',
  'surge', 'climb', 'dip', 'contraction', 'expansion'
])

/** Verbs of a level, in `inflation, which stood at 1.7%`. */
const LEVEL_VERBS = new Set(['stood', 'stands', 'was', 'is', 'remained', 'remains', 'ran', 'runs'])
/** Verbs that add a figure to what follows `to` (`add 0.3 percentage points to inflation`). */
const ADDING_VERBS = new Set(['add', 'adds', 'added', 'adding', 'contribute', 'contributes', 'contributed'])

/** `add 0.3 percentage points to inflation`: the noun after `to` at token `k` when the figure at `first` follows an adding verb. */
export function addedTo(tokens: Token[], first: number, k: number): string | null {
  if (tokens[k]?.lower !== 'to' || !ADDING_VERBS.has(tokens[first - 1]?.lower ?? '')) return null
  const phrase = nounPhrase(tokens, k + 1, true, 3)
  return phrase ? phrase.words.join(' ') : null
}

/** `fall in revenue` at token `k`: the unit and the token after it, or `null`. */
export function changeNounAt(tokens: Token[], k: number): { unit: string; last: number } | null {
  if (!CHANGE_NOUNS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'in') return null
  const phrase = nounPhrase(tokens, k + 2, true, 4)
  return phrase ? { unit: phrase.words.join(' '), last: phrase.last } : null
}

/** What the change stated by the figure starting at token `first` is a change of, from the words before it. */
export function changedBefore(tokens: Token[], first: number, text: string): string | null {
  let k = first - 1
  const link = tokens[k]?.lower ?? ''
  if (link === 'by' || link === 'to' || link === 'at') k--
  const word = tokens[k]?.lower ?? ''
  if (DIRECTIONS.has(word) && link !== 'by' && link !== 'to') {
    k--
    if (SETTLING_VERBS.has(tokens[k]?.lower ?? '') || CHANGE_VERBS.has(tokens[k]?.lower ?? '')) k--
    return subjectEndingAt(tokens, k, text)
  }
  if (CHANGE_VERBS.has(word)) {
    k--
    while (AUXILIARIES.has(tokens[k]?.lower ?? '')) k--
    return subjectEndingAt(tokens, k, text)
  }
  if (link === 'at' && LEVEL_VERBS.has(word) && tokens[k - 1]?.lower === 'which' && tokens[k - 2]?.text === ',') {
    return phraseEndingAt(tokens, k - 3, text)?.unit ?? null
  }
  if (link !== 'by') return null
  const object = phraseEndingAt(tokens, k, text)
  return object && MOVING_VERBS.has(tokens[object.first - 1]?.lower ?? '') ? object.unit : null
}

/** How far back from `to` a change verb is looked for (`rose by 20% last year to …`). */
const TO_REACH = 8
const CLAUSE_ENDS = new Set(['.', ',', ';', ':', '!', '?', 'and', 'but'])

/** `cases rose by 20% last year to 10.3 million`: the subject of a change verb a few words before `to` at token `k`. */
export function changedBeforeTo(tokens: Token[], k: number, text: string): string | null {
  if (tokens[k]?.lower !== 'to') return null
  for (let j = k - 1; j >= 0 && j >= k - TO_REACH; j--) {
    const word = tokens[j]!.lower
    if (CLAUSE_ENDS.has(word)) return null
    if (CHANGE_VERBS.has(word)) {
      let end = j - 1
      while (AUXILIARIES.has(tokens[end]?.lower ?? '')) end--
      return subjectEndingAt(tokens, end, text)
    }
  }
  return null
}

/** The subject ending at token `k`, looking past a phrase such as `in the UK` (`House prices in the UK rose`). */
function subjectEndingAt(tokens: Token[], k: number, text: string): string | null {
  const direct = phraseEndingAt(tokens, k, text)
  if (direct) return direct.unit
  for (let j = k - 1; j >= k - 4 && j > 0; j--) {
    if (PREPOSITIONS.has(tokens[j]!.lower)) return phraseEndingAt(tokens, j - 1, text)?.unit ?? null
  }
  return null
}

/** The lower-case noun phrase ending at token `k` (or a capitalised first word of a sentence), at most four words. */
function phraseEndingAt(tokens: Token[], k: number, text: string): { unit: string; first: number } | null {
  let first = k + 1
  while (first > k - 3 && first > 0 && isSubjectWord(tokens, first - 1, text)) first--
  if (first > k) return null
  return { unit: tokens.slice(first, k + 1).map((token) => token.text).join(' '), first }
}

function isSubjectWord(tokens: Token[], k: number, text: string): boolean {
  const token = tokens[k]!
  if (!isNounWord(token, tokens[k + 1]) || CHANGE_VERBS.has(token.lower) || MOVING_VERBS.has(token.lower)) return false
  if (!startsUpper(token.text)) return true
  if (/['’]s$/.test(token.text)) return false
  const previous = tokens[k - 1]
  return previous === undefined || previous.text === '.' || previous.text === '!' || previous.text === '?' ||
    text.slice(previous.end, token.start).includes('\n')
}
