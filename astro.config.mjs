// @ts-check
import { unified } from '@astrojs/markdown-remark'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import rehypeSanitize from 'rehype-sanitize'
import { articlesDir } from './src/content-dir.ts'
import contentCheck from './src/integrations/content-check.ts'
import rehypeNewsmark from './src/plugins/rehype-newsmark.ts'
import remarkNewsmark from './src/plugins/remark-newsmark.ts'

/**
 * `SITE` (origin, e.g. https://example.org) and `BASE` (sub-folder, e.g.
 * /newsmark) say where `dist/` will be served from; `NEWSMARK_PLAIN=1`
 * builds without the annotation plugins (for benchmarks).
 *
 * Raw HTML in articles is removed and links are made safe by `rehype-sanitize`
 * before Newsmark adds its own marks.
 */
const plain = process.env.NEWSMARK_PLAIN === '1'

/** @type {import('@astrojs/markdown-remark').RehypePlugins} */
const rehypePlugins = plain ? [rehypeSanitize] : [rehypeSanitize, [rehypeNewsmark, { notes: true }]]

export default defineConfig({
  site: process.env.SITE || 'http://localhost:4321',
  base: process.env.BASE || '/',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [contentCheck({ dir: articlesDir }), sitemap()],
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: plain ? [] : [remarkNewsmark],
      rehypePlugins
    })
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] }
    }
  }
})
