// @ts-check
import { defineConfig } from 'astro/config'
import { unified } from '@astrojs/markdown-remark'

/**
 * `SITE` (origin, e.g. https://example.org) and `BASE` (sub-folder, e.g.
 * /newsmark) say where `dist/` will be served from.
 */
export default defineConfig({
  site: process.env.SITE || undefined,
  base: process.env.BASE || '/',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins: [], rehypePlugins: [] })
  }
})
