/**
 * Where Astro keeps its content cache: a folder named after the code that
 * marks the articles, so that the first build after that code changes
 * annotates every article again.
 *
 * Astro reuses an article's rendered HTML, and with it the marks and the
 * annotations, for as long as the article's file is unchanged, whatever
 * plugins rendered it (withastro/astro#13028). Upgrading Newsmark would then
 * change nothing in a site built before. The engine, the plugins, the schema
 * and the locked dependency versions are hashed into the folder's name, and
 * the folders of other hashes are removed.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

/** What shapes an article's stored rendering, relative to the project root. */
export const renderingSources: readonly string[] = ['src/engine', 'src/plugins', 'src/schema', 'package-lock.json']

const prefix = 'newsmark-'

/** A digest of the files at `sources` under `root` (folders read whole), by relative path and content. */
export function sourcesDigest(root: string, sources: readonly string[] = renderingSources): string {
  const hash = createHash('sha256')
  for (const source of sources) {
    for (const file of filesAt(path.join(root, source))) {
      hash.update(path.relative(root, file).split(path.sep).join('/')).update('\0').update(readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * `<base>/newsmark-<digest of root's rendering sources>`, absolute; the other
 * `newsmark-*` folders in `base` (caches of earlier code) are removed.
 */
export function contentCacheDir(base: string, root: string, sources: readonly string[] = renderingSources): string {
  const folder = path.resolve(root, base)
  const name = prefix + sourcesDigest(root, sources)
  if (existsSync(folder)) {
    for (const entry of readdirSync(folder)) {
      if (entry.startsWith(prefix) && entry !== name) rmSync(path.join(folder, entry), { recursive: true, force: true })
    }
  }
  return path.join(folder, name)
}

/** The files at `target` in a stable order: itself, or every file below it; none if it is missing. */
function filesAt(target: string): string[] {
  if (!existsSync(target)) return []
  if (!statSync(target).isDirectory()) return [target]
  return readdirSync(target, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(target, entry))
    .filter((file) => statSync(file).isFile())
    .sort()
}
