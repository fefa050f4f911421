/**
 * Check-worthy claims (ANNOTATIONS.md §3): every sentence gets a score in 0..1
 * from a compact logistic-regression model; the ones at or above the model's
 * threshold are claims unless a not-claim rule keeps them out (or a factual
 * aside of the reporter's keeps them in), typed by rule and credited to the
 * speaker of the quote they sit in.
 */
import type { Claim, ClaimType, Quote, Span } from '../types.ts'
import { factualAside } from './aside.ts'
import { claimType } from './claim-type.ts'
import { LOW_MARK_HINT, MARK_HINT } from './hints.ts'
import { probability, threshold, type Voice } from './model.ts'
import { neverClaim } from './not-claims.ts'
import { type Reading, readSentence, readSpan, spellings } from './words.ts'

export type { Voice } from './model.ts'

/** How to read a sentence. */
export interface ScoreOptions {
  /** `speech` for someone's words, `prose` for a reporter's own (default: `'speech'`, like the training data). */
  voice?: Voice
}

/** What the model makes of one sentence. */
export interface SentenceScore {
  /** Confidence in 0..1 that the sentence is a check-worthy claim. */
  score: number
  /** Whether it is judged a claim. */
  claim: boolean
  /** The claim's type (given for every sentence; meaningful for claims). */
  type: ClaimType
}

/** Score one sentence. */
export function scoreSentence(sentence: string, options: ScoreOptions = {}): SentenceScore {
  const reading = readSentence(sentence)
  const { score, claim } = judge(sentence, reading, options.voice ?? 'speech')
  return { score, claim, type: claimType(sentence, reading.tokens, reading.lower, reading.hints) }
}

/**
 * The score of a sentence (its `words` and their `hints`), read by the model
 * in `voice` and by the not-claim rules in `ruleVoice`, whether it is a claim,
 * and its tokens' `spellings` if the rules needed them.
 */
function judge(sentence: string, { words, hints }: Pick<Reading, 'words' | 'hints'>, voice: Voice, ruleVoice: Voice = voice): { score: number; claim: boolean; spelled?: Pick<Reading, 'tokens' | 'lower'> } {
  const score = probability(sentence, words, voice)
  if (score >= threshold) {
    const spelled = spellings(words)
    if (!neverClaim(sentence, ruleVoice, spelled.tokens, spelled.lower, hints)) return { score, claim: true, spelled }
  }
  return { score, claim: factualAside(sentence, hints) }
}

/**
 * The claims among `sentences` of `text`. A sentence that overlaps a quote,
 * or has double quotation marks, is scored as speech; any other as the
 * reporter's prose. The not-claim rules read as speech only a sentence with
 * marks or inside a direct quote that runs over several sentences: one that
 * reports speech without marks ("X said the firm plans to …") is worded by the
 * reporter, and a prediction in it is caught as in prose. A sentence that
 * overlaps a quote is credited to that quote's speaker (else `null`).
 */
export function findClaims(text: string, sentences: Span[], quotes: Quote[]): Claim[] {
  const claims: Claim[] = []
  const ordered = [...quotes].sort((a, b) => a.start - b.start)
  let first = 0
  for (const { start, end } of sentences) {
    while (first < ordered.length && ordered[first]!.end <= start) first++
    const sentence = text.slice(start, end)
    const quote = widestOverlap(ordered, first, start, end)
    const reading = readSpan(text, start, end)
    const marked = (reading.hints & (MARK_HINT | LOW_MARK_HINT)) !== 0 || (quote !== undefined && quote.kind !== 'indirect')
    const voice = quote || marked ? 'speech' : 'prose'
    const { score, claim, spelled } = judge(sentence, reading, voice, marked ? 'speech' : 'prose')
    if (!claim) continue
    const { tokens, lower } = spelled ?? spellings(reading.words)
    const type = claimType(sentence, tokens, lower, reading.hints)
    claims.push({ text: sentence, type, speaker: quote?.speaker ?? null, score: Math.round(score * 1000) / 1000, start, end })
  }
  return claims
}

/** The quote (from index `first` of quotes sorted by start) sharing the most characters with `[start, end)`. */
function widestOverlap(quotes: Quote[], first: number, start: number, end: number): Quote | undefined {
  let best: Quote | undefined
  let most = 0
  for (let i = first; i < quotes.length && quotes[i]!.start < end; i++) {
    const quote = quotes[i]!
    const shared = Math.min(end, quote.end) - Math.max(start, quote.start)
    if (shared > most) {
      best = quote
      most = shared
    }
  }
  return best
}
