/**
 * The build and `check` must agree about every broken copy: the build reads
 * front matter with Astro's own parser (js-yaml, which turns unquoted dates
 * into `Date` objects), `check` with `yaml`. For every file of the check
 * fixtures, the schema over Astro's reading must fail exactly when `check`
 * finds a problem in the front matter.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter'
import { describe, expect, it } from 'vitest'
import { checkFile, type ContentProblem } from '../../src/check/index.ts'
import contentCheck from '../../src/integrations/content-check.ts'
import { articleSchema } from '../../src/schema/article.ts'

const fixtures = path.resolve(import.meta.dirname, '../check/fixtures')

/** Does the build accept this file's front matter? */
function buildAccepts(source: string): boolean {
  try {
    const { frontmatter } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' })
    return articleSchema.safeParse(frontmatter).success
  } catch {
    return false
  }
}

describe('check and build agree on front matter', () => {
  for (const dir of readdirSync(fixtures).sort()) {
    for (const name of readdirSync(path.join(fixtures, dir)).filter((file) => file.endsWith('.md'))) {
      it(`${dir}/${name}`, () => {
        const source = readFileSync(path.join(fixtures, dir, name), 'utf8')
        const problems: ContentProblem[] = []
        checkFile(name, name, source, problems)
        const checkAccepts = problems.every((problem) => problem.field === 'body')
        expect(buildAccepts(source), problems.map((p) => `${p.field}: ${p.message}`).join('; ') || 'check finds no problem').toBe(checkAccepts)
      })
    }
  }
})

describe('dates the build reads as Date objects', () => {
  for (const date of ['2019-13-01', '2019-02-30', '2021-06-31', '2019-00-10']) {
    it(`the build refuses an unquoted ${date} (Astro's parser would roll it over) and leaves no site`, async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'newsmark-dates-'))
      const outDir = path.join(root, 'dist')
      mkdirSync(path.join(root, 'articles'))
      mkdirSync(outDir)
      writeFileSync(path.join(outDir, 'index.html'), '<p>an earlier build</p>')
      writeFileSync(
        path.join(root, 'articles/copy.md'),
        `---\ntitle: T\nstory: s\noutlet: O\npublished: ${date}\nlanguage: en\ncopy: original\n---\n\nText.\n`
      )
      const setup = contentCheck({ dir: './articles' }).hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>
      const config = { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${outDir}/`) }
      await expect(setup({ command: 'build', config })).rejects.toThrow(/copy\.md:5:1: published: /)
      expect(existsSync(outDir)).toBe(false)
    })
  }
})
