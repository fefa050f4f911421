import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contentCacheDir, sourcesDigest } from '../../src/content-cache.ts'

describe('the content cache folder', () => {
  let project: string
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true })
    writeFileSync(path.join(project, file), text)
  }

  beforeEach(() => {
    project = mkdtempSync(path.join(tmpdir(), 'newsmark-cache-'))
    write('src/engine/index.ts', 'export const engine = 1\n')
    write('src/engine/claims/weights.json', '{"bias": 0.5}\n')
    write('src/plugins/marks.ts', 'export const marks = 1\n')
    write('package-lock.json', '{"packages": {}}\n')
    write('src/pages/index.astro', '<h1>Home</h1>\n')
  })
  afterEach(() => rmSync(project, { recursive: true, force: true }))

  it('changes its name when the engine, its model, the plugins or the locked dependencies change', () => {
    const before = sourcesDigest(project)
    expect(sourcesDigest(project)).toBe(before)
    for (const [file, text] of [
      ['src/engine/index.ts', 'export const engine = 2\n'],
      ['src/engine/claims/weights.json', '{"bias": 0.6}\n'],
      ['src/plugins/marks.ts', 'export const marks = 2\n'],
      ['src/plugins/new-plugin.ts', 'export {}\n'],
      ['package-lock.json', '{"packages": {"remark-gfm": {}}}\n']
    ] as const) {
      const original = existsSync(path.join(project, file)) ? readFileSync(path.join(project, file), 'utf8') : undefined
      write(file, text)
      expect(sourcesDigest(project), file).not.toBe(before)
      if (original === undefined) rmSync(path.join(project, file))
      else write(file, original)
      expect(sourcesDigest(project), `${file} restored`).toBe(before)
    }
  })

  it('keeps its name when only the pages change, which Astro renders on every build anyway', () => {
    const before = sourcesDigest(project)
    write('src/pages/index.astro', '<h1>Welcome</h1>\n')
    expect(sourcesDigest(project)).toBe(before)
  })

  it('lies in the base folder and removes the folders of earlier code, nothing else', () => {
    const base = path.join(project, 'node_modules/.astro')
    const first = contentCacheDir(base, project)
    expect(path.dirname(first)).toBe(base)
    mkdirSync(path.join(first, 'data-store'), { recursive: true })
    mkdirSync(path.join(base, 'assets'), { recursive: true })
    write('src/engine/index.ts', 'export const engine = 2\n')
    const second = contentCacheDir(base, project)
    expect(second).not.toBe(first)
    expect(existsSync(first)).toBe(false)
    expect(existsSync(path.join(base, 'assets'))).toBe(true)
  })
})
