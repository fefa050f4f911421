/**
 * The text of a Markdown tree the way a reader sees it, with the way back to
 * source offsets.
 *
 * Blocks of prose (paragraphs, headings, table cells) become paragraphs
 * separated by a blank line; text is read across emphasis, links and line
 * breaks; code, HTML, images and front matter contribute nothing (inline code
 * becomes one space, so words on either side stay apart).
 */
import type { Nodes, Root } from 'mdast'
import { sourceOffsets } from './source-map.ts'

export interface ReadingText {
  /** The reading text handed to the engine. */
  text: string
  /**
   * Map an offset in `text` to an offset in the Markdown source; an `end`
   * offset binds to the text before it, a `start` offset to the text after it.
   */
  toSource: (offset: number, edge?: 'start' | 'end') => number
}

interface Segment {
  /** Where the segment starts in the reading text. */
  from: number
  /** Its length in the reading text. */
  length: number
  /** Where it starts and ends in the source. */
  start: number
  end: number
  /** The source offset of each of its characters, when not simply `start + index`. */
  offsets: Int32Array | null
}

const proseBlocks = new Set(['paragraph', 'heading', 'tableCell'])
const skipped = new Set(['code', 'html', 'image', 'imageReference', 'yaml', 'toml', 'definition', 'footnoteDefinition'])

/** Collect the reading text of `tree`, parsed from `source`. */
export function readingText(tree: Root, source: string): ReadingText {
  const segments: Segment[] = []
  // The parts are joined once at the end: a string grown by `+=` is a tree of
  // pieces, which the engine reads about 5 % slower than one flat string.
  const parts: string[] = []
  let length = 0

  const append = (value: string, start: number, end: number, exact = false) => {
    const offsets = exact ? null : sourceOffsets(value, source, start, end)
    segments.push({ from: length, length: value.length, start, end, offsets })
    parts.push(value)
    length += value.length
  }

  const phrasing = (node: Nodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text' && start !== undefined && end !== undefined) append(node.value, start, end)
    else if (node.type === 'break' && start !== undefined) append('\n', start, end ?? start, true)
    else if (node.type === 'inlineCode' && start !== undefined) append(' ', start, end ?? start, true)
    else if ('children' in node && !skipped.has(node.type)) for (const child of node.children) phrasing(child)
  }

  const block = (node: Nodes) => {
    if (skipped.has(node.type)) return
    if (proseBlocks.has(node.type) && 'children' in node) {
      if (length > 0) {
        parts.push('\n\n')
        length += 2
      }
      for (const child of node.children) phrasing(child)
    } else if ('children' in node) for (const child of node.children) block(child)
  }

  block(tree)
  return { text: parts.join(''), toSource: (offset, edge = 'start') => toSource(segments, offset, edge) }
}

/**
 * A reading-text offset in source terms: exact inside a text node (see
 * `source-map.ts`); inside a break or inline code it snaps to the node's
 * start; between segments to the nearest edge.
 */
function toSource(segments: Segment[], offset: number, edge: 'start' | 'end'): number {
  let low = 0
  let high = segments.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    const from = segments[middle]!.from
    if (edge === 'start' ? from <= offset : from < offset) low = middle
    else high = middle - 1
  }
  const segment = segments[low]
  if (!segment) return 0
  const into = offset - segment.from
  if (into >= segment.length) return segment.end
  if (into <= 0) return segment.start
  return segment.offsets ? segment.offsets[into]! : segment.start + Math.min(into, segment.end - segment.start)
}
