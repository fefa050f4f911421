/**
 * List items inside a paragraph (`1.) The first item 2.) The second item`,
 * `• 9. The first item • 10. The second item`, `a. … b. … c. …`): each item is
 * a sentence, and the period of its marker ends nothing.
 */
import { isSpace } from './chars.ts'
import { bullets, lineBullets, listCandidate, listMarker } from './rules.ts'
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
  const candidate = forwardSearch(listCandidate, text)
  return (start, end) => {
    const first = candidate(start)
    if (first >= end && !isMarkerStart(text.charCodeAt(start))) return noItems
    const items = new ParagraphItems(text, start, end)
    items.marker(start)
    for (let at = first; at < end; at = candidate(at + 1)) {
      const char = text[at]!
      items.bullet(at, char)
      if (isSpace(text.charCodeAt(at)) || bullets.has(char)) items.marker(at + 1)
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
  bullet(at: number, char: string): void {
    const { text, start } = this
    const starts = bullets.has(char)
      ? at === start || isSpace(text.charCodeAt(at - 1))
      : lineBullets.has(char) && text[at + 1] === ' ' && this.atLineStart(at)
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

/** Whether a code unit can open a marker: a digit or a lower-case ASCII letter. */
function isMarkerStart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122)
}

function markerValue(marker: string): number {
  return marker.charCodeAt(0) <= 57 ? Number(marker) : marker.charCodeAt(0) - 96
}
