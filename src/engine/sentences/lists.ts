/**
 * List items inside a paragraph (`1.) The first item 2.) The second item`,
 * `• 9. The first item • 10. The second item`, `a. … b. … c. …`): each item is
 * a sentence, and the period of its marker ends nothing.
 */
import { bullets, lineBullets, listMarker } from './rules.ts'

/** Where items start, and the marker periods that must not end a sentence. */
export interface ListItems {
  /** Offsets where a list item starts, ascending. */
  starts: number[]
  /** Offsets of the periods inside item markers. */
  markerPeriods: Set<number>
}

/**
 * The list items of `text` between `start` and `end` (one paragraph).
 *
 * Bullets start items; a marker (`1.`, `2)`, `c.`) is an item's marker when it
 * opens the paragraph, a line or a bulleted item, or when it continues the
 * previous marker's sequence (2 after 1, `b.` after `a.`) with the same
 * delimiter.
 */
export function findListItems(text: string, start: number, end: number): ListItems {
  const starts: number[] = []
  const markerPeriods = new Set<number>()
  /** Where an item marker may stand, and whether one there starts a new sentence. */
  const anchors = new Map<number, boolean>([[start, false]])
  let lineStart = true
  let afterSpace = true
  for (let index = start; index < end; index++) {
    const char = text[index]!
    if (char === '\n') {
      lineStart = afterSpace = true
      continue
    }
    if (char === ' ' || char === '\t') {
      afterSpace = true
      continue
    }
    if ((bullets.has(char) && afterSpace) || (lineBullets.has(char) && lineStart && text[index + 1] === ' ')) {
      if (index > start) starts.push(index)
      anchors.set(skipSpaces(text, index + 1, end), false)
    } else if (lineStart && index > start) {
      anchors.set(index, true)
    }
    lineStart = afterSpace = /\s/.test(char)
  }
  let previous: { value: number; delimiter: string } | undefined
  const paragraph = text.slice(start, end)
  for (const match of paragraph.matchAll(listMarker)) {
    const at = start + match.index
    const value = markerValue(match[1]!)
    const delimiter = match[2]!
    const continues = previous !== undefined && previous.delimiter === delimiter && previous.value + 1 === value
    const anchor = anchors.get(at)
    if (anchor === undefined && !continues) continue
    if (anchor !== false) starts.push(at)
    if (delimiter.startsWith('.')) markerPeriods.add(at + match[1]!.length)
    previous = { value, delimiter }
  }
  return { starts: [...new Set(starts)].sort((a, b) => a - b), markerPeriods }
}

function markerValue(marker: string): number {
  return /\d/.test(marker) ? Number(marker) : marker.charCodeAt(0) - 96
}

function skipSpaces(text: string, index: number, end: number): number {
  while (index < end && (text[index] === ' ' || text[index] === '\t')) index++
  return index
}
