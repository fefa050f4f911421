/**
 * Binary search over items kept in order: the index of the first item that
 * does not come before the point looked for (`items.length` when all do).
 *
 * @param comesBefore whether an item lies before the point; must hold for a
 *   prefix of `items` and fail for the rest.
 */
export function firstNotBefore<T>(items: readonly T[], comesBefore: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (comesBefore(items[middle]!)) low = middle + 1
    else high = middle
  }
  return low
}
