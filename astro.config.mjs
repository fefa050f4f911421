// @ts-check
import { unified } from '@astrojs/markdown-remark'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { contentCacheDir } from './src/content-cache.ts'
import { articlesDir } from './src/content-dir.ts'
import contentCheck from './src/integrations/content-check.ts'
import { sitePlugins } from './src/plugins/site-pipeline.ts'

/**
 * `SITE` (origin, e.g. https://example.org) and `BASE` (sub-folder, e.g.
 * /newsmark) say where `dist/` will be served from; `NEWSMARK_PLAIN=1`
 * builds without the annotation plugins (for benchmarks). `ASTRO_CACHE_DIR`
 * moves the cache, in which each version of the marking code gets its own
 * folder (`content-cache.ts`).
 */
const plain = process.env.NEWSMARK_PLAIN === '1'

export default defineConfig({
  site: process.env.SITE || 'http://localhost:4321',
  base: process.env.BASE || '/',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: contentCacheDir(process.env.ASTRO_CACHE_DIR || './node_modules/.astro', import.meta.dirname),
  trailingSlash: 'ignore',
  // Four pages at a time, so that rendering one overlaps writing another
  // (`npm run bench`: the pages phase a fifth to two fifths shorter).
  build: { format: 'directory', concurrency: 4 },
  integrations: [contentCheck({ dir: articlesDir }), sitemap()],
  markdown: {
    syntaxHighlight: false,
    processor: unified(/** @type {import('@astrojs/markdown-remark').UnifiedProcessorOptions} */ (sitePlugins(!plain, { offThread: true })))
  },
  // A rebuild renders again only the pages whose article, code or config
  // changed, and copies the others from the cache (`cacheKey` in
  // `site/articles.ts`).
  experimental: { incrementalBuild: true },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] }
    }
  }
})
