import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteProcessor } from '../../src/plugins/site-pipeline.ts'
import { textSelectors } from '../../src/site/text-selectors.ts'
import { annotatedPipeline } from './pipeline.ts'
import { parsedSelectors } from './selectors-reference.ts'

describe('W3C selectors from the rendered HTML', () => {
  const fixtures = path.join(import.meta.dirname, 'fixtures')
  const inputs = [
    ...readdirSync(fixtures).map((name) => readFileSync(path.join(fixtures, name, 'input.md'), 'utf8')),
    '"We won 🎉 by 12 percent & more <than> expected," said Jo Smith, the coach.',
    '"Prices [rose](https://example.org/?a=1&b=2 "a > b") 5 percent," the *Bank of 👍 England* said.',
    '"Prices [rose](https://example.org/news/) 5 percent," the *Bank of England* said on Monday in London.',
    'Written on Windows,\r\nthe report said.\r\n"Prices rose 5 percent,\r\nand wages 2 percent," the *Bank of England* said on Monday.\r\n',
    'Sales rose 12 percent 📈📈📈 in May, the bank said on its website this morning after the vote.',
    'After a long and difficult week for everyone involved 🌧🌧🌧 sales rose 12 percent.'
  ]
  const pipelines = { quoted: annotatedPipeline({ notes: true }), 'site (unquoted)': siteProcessor() }
  for (const [name, pipeline] of Object.entries(pipelines)) {
    for (const input of inputs) {
      it(`agree with an HTML parser, ${name} attributes: ${input.slice(0, 40)}`, async () => {
        const html = String(await pipeline.process(input))
        const selectors = textSelectors(html)
        const expected = parsedSelectors(html)
        expect(Object.keys(selectors).sort()).toEqual(Object.keys(expected).sort())
        for (const [id, reference] of Object.entries(expected)) expect(selectors[id], id).toMatchObject(reference)
      })
    }
  }

  it('take a mark’s id, not a heading’s that happens to be the same', () => {
    const selectors = textSelectors('<h2 id=nm-q1>NM Q1</h2><p>She said: “<q class=nm-quote id=nm-q1>We won</q>”</p>')
    expect(selectors['nm-q1']).toMatchObject({ exact: 'We won', prefix: 'NM Q1She said: “', suffix: '”' })
  })
})
