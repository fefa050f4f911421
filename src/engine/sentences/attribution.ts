/**
 * A speech attribution after a quoted sentence: `“Why?” Smith asked.` and
 * `“It is over.” Liu Xiaoming said,` continue the quote's sentence.
 * (A lower-case attribution, `“Why?” she asked.`, never starts a sentence.)
 *
 * A question or exclamation mark stands where a comma would before an
 * attribution, so after one the attribution may go on (`…days!" Macron told
 * the world on Thursday.`); after a period only a bare attribution
 * (`Smith said.`) continues the sentence: `“No.” Smith said the plan…` is a new one.
 */
import { sentenceStarters } from './starters.ts'

/** Verbs that attribute speech, in the forms that follow a quote. */
export const speechVerbs: ReadonlySet<string> = new Set([
  'acknowledged', 'added', 'adds', 'admitted', 'announced', 'answered', 'argued', 'asked', 'asks',
  'claimed', 'commented', 'concluded', 'conceded', 'continued', 'cried', 'declared', 'demanded',
  'emphasised', 'emphasized', 'exclaimed', 'explained', 'insisted', 'joked', 'laughed', 'noted',
  'observed', 'pleaded', 'posted', 'quipped', 'recalled', 'remarked', 'replied', 'responded', 'said',
  'says', 'shouted', 'sighed', 'stated', 'stressed', 'told', 'tweeted', 'urged', 'warned', 'whispered',
  'wondered', 'wrote', 'writes', 'yelled'
])

/** One to three capitalised name words and a verb. Sticky: tried at one position. */
const opening = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}+)/uy

/** The rest of a bare attribution: an optional adverb, then the end of the clause. */
const bareEnd = /(?:\s+(?:\p{Ll}+ly|today|yesterday|later|again|then))?\s*(?:[.,;:!?—–\n]|$)/uy

/** The first word of the name. */
const firstWord = /^\p{L}+/u

/**
 * Whether `text` at `index` opens a name-plus-speech-verb attribution; with
 * `continued`, words may follow the verb, else only the end of the clause.
 */
export function isAttribution(text: string, index: number, continued: boolean): boolean {
  opening.lastIndex = index
  const match = opening.exec(text)
  if (!match || !speechVerbs.has(match[2]!)) return false
  const first = firstWord.exec(match[1]!)
  if (first === null || sentenceStarters.has(first[0])) return false
  bareEnd.lastIndex = opening.lastIndex
  return continued || bareEnd.test(text)
}
