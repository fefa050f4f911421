import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const cli = path.join(root, 'src/cli/annotate.ts')
const run = (...args: string[]) => {
  try {
    return { code: 0, stdout: execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: 'pipe' }), stderr: '' }
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string }
    return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('npm run annotate', () => {
  it('prints the JSON of ANNOTATIONS.md §4 with offsets into the file as read', () => {
    const file = path.join(root, 'content/articles/ambassador-huawei-5g.md')
    const source = readFileSync(file, 'utf8')
    const { code, stdout } = run(file)
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['quotes', 'statistics', 'claims']))
    for (const statistic of json.statistics) expect(source.slice(statistic.start, statistic.end)).toBe(statistic.text)
    for (const quote of json.quotes) {
      expect(quote).toEqual(expect.objectContaining({ kind: expect.stringMatching(/^(direct|partial|indirect)$/) }))
      expect(source.slice(quote.start, quote.end).replace(/\s+/g, ' ')).toBe(quote.text.replace(/\s+/g, ' '))
    }
    for (const claim of json.claims) expect(claim.score).toBeGreaterThanOrEqual(0)
  })

  it('fails with a one-line error and exit 2 on a missing file', () => {
    const { code, stderr } = run(path.join(root, 'no-such-file.md'))
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('no-such-file.md')
  })

  it('fails with exit 2 when given no file', () => {
    expect(run().code).toBe(2)
  })
})
