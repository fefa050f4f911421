/**
 * A light reading of a sentence's clauses for the check-worthiness rules and
 * features: the verb group that heads the main clause and, when that verb
 * reports speech or belief ("said", "warned that", "told analysts"), the one
 * heading the reported clause. A prediction or plan (ANNOTATIONS.md §3: not a
 * claim) is a sentence whose head verb group is modal or future ("would cut",
 * "could rise", "expects to sell", "is expected to press"). Linear in the
 * number of tokens, and only the first few are read.
 */
import { commitmentVerbs, determiners, firstPerson, framingVerbs, irregularPast, futureFrames, futureModals, participlePrepositions, predictionModals, predictionVerbs, relativeOpeners, reportingVerbs, secondPerson, verbForms } from './lexicon.ts'

/** How many words a subject (or a reported clause's subject) may run before its verb. */
const reach = 14

/** What kind of verb a word is, if any: head candidates only. */
type VerbKind = 'modal' | 'future' | 'prediction' | 'report' | 'plan' | 'be' | 'verb'

/** Word → its verb kind, the first list naming it winning. */
const kinds = new Map<string, VerbKind>()
for (const [list, kind] of [[predictionModals, 'modal'], [futureModals, 'future'], [predictionVerbs, 'prediction'], [reportingVerbs, 'report']] as const) {
  for (const word of list) if (!kinds.has(word)) kinds.set(word, kind)
}
for (const [word, kind] of verbForms) if (!kinds.has(word)) kinds.set(word, kind)
for (const word of commitmentVerbs) if (!kinds.has(word)) kinds.set(word, 'plan')

/**
 * `kinds`, and `relative` for a relative word (which wins): what `firstVerb`
 * looks up for each word, once.
 */
const heads = new Map<string, VerbKind | 'relative'>(kinds)
for (const word of relativeOpeners) heads.set(word, 'relative')

/** The kind of verb `lower[i]` is (`tokens[i]` as written), or undefined for a word that does not head a clause. */
function verbKind(lower: readonly string[], tokens: readonly string[], i: number): VerbKind | undefined {
  return kindOfVerb(lower, tokens, i, kinds.get(lower[i]!))
}

/**
 * `verbKind` from the word's entry in `kinds`, `kind` (undefined when it has
 * none): given, it need not be looked up again.
 */
function kindOfVerb(lower: readonly string[], tokens: readonly string[], i: number, kind: VerbKind | undefined): VerbKind | undefined {
  const word = lower[i]!
  if (kind === 'plan') return i > 0 && !determiners.has(lower[i - 1]!) && lower[i + 1] === 'to' ? kind : undefined
  if (kind) return kind
  if (i > 0 && word.length > 3 && word.endsWith('ed') && tokens[i] === word && !participlePrepositions.has(lower[i + 1] ?? '')) return 'verb'
  return undefined
}

/**
 * Index of the first head verb at or after `from`, within `reach` words; -1
 * when there is none, or when a relative word comes first (the verb then
 * belongs to a clause inside the subject: "a manager who told clients …").
 */
function firstVerb(lower: readonly string[], tokens: readonly string[], from: number): number {
  const end = Math.min(lower.length, from + reach)
  for (let i = from; i < end; i++) {
    const head = heads.get(lower[i]!)
    if (head === 'relative') return -1
    if (kindOfVerb(lower, tokens, i, head)) return i
  }
  return -1
}

/**
 * Whether the verb group at `i` guesses or looks ahead: `would`, `expects to`,
 * `is expected to`, `is set to`, a plan or promise (`plans to`, `pledged to`);
 * and, in a reported clause, `will`. Not a
 * modal that frames what follows ("I would say …").
 */
function isFuture(lower: readonly string[], tokens: readonly string[], i: number, reported: boolean): boolean {
  const kind = verbKind(lower, tokens, i)
  if (commitmentVerbs.has(lower[i]!) && lower[i + 1] === 'to' && !determiners.has(lower[i - 1] ?? '')) return true
  if ((kind === 'modal' || kind === 'future') && framingVerbs.has(lower[i + 1] ?? '')) return false
  if (kind === 'modal' || kind === 'prediction' || (reported && kind === 'future')) return true
  return kind === 'be' && futureFrames.has(lower[i + 1] ?? '') && lower[i + 2] === 'to'
}

/**
 * Whether the main clause, or the clause its reporting verb introduces,
 * predicts or guesses: "X would …", "X expects to …", "X said Y could …",
 * "X told Z the firm will …", "according to X, the firm expects to …". A
 * reporter's own "will" is not a prediction.
 * `lower` are the lower-case `tokens`.
 */
export function headPredicts(tokens: readonly string[], lower: readonly string[]): Prediction {
  const head = firstVerb(lower, tokens, 0)
  if (head < 0) return false
  if (isFuture(lower, tokens, head, false)) return attributed(lower) ? 'reported' : 'main'
  if (verbKind(lower, tokens, head) !== 'report') return false
  const reported = firstVerb(lower, tokens, lower[head + 1] === 'that' ? head + 2 : head + 1)
  if (reported < 0 || !isFuture(lower, tokens, reported, true)) return false
  return lower.slice(0, head).some((word) => firstPerson.has(word) || secondPerson.has(word)) ? 'own' : 'reported'
}

/** Index of the verb heading the main clause, or -1 (none near the start, or a relative clause first). */
export function headVerb(tokens: readonly string[], lower: readonly string[]): number {
  return firstVerb(lower, tokens, 0)
}

/** Whether the sentence credits its words to a source with "according to". */
function attributed(lower: readonly string[]): boolean {
  for (let i = 0; i + 1 < lower.length; i++) if (lower[i] === 'according' && lower[i + 1] === 'to') return true
  return false
}

/**
 * Where a prediction sits: in the `main` clause, in a clause `reported` from
 * someone else, or in the speaker's `own` earlier words ("I said we would …",
 * which a debate's fact-checker checks against the record); false for none.
 */
export type Prediction = 'main' | 'reported' | 'own' | false

/**
 * Whether the sentence only looks ahead: a future frame ("is expected to",
 * "is set to") somewhere, and no verb in the past or perfect anywhere.
 */
export function onlyLooksAhead(tokens: readonly string[], lower: readonly string[]): boolean {
  let frame = false
  for (let i = 2; i < lower.length && !frame; i++) {
    frame = lower[i] === 'to' && futureFrames.has(lower[i - 1]!) && verbForms.get(lower[i - 2]!) === 'be' && tokens[i - 2] === lower[i - 2]
  }
  return frame && !lower.some((word, i) => irregularPast.has(word) || (word.length > 3 && word.endsWith('ed') && !futureFrames.has(word) && i > 0))
}
