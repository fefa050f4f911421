import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

it('runs the standalone pipeline of the README as shown', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const example = readme.slice(readme.indexOf('## The plugins on their own')).match(/```js\n([\s\S]*?)```/)![1]!
  const dir = path.join(root, 'test-results/readme')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'example.ts'), example.replaceAll("'./src/", "'../../src/"))
  const output = execFileSync(process.execPath, [path.join(dir, 'example.ts')], { encoding: 'utf8' })
  expect(output).toMatch(/<q [^>]*>Sales rose <data [^>]*value="12"/)
  expect(output).toContain('data-speaker=')
})
