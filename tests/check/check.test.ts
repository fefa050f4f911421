import { readdirSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent, formatProblem } from '../../src/check/index.ts'

const fixtures = path.join(import.meta.dirname, 'fixtures')

describe('check: every problem with its file, line and field', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, async () => {
      const dir = path.join(fixtures, name)
      const expected = readFileSync(path.join(dir, 'problems.txt'), 'utf8').split('\n').filter(Boolean)
      const problems = await checkContent(dir, dir)
      expect(problems.map(formatProblem)).toEqual(expected)
    })
  }
})

describe('npm run check', () => {
  const cli = path.resolve(import.meta.dirname, '../../src/cli/check.ts')
  const run = (dir: string) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [cli, dir], { encoding: 'utf8', stdio: 'pipe' }) }
    } catch (error) {
      const failed = error as { status: number; stderr: string }
      return { code: failed.status, out: failed.stderr }
    }
  }

  it('exits 1 and prints both problems of a broken copy', () => {
    const { code, out } = run(path.join(fixtures, 'impossible-date-and-unknown-key'))
    expect(code).toBe(1)
    expect(out).toMatch(/input\.md:5:1: published: /)
    expect(out).toMatch(/input\.md:8:1: colour: Unknown key/)
  })

  it('passes the shipped content with a one-line summary', () => {
    const { code, out } = run(path.resolve(import.meta.dirname, '../../content/articles'))
    expect(code).toBe(0)
    expect(out.trim().split('\n')).toHaveLength(1)
  })
})
