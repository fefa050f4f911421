/**
 * The standalone unified pipeline of the README, with and without Newsmark.
 */
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import rehypeNewsmark, { type Options as RehypeOptions } from '../../src/plugins/rehype-newsmark.ts'
import remarkNewsmark, { type Options as RemarkOptions } from '../../src/plugins/remark-newsmark.ts'

export function annotatedPipeline(options?: RehypeOptions, remarkOptions?: RemarkOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkNewsmark, remarkOptions)
    .use(remarkRehype)
    .use(rehypeNewsmark, options)
    .use(rehypeStringify)
}

export function plainPipeline() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)
}

/** The text a browser would show: tags dropped, character references decoded. */
export function textOf(html: string | VFile): string {
  return String(html)
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&(lt|gt|amp|quot);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[name]!)
}
