/**
 * List items inside a paragraph (`1.) The first item 2.) The second item`,
 * `• 9. The first item • 10. The second item`, `a. … b. … c. …`): each item is
 * a sentence, and the period of its marker ends nothing.
 */
import { isSpace } from './chars.ts'
import { BULLET, hasClass, LINE_BULLET } from './classes.ts'
import { listCandidate, listMarker } from './rules.ts'
import { forwardSearch } from './search.ts'

/** Where items start, and the marker periods that must not end a sentence. */
export interface ListItems {
  /** Offsets where a list item starts, ascending. */
  readonly starts: readonly number[]
  /** Offsets of the periods inside item markers, ascending. */
  readonly markerPeriods: readonly number[]
}

/** The items of a paragraph without a list. */
const noItems: ListItems = { starts: [], markerPeriods: [] }

/**
 * A finder of the list items of the paragraphs of `text`, asked in order;
 * a paragraph with no bullet and nothing like a marker costs one search.
 *
 * Bullets start items; a marker (`1.`, `2)`, `c.`) is an item's marker when it
 * opens the paragraph, a line or a bulleted item, or when it continues the
 * previous marker's sequence (2 after 1, `b.` after `a.`) with the same
 * delimiter.
 *
 * @returns The finder: the list items between `start` and `end` (one paragraph).
 */
export function listItemFinder(text: string): (start: number, end: number) => ListItems {
  const candidate = forwardSearch((from) => nextCandidate(text, from))
  return (start, end) => {
    const first = candidate(start)
    if (first >= end && !isMarkerStart(text.charCodeAt(start))) return noItems
    const items = new ParagraphItems(text, start, end)
    items.marker(start)
    for (let at = first; at < end; at = candidate(at + 1)) {
      items.bullet(at)
      if (isSpace(text.charCodeAt(at)) || hasClass(text, at, BULLET)) items.marker(at + 1)
    }
    return items
  }
}

/** The list items of one paragraph, gathered in text order. */
class ParagraphItems implements ListItems {
  readonly starts: number[] = []
  readonly markerPeriods: number[] = []
  readonly text: string
  readonly start: number
  readonly end: number
  /** Where the text of the last bulleted item starts: a marker there is its marker. */
  bulleted = -1
  previousValue = Number.NaN
  previousDelimiter = ''

  constructor(text: string, start: number, end: number) {
    this.text = text
    this.start = start
    this.end = end
  }

  /** Take the bullet at `at`, if it stands where a bullet starts an item. */
  bullet(at: number): void {
    const { text, start } = this
    const starts = hasClass(text, at, BULLET)
      ? at === start || isSpace(text.charCodeAt(at - 1))
      : hasClass(text, at, LINE_BULLET) && text[at + 1] === ' ' && this.atLineStart(at)
    if (!starts) return
    if (at > start) this.starts.push(at)
    let next = at + 1
    while (next < this.end && (text[next] === ' ' || text[next] === '\t')) next++
    this.bulleted = next
  }

  /** Take the marker at `at`, if there is one and it marks an item. */
  marker(at: number): void {
    listMarker.lastIndex = at
    const match = listMarker.exec(this.text)
    if (match === null || listMarker.lastIndex >= this.end) return
    const marker = match[1]!
    const delimiter = match[2]!
    const value = markerValue(marker)
    const opensItem = at === this.start || at === this.bulleted ? false : this.atLineStart(at) ? true : undefined
    const continues = this.previousDelimiter === delimiter && this.previousValue + 1 === value
    if (opensItem === undefined && !continues) return
    if (opensItem !== false) this.starts.push(at)
    if (delimiter.startsWith('.')) this.markerPeriods.push(at + marker.length)
    this.previousValue = value
    this.previousDelimiter = delimiter
  }

  /**
   * Whether `at` opens a line: only spaces and tabs stand between it and the
   * paragraph's start or other white space (a line break).
   */
  atLineStart(at: number): boolean {
    const { text, start } = this
    let index = at
    while (index > start && (text[index - 1] === ' ' || text[index - 1] === '\t')) index--
    return index === start || isSpace(text.charCodeAt(index - 1))
  }
}

/**
 * Where a list item may start, at or after `from` (else `text.length`): a
 * bullet, a Markdown bullet before a space, or the white space before what
 * looks like a marker (`1.`, `12)`, `a.`). Finds more than `bullet` and
 * `marker` take, never less, so a paragraph without one has no list item
 * past its first character. `listCandidate` finds a marker by its delimiter,
 * the rarer character, and the white space is two or three code units before.
 */
function nextCandidate(text: string, from: number): number {
  listCandidate.lastIndex = from
  // `test` rather than `exec`: no match array per period. Every match is one code unit, so it starts one before `lastIndex`.
  while (listCandidate.test(text)) {
    const at = listCandidate.lastIndex - 1
    const code = text.charCodeAt(at)
    const start = code === 46 || code === 41 ? (isSpace(text.charCodeAt(at - 2)) ? at - 2 : at - 3) : at
    if (start >= from) return start
  }
  return text.length
}

/** Whether a code unit can open a marker: a digit or a lower-case ASCII letter. */
function isMarkerStart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122)
}

function markerValue(marker: string): number {
  return marker.charCodeAt(0) <= 57 ? Number(marker) : marker.charCodeAt(0) - 96
}
