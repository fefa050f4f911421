/**
 * Where a sentence's quotation marks put words in someone's mouth: the quoted
 * stretches, for rules that look inside or outside them. Linear in the
 * sentence's length.
 */

/** A stretch `[start, end)` of a sentence between quotation marks, and whether its marks close it before the sentence ends. */
export interface Quoted {
  start: number
  end: number
  /** Fewer than a clause's worth: no full stop, question or exclamation mark inside. */
  partial: boolean
}

const opening = new Set(['“', '«', '„'])
const marks = /["“”«»„]/gu
/** What may come before a straight mark that opens a quote. */
const straightOpeners = ' \t\n([{—–-'
const sentenceEnd = /[.!?]\s*$/u

/**
 * The quoted stretches of `sentence`. A straight mark `"` opens when nothing
 * or a space or bracket comes before it, and closes otherwise; a stretch
 * left open runs to the sentence's end, a close without an opening starts at
 * the sentence's start.
 */
export function quotedStretches(sentence: string): Quoted[] {
  const stretches: Quoted[] = []
  let open = -1
  for (const { index: i, 0: mark } of sentence.matchAll(marks)) {
    const opens = mark === '"' ? open < 0 && (i === 0 || straightOpeners.includes(sentence[i - 1]!)) : opening.has(mark)
    if (opens) {
      if (open < 0) open = i + 1
    } else {
      stretches.push(stretch(sentence, open < 0 ? 0 : open, i))
      open = -1
    }
  }
  if (open >= 0) stretches.push(stretch(sentence, open, sentence.length))
  return stretches
}

function stretch(sentence: string, start: number, end: number): Quoted {
  return { start, end, partial: !sentenceEnd.test(sentence.slice(start, end).replace(/[,;:]\s*$/u, '')) }
}

/** How far before a quote `wordsBefore` looks, in characters. */
const lookBehind = 80

/** The words of `sentence` before `index`, the last one first, up to `count` of them, lower case. */
export function wordsBefore(sentence: string, index: number, count: number): string[] {
  return plainWordsBefore(sentence, index, count) ?? anyWordsBefore(sentence, index, count)
}

function anyWordsBefore(sentence: string, index: number, count: number): string[] {
  const words = sentence.slice(Math.max(0, index - lookBehind), index).toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []
  return words.slice(-count).reverse().map((word) => word.replaceAll('’', "'"))
}

/**
 * `wordsBefore` by a backward scan of the characters, without copying the
 * stretch, while they are `plain`; undefined when it meets another character
 * before it has the words.
 */
function plainWordsBefore(sentence: string, index: number, count: number): string[] | undefined {
  const from = Math.max(0, index - lookBehind)
  const words: string[] = []
  let end = index
  for (let i = index - 1; words.length < count; i--) {
    const code = i >= from ? sentence.charCodeAt(i) : 0x20
    if (!isPlain(code)) return undefined
    if (isWordCharacter(code)) continue
    if (i + 1 < end) words.push(sentence.slice(i + 1, end).toLowerCase().replaceAll('’', "'"))
    if (i < from) break
    end = i
  }
  return words
}

/**
 * A character the scans here know: ASCII, or general punctuation (U+2000–U+206F),
 * none of which is a letter or a digit or changes in lower case.
 */
export function isPlain(code: number): boolean {
  return code < 0x80 || (code >= 0x2000 && code <= 0x206f)
}

/** Among `plain` characters, a letter, a digit or an apostrophe (`[\p{L}\p{N}'’]`). */
function isWordCharacter(code: number): boolean {
  const lower = code | 0x20
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2019
}
