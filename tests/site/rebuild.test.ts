/**
 * A rebuild of a site whose cache is kept (the build a newsroom runs every
 * day): the article that changed is marked and exported again, and the
 * pages of unchanged articles are copied from the last build.
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from './sites.ts'

const seed = 'ambassador-huawei-5g'
const changed = 'windows-line-endings'

describe('a rebuild with the cache kept', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'newsmark-rebuild-'))
  const content = path.join(work, 'content')
  const out = path.join(work, 'dist')
  const built = (file: string) => readFileSync(path.join(out, file), 'utf8')
  const build = () =>
    execFileSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: out, NEWSMARK_CONTENT: content, ASTRO_CACHE_DIR: path.join(work, 'cache') },
      stdio: ['ignore', 'pipe', 'inherit']
    })
  let seedBefore = ''
  let log = ''

  beforeAll(() => {
    mkdirSync(content)
    copyFileSync(path.join(root, `content/articles/${seed}.md`), path.join(content, `${seed}.md`))
    copyFileSync(path.join(root, `tests/site/hostile-content/${changed}.md`), path.join(content, `${changed}.md`))
    build()
    seedBefore = built(`articles/${seed}/index.html`)
    appendFileSync(path.join(content, `${changed}.md`), '\r\n"We will appeal this levy in court," said Jonas Berg, a shipping agent.\r\n')
    log = stripVTControlCharacters(build())
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('marks and exports the new quote of the article that changed', () => {
    expect(built(`articles/${changed}/index.html`)).toMatch(/<q [^>]*>We will appeal this levy in court,<\/q>/)
    const quotes = JSON.parse(built(`articles/${changed}/annotations.json`)).quotes as Array<{ text: string; speaker: string }>
    expect(quotes).toContainEqual(expect.objectContaining({ text: 'We will appeal this levy in court,', speaker: 'Jonas Berg' }))
  })

  it('copies the pages and exports of the unchanged article from the last build', () => {
    expect(built(`articles/${seed}/index.html`)).toBe(seedBefore)
    for (const file of ['index.html', 'annotations.json', 'annotations.jsonld']) {
      expect(log).toMatch(new RegExp(`/articles/${seed}/${file.replace('.', '\\.')} \\((restored|cached)\\)`))
      expect(log).not.toMatch(new RegExp(`/articles/${changed}/${file.replace('.', '\\.')} \\((restored|cached)\\)`))
    }
  })
})
