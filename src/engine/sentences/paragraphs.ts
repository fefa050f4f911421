/**
 * Blank lines, which end paragraphs: a line break, any white space, and a
 * line break (`\n\s*\n`), found by `indexOf` and a character loop instead of a
 * regular expression tried at every line break.
 */
import { isSpace } from './chars.ts'

/** A blank line: `text.slice(start, end)` runs from a line break to the last line break of the white space after it. */
export interface Break {
  start: number
  end: number
}

/** The first blank line at or after `from`, or `null`. */
export function nextBreak(text: string, from: number): Break | null {
  let newline = text.indexOf('\n', from)
  while (newline !== -1) {
    let last = -1
    let at = newline + 1
    while (at < text.length && isSpace(text.charCodeAt(at))) {
      if (text.charCodeAt(at) === 10) last = at
      at++
    }
    if (last !== -1) return { start: newline, end: last + 1 }
    newline = text.indexOf('\n', at)
  }
  return null
}
