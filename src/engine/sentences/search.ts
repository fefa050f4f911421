/**
 * Forward search over one text, asked from positions that only grow
 * (sentence by sentence, paragraph by paragraph).
 */

/** A search: the offset of the first match at or after `from`, or the text's length when there is none. */
export type Search = (from: number) => number

/**
 * `find`, with each answer remembered, so asking again from a position that
 * is not past it costs nothing and the whole text is scanned about once:
 * linear time even when matches are far apart.
 */
export function forwardSearch(find: Search): Search {
  let searchedFrom = -1
  let found = -1
  return (from) => {
    if (from < searchedFrom || from > found) {
      found = find(from)
      searchedFrom = from
    }
    return found
  }
}

/**
 * The search for any of the characters `chars` (each one code unit) in
 * `text`: one `indexOf` per character, each answer kept until the search
 * passes it, so the text is scanned about once per character.
 */
export function charSearch(chars: Iterable<string>, text: string): Search {
  const units = [...chars]
  const searchedFrom = units.map(() => Number.POSITIVE_INFINITY)
  const next = units.map(() => -1)
  return (from) => {
    let found = text.length
    for (let k = 0; k < units.length; k++) {
      if (from < searchedFrom[k]! || from > next[k]!) {
        const at = text.indexOf(units[k]!, from)
        next[k] = at === -1 ? text.length : at
        searchedFrom[k] = from
      }
      if (next[k]! < found) found = next[k]!
    }
    return found
  }
}
