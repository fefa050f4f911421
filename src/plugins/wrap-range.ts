/**
 * Wrap the text between two source offsets in an element, splitting text
 * nodes where the range starts or ends and making one run per parent where
 * the range crosses element boundaries (the way Hypothesis highlights a
 * range). Text is never added, removed or reordered.
 */
import type { Element, ElementContent, Parent, Text } from 'hast'
import { indexAtSource } from './source-map.ts'

export interface Range {
  start: number
  end: number
}

/** Elements that may sit inside a `<q>`, `<data>` or `<mark>`. */
const phrasing = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins',
  'kbd', 'mark', 'q', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u',
  'var', 'wbr'
])

/**
 * Source ranges of nodes, computed once per node and kept for new nodes.
 * `shift` is added to the parser's offsets (1 when the source starts with a
 * byte order mark, which the parser does not count).
 */
export class Ranges {
  #known = new WeakMap<object, Range | null>()
  readonly source: string
  readonly shift: number

  constructor(source: string, shift: number) {
    this.source = source
    this.shift = shift
  }

  of(node: ElementContent | Parent): Range | null {
    const known = this.#known.get(node)
    if (known !== undefined) return known
    let range: Range | null = null
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      range = start === undefined || end === undefined ? null : { start: start + this.shift, end: end + this.shift }
    } else if ('children' in node) {
      for (const child of node.children) {
        const inner = this.of(child as ElementContent)
        if (inner) range = range ? { start: Math.min(range.start, inner.start), end: Math.max(range.end, inner.end) } : inner
      }
    }
    this.#known.set(node, range)
    return range
  }

  set(node: object, range: Range | null): void {
    this.#known.set(node, range)
  }
}

/**
 * Wrap `range` inside `parent`; `createRun` makes the wrapper for each run.
 * Returns the runs made, in document order.
 *
 * Only the children the range touches are visited (found by binary search),
 * and the child list is rewritten only where a run is made, so marking a long
 * document costs time in proportion to its marks, not marks times blocks.
 */
export function wrapRange(
  parent: Parent,
  range: Range,
  ranges: Ranges,
  createRun: (children: ElementContent[]) => Element
): Element[] {
  const children = parent.children as ElementContent[]
  const first = firstTouching(children, range, ranges)
  let last = first
  while (last < children.length && (ranges.of(children[last]!)?.start ?? -Infinity) < range.end) last++

  const runs: Element[] = []
  const out: ElementContent[] = []
  let group: ElementContent[] = []
  let pending: ElementContent[] = []
  const flush = () => {
    if (group.length > 0) {
      const run = createRun(group)
      ranges.set(run, { start: ranges.of(group[0]!)!.start, end: ranges.of(group.at(-1)!)!.end })
      runs.push(run)
      out.push(run)
      group = []
    }
    out.push(...pending)
    pending = []
  }
  const take = (node: ElementContent) => {
    group.push(...pending, node)
    pending = []
  }

  let madeRun = false
  for (let index = first; index < last; index++) {
    const child = children[index]!
    const own = ranges.of(child)
    if (!own) {
      if (group.length > 0) pending.push(child)
      else out.push(child)
    } else if (own.end <= range.start || own.start >= range.end) {
      flush()
      out.push(child)
    } else if (child.type === 'text') {
      const [before, inside, after] = splitText(child, own, range, ranges)
      madeRun = true
      if (before) {
        flush()
        out.push(before)
      }
      if (inside) take(inside)
      if (after) {
        flush()
        out.push(after)
      }
    } else if (child.type === 'element' && phrasing.has(child.tagName) && own.start >= range.start && own.end <= range.end) {
      madeRun = true
      take(child)
    } else {
      flush()
      if ('children' in child) runs.push(...wrapRange(child, range, ranges, createRun))
      out.push(child)
    }
  }
  flush()
  if (madeRun) children.splice(first, last - first, ...out)
  return runs
}

/** Index of the first child that does not end before `range` starts. */
function firstTouching(children: ElementContent[], range: Range, ranges: Ranges): number {
  let low = 0
  let high = children.length
  while (low < high) {
    const middle = (low + high) >> 1
    let probe = middle
    while (probe < high && !ranges.of(children[probe]!)) probe++
    if (probe === high) high = middle
    else if (ranges.of(children[probe]!)!.end <= range.start) low = probe + 1
    else high = middle
  }
  return low
}

/** Split a text node into the parts before, inside and after `range`. */
function splitText(node: Text, own: Range, range: Range, ranges: Ranges): [Text | null, Text | null, Text | null] {
  const at = (offset: number) => indexAtSource(node.value, ranges.source, own.start, own.end, offset)
  const cuts = [0, at(range.start), at(range.end), node.value.length]
  const bounds = [own.start, Math.max(own.start, range.start), Math.min(own.end, range.end), own.end]
  const piece = (index: number): Text | null => {
    const value = node.value.slice(cuts[index], cuts[index + 1])
    if (value === '') return null
    const text: Text = { type: 'text', value }
    if (node.position) {
      text.position = {
        start: { ...node.position.start, offset: bounds[index]! - ranges.shift },
        end: { ...node.position.end, offset: bounds[index + 1]! - ranges.shift }
      }
    }
    ranges.set(text, { start: bounds[index]!, end: bounds[index + 1]! })
    return text
  }
  return [piece(0), piece(1), piece(2)]
}
