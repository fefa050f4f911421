/**
 * The sites the site tests read: the same content built at the root and
 * under a base path, into `test-results/` (see `build-sites.ts`).
 */
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')

export interface Site {
  name: string
  /** The base path the site was built for, with a trailing slash. */
  base: string
  dir: string
  content: string
}

export const sites = {
  root: { name: 'root', base: '/', dir: path.join(root, 'test-results/site-root'), content: path.join(root, 'content/articles') },
  base: { name: 'base', base: '/newsmark/', dir: path.join(root, 'test-results/site-base'), content: path.join(root, 'content/articles') },
  hostile: {
    name: 'hostile',
    base: '/',
    dir: path.join(root, 'test-results/site-hostile'),
    content: path.join(root, 'tests/site/hostile-content')
  }
} satisfies Record<string, Site>
