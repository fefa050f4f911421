/**
 * A reporter's factual aside in a quoted sentence: after the attribution of
 * an opinion quote, a relative clause with a figure and a verb in the past or
 * perfect ("…," said the striker, who has scored 17 goals this season). The
 * sentence holds that clause as a claim (ANNOTATIONS.md §3: "a sentence, or a
 * clause of one") whatever the quote says.
 */
import { ANY_HINT, RELATIVE_HINT } from './hints.ts'
import { irregularParticiples, irregularPast, perfectAuxiliaries, relativeOpeners } from './lexicon.ts'
import { quotedStretches } from './quoted.ts'

const digit = /\p{N}/u
export const relativeAfterComma = /,\s*(?:who|which|whose)\b/iu
const wordPattern = /[\p{L}\p{N}'’]+/gu

/**
 * Whether `sentence` has, outside its quotation marks, a relative clause with
 * a figure and a past or perfect verb (`hints`: those of its words, when known).
 */
export function factualAside(sentence: string, hints: number = ANY_HINT): boolean {
  if ((hints & RELATIVE_HINT) === 0 || !relativeAfterComma.test(sentence) || !digit.test(sentence)) return false
  const stretches = quotedStretches(sentence)
  if (stretches.length === 0) return false
  const last = stretches[stretches.length - 1]!
  const after = sentence.slice(last.end)
  const comma = after.search(relativeAfterComma)
  if (comma < 0) return false
  const clause = after.slice(comma)
  if (!digit.test(clause)) return false
  const words = (clause.toLowerCase().match(wordPattern) ?? []).map((word) => word.replaceAll('’', "'"))
  if (!relativeOpeners.has(words[0] ?? '')) return false
  return words.some(
    (word, i) =>
      irregularPast.has(word) ||
      (word.length > 3 && word.endsWith('ed') && !digit.test(word)) ||
      (i > 0 && perfectAuxiliaries.has(words[i - 1]!) && irregularParticiples.has(word))
  )
}
