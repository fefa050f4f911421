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

/** Quotation marks that open a quote, by character code (a straight mark `"` may open or close). */
const opening: ReadonlySet<number> = new Set(Array.from('“«„', (mark) => mark.charCodeAt(0)))
const STRAIGHT = 0x22

/** Whether the character `code` is one of the quotation marks read, `"“”«»„` (compared by code: a set look-up per character costs more). */
function isMark(code: number): boolean {
  return code === STRAIGHT || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201e)
}
/** What may come before a straight mark that opens a quote. */
const straightOpeners = ' \t\n([{—–-'

/**
 * The quoted stretches of `sentence`. A straight mark `"` opens when nothing
 * or a space or bracket comes before it, and closes otherwise; a stretch
 * left open runs to the sentence's end, a close without an opening starts at
 * the sentence's start. Read character by character: most characters are
 * plain ASCII and none of the marks.
 */
export function quotedStretches(sentence: string): Quoted[] {
  const stretches: Quoted[] = []
  let open = -1
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i)
    if (!isMark(code)) continue
    const opens = code === STRAIGHT ? open < 0 && (i === 0 || straightOpeners.includes(sentence[i - 1]!)) : opening.has(code)
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
  return { start, end, partial: !endsClause(sentence, start, end) }
}

/**
 * Whether `sentence[start, end)` ends a clause: a full stop, question or
 * exclamation mark last (`/[.!?]\s*$/`), a comma, semicolon or colon after it
 * and spaces aside. Read from the end, without copying the stretch.
 */
function endsClause(sentence: string, start: number, end: number): boolean {
  let last = end
  while (last > start && isSpace(sentence.charCodeAt(last - 1))) last--
  const code = sentence.charCodeAt(last - 1)
  if (last > start && (code === 0x2c || code === 0x3b || code === 0x3a)) {
    last--
    while (last > start && isSpace(sentence.charCodeAt(last - 1))) last--
  }
  if (last === start) return false
  const final = sentence.charCodeAt(last - 1)
  return final === 0x2e || final === 0x21 || final === 0x3f
}

const space = /\s/

/** Whether the character `code` is a space of `\s`, which `trimEnd` removes (ASCII ones compared, others by the regex). */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return space.test(String.fromCharCode(code))
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
