/**
 * rehype plugin that wraps every annotation found by `remark-newsmark` in
 * semantic HTML.
 *
 * Direct and partial quotes become `<q>` around the words inside the marks
 * (the article's own quote marks stay text, so style `q { quotes: none }` to
 * keep the browser from adding its own), indirect speech a `<span>`, statistics
 * `<data value>`, claims `<mark>`. Each element carries an id and `data-*`
 * attributes for kind, speaker, type, score, unit and qualifier.
 *
 * ## Notes
 *
 * - Runs after `remark-newsmark`, which stores the annotations in
 *   `file.data.newsmark`; without them it does nothing.
 * - A span that crosses element boundaries becomes several runs that share
 *   `data-annotation`; the first run has the annotation's id, the next ones
 *   `<id>-2`, `<id>-3` …. A span kept in one element has only its id.
 * - The text content of the tree never changes.
 */
import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from 'vfile'
import { byteOrderMark } from './annotate-tree.ts'
import { toMarks, type MarkKind } from './marks.ts'
import { addNoteButtons } from './note-buttons.ts'

import { Ranges, wrapRange } from './wrap-range.ts'

export interface Options {
  /** Which kinds of annotation to mark (default: `['quote', 'statistic', 'claim']`). */
  kinds?: ReadonlyArray<MarkKind> | null | undefined
  /** Prefix of element ids, so they cannot clash with the page's (default: `'nm-'`). */
  idPrefix?: string | null | undefined
  /** Prefix of class names (default: `'nm-'`). */
  classPrefix?: string | null | undefined
  /**
   * Add after each annotation a text-less button that opens its note, a
   * `popover` with id `<annotation id>-note` that the page renders, and point
   * the first run at it with `aria-details` (default: `false`).
   */
  notes?: boolean | null | undefined
}

const emptyOptions: Options = {}

/**
 * Mark quotes, statistics and claims in HTML.
 *
 * @param [options] Configuration (optional).
 * @returns Transform.
 */
export default function rehypeNewsmark(options?: Options | null) {
  const settings = options || emptyOptions
  const kinds = new Set<MarkKind>(settings.kinds ?? ['quote', 'statistic', 'claim'])
  const idPrefix = settings.idPrefix ?? 'nm-'
  const classPrefix = settings.classPrefix ?? 'nm-'
  const notes = settings.notes ?? false

  return function (tree: Root, file: VFile) {
    const annotations = file.data.newsmark
    if (!annotations) return
    const source = String(file)
    const ranges = new Ranges(source, byteOrderMark(source))
    const runsOf = new Map<Element, string>()
    for (const mark of toMarks(annotations, { kinds, idPrefix, classPrefix })) {
      let count = 0
      const runs = wrapRange(tree, mark, ranges, (children: ElementContent[]): Element => {
        count++
        return {
          type: 'element',
          tagName: mark.tagName,
          properties: { ...mark.properties, id: count === 1 ? mark.id : `${mark.id}-${count}` },
          children
        }
      })
      for (const run of runs) {
        if (runs.length > 1) run.properties.dataAnnotation = mark.id
        runsOf.set(run, mark.id)
      }
    }
    if (notes) addNoteButtons(tree, classPrefix, runsOf)
  }
}
