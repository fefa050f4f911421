/**
 * Astro hands `file.data.astro.frontmatter` to pages as
 * `remarkPluginFrontmatter`; outside Astro the object is simply extra data.
 */
import type { VFile } from 'vfile'

export function astroFrontmatter(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } }
  data.astro ??= {}
  data.astro.frontmatter ??= {}
  return data.astro.frontmatter
}
