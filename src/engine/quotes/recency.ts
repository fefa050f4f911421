/**
 * Items in order of recency: a linked list where touching an item moves it
 * to the front, so the latest item that passes a test is found without
 * looking at the older ones.
 */

interface Link<T> {
  item: T
  older: Link<T> | null
  newer: Link<T> | null
}

/** Items ordered from the most recently touched to the least. */
export class Recency<T> {
  #newest: Link<T> | null = null
  readonly #links = new Map<T, Link<T>>()

  /** Make `item` the most recent (adding it when new). */
  touch(item: T): void {
    let link = this.#links.get(item)
    if (link === this.#newest && link) return
    if (link) {
      if (link.newer) link.newer.older = link.older
      if (link.older) link.older.newer = link.newer
    } else {
      link = { item, older: null, newer: null }
      this.#links.set(item, link)
    }
    link.newer = null
    link.older = this.#newest
    if (this.#newest) this.#newest.newer = link
    this.#newest = link
  }

  /** The most recent item that passes `test`. */
  find(test: (item: T) => boolean): T | undefined {
    for (let link = this.#newest; link; link = link.older) if (test(link.item)) return link.item
    return undefined
  }
}
