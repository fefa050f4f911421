/**
 * Astro integration that refuses to build from content `npm run check` would
 * reject, with the same `path:line:column: field: message` lines.
 *
 * Astro reads front matter with a YAML parser that quietly turns an
 * impossible unquoted date such as `2019-02-30` into 2019-03-02, so the
 * schema alone cannot see it; the check reads the files itself. When content
 * is bad, the output folder of an earlier build is removed too, so no stale
 * site is left looking complete.
 */
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { checkContent, formatProblem } from '../check/index.ts'

export interface Options {
  /** Folder of the article copies. */
  dir: string
}

export default function contentCheck(options: Options): AstroIntegration {
  return {
    name: 'newsmark:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        if (command !== 'build') return
        const problems = await checkContent(fileURLToPath(new URL(options.dir, config.root)))
        if (problems.length === 0) return
        await rm(config.outDir, { recursive: true, force: true })
        throw new Error(
          `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n${problems.map(formatProblem).join('\n')}`
        )
      }
    }
  }
}
