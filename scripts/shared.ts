/**
 * Where `../shared` (gold files, development corpus, peer suites) is, resolved
 * at run time. Tests that need it skip with a message when it is absent.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Absolute path of the shared folder, or `undefined` when it is not there. */
export const sharedDir: string | undefined = [
  process.env.NEWSMARK_SHARED,
  path.resolve(root, '../shared')
].find((dir): dir is string => Boolean(dir) && existsSync(dir as string))

export const sharedMissing =
  'skipped: ../shared (gold files and peer suites) not found; set NEWSMARK_SHARED to its path'

export function sharedPath(...parts: string[]): string {
  if (!sharedDir) throw new Error(sharedMissing)
  return path.join(sharedDir, ...parts)
}
