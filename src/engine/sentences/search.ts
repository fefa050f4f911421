/**
 * Forward search with a global regular expression over one text, asked from
 * positions that only grow (sentence by sentence, paragraph by paragraph).
 */

/**
 * A search for the first match of `pattern` (global) at or after a position.
 * Each answer is remembered, so asking again from a position that is not past
 * it costs nothing and the whole text is scanned about once: linear time even
 * when matches are far apart.
 *
 * @returns The search: the match's offset, or `text.length` when there is none.
 */
export function forwardSearch(pattern: RegExp, text: string): (from: number) => number {
  let searchedFrom = -1
  let found = -1
  return (from) => {
    if (from < searchedFrom || from > found) {
      pattern.lastIndex = from
      found = pattern.exec(text)?.index ?? text.length
      searchedFrom = from
    }
    return found
  }
}
