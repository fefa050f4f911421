/**
 * The plugins the site runs on every article, in order, and the same
 * pipeline as a plain unified processor for tests and benchmarks.
 *
 * Raw HTML is removed and links are made safe by `rehype-sanitize` before
 * Newsmark adds its own marks, so the sanitizer never sees (or strips) them.
 * Attribute values are written without needless quotes, with the marks on
 * and off alike.
 */
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified, type PluggableList } from 'unified'
import { annotateOffThread } from './engine-thread.ts'
import rehypeCompactHtml from './rehype-compact-html.ts'
import rehypeNewsmark from './rehype-newsmark.ts'
import remarkNewsmark from './remark-newsmark.ts'

export interface SitePlugins {
  remarkPlugins: PluggableList
  rehypePlugins: PluggableList
}

export interface SiteOptions {
  /**
   * Run the engine on a worker thread (default: `false`), so that a build
   * uses a second core; the pipeline is then asynchronous.
   */
  offThread?: boolean | undefined
}

/** The site's remark and rehype plugins; `marks: false` leaves Newsmark out. */
export function sitePlugins(marks = true, options: SiteOptions = {}): SitePlugins {
  return {
    remarkPlugins: marks ? [[remarkNewsmark, { engine: options.offThread ? annotateOffThread : null }]] : [],
    rehypePlugins: marks ? [rehypeSanitize, [rehypeNewsmark, { notes: true }], rehypeCompactHtml] : [rehypeSanitize, rehypeCompactHtml]
  }
}

/** remark-parse → remark-gfm → the site's plugins → rehype-stringify. */
export function siteProcessor(marks = true) {
  const { remarkPlugins, rehypePlugins } = sitePlugins(marks)
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify)
    .freeze()
}
