/**
 * remark plugin that finds every quote, statistic and check-worthy claim in a
 * Markdown document with Newsmark's engine.
 *
 * ## Notes
 *
 * - Reads each block of prose the way a reader sees it (across emphasis,
 *   links and line breaks; never inside code, HTML or front matter).
 * - Stores the annotations, with offsets into the file, on `file.data.newsmark`
 *   and on `file.data.astro.frontmatter.newsmark`, so Astro pages receive them
 *   as `remarkPluginFrontmatter`; `rehype-newsmark` turns them into HTML.
 * - Problems in the text (a quote mark that never closes …) are reported as
 *   messages on the file, never thrown.
 */
import type { Root } from 'mdast'
import type { Transformer } from 'unified'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { annotate, type Annotations } from '../engine/index.ts'
import { readTree } from './annotate-tree.ts'
import { astroFrontmatter } from './astro-frontmatter.ts'

declare module 'vfile' {
  interface DataMap {
    newsmark: Annotations
  }
}

export interface Options {
  /** Report problems found in the text as file messages (default: `true`). */
  messages?: boolean | null | undefined
  /**
   * How to run the engine on the text of the document (default: the engine's
   * `annotate`, on this thread). With a function that returns a promise, such
   * as `annotateOffThread` from `engine-thread.ts`, the transform is
   * asynchronous: use `process`, not `processSync`.
   */
  engine?: ((text: string) => Annotations | Promise<Annotations>) | null | undefined
}

const emptyOptions: Options = {}

/**
 * Annotate quotes, statistics and claims.
 *
 * @param [options] Configuration (optional).
 * @returns Transform.
 */
export default function remarkNewsmark(options?: Options | null): Transformer<Root> {
  const settings = options || emptyOptions
  const messages = settings.messages ?? true
  const engine = settings.engine ?? annotate

  return function (tree, file) {
    const reading = readTree(tree, String(file))
    const found = engine(reading.text)
    if (found instanceof Promise) return found.then((annotations) => store(reading.toSource(annotations), file))
    return store(reading.toSource(found), file)
  }

  function store(annotations: Annotations, file: VFile): undefined {
    file.data.newsmark = annotations
    astroFrontmatter(file).newsmark = annotations
    if (!messages) return
    const place = location(file)
    for (const problem of annotations.problems) {
      const start = place.toPoint(problem.start)
      const end = place.toPoint(problem.end)
      file.message(problem.reason, {
        place: start && end ? { start, end } : start,
        ruleId: problem.ruleId,
        source: 'newsmark'
      })
    }
  }
}
