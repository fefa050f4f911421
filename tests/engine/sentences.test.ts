import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/engine/sentences/index.ts'
import { evaluateGoldenRules } from '../../scripts/eval/golden-rules.ts'
import { sharedDir, sharedMissing, sharedPath } from '../../scripts/shared.ts'

const split = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end))

/** Each family of rules, as text and the sentences a reader sees in it. */
const families: Record<string, [string, string[]][]> = {
  'plain terminals': [
    ['Talks resumed on Monday. Neither side spoke.', ['Talks resumed on Monday.', 'Neither side spoke.']],
    ['Why now? Nobody knows! Wait?! No.', ['Why now?', 'Nobody knows!', 'Wait?!', 'No.']],
    ['Income rose 5.2%. 3,000 jobs were added.', ['Income rose 5.2%.', '3,000 jobs were added.']]
  ],
  'closing quotes and attributions': [
    ['He said: “Cooperation is the only way.” Talks ended.', ['He said: “Cooperation is the only way.”', 'Talks ended.']],
    ['“Prices will fall,” the minister said. “Wages will not.”', ['“Prices will fall,” the minister said.', '“Wages will not.”']],
    ['"Is it safe?" she asked. Nobody replied.', ['"Is it safe?" she asked.', 'Nobody replied.']],
    ["'Stop!' a guard shouted.", ["'Stop!' a guard shouted."]],
    ['“Can it be fixed?” Ana Ruiz asked reporters on Monday. It can.', ['“Can it be fixed?” Ana Ruiz asked reporters on Monday.', 'It can.']],
    ['“It is over.” Ruiz said.', ['“It is over.” Ruiz said.']],
    ['“It is over.” Ruiz said the deal had collapsed.', ['“It is over.”', 'Ruiz said the deal had collapsed.']]
  ],
  'titles and company abbreviations': [
    ['Mr. Okafor met Dr. Lee and Prof. Haas at St. Mary’s. Gen. Diaz came too.', ['Mr. Okafor met Dr. Lee and Prof. Haas at St. Mary’s.', 'Gen. Diaz came too.']],
    ['Acme Inc. bought Widget Ltd. last year. Acme Co. It grew.', ['Acme Inc. bought Widget Ltd. last year.', 'Acme Co.', 'It grew.']],
    ['Rates rose on Jan. 3 and fell at No. 10 on p. 7 of the report.', ['Rates rose on Jan. 3 and fell at No. 10 on p. 7 of the report.']],
    ['Some crops (e.g. maize) failed, i.e. Kenya’s. Others did not.', ['Some crops (e.g. maize) failed, i.e. Kenya’s.', 'Others did not.']]
  ],
  'acronyms and initials': [
    ['Troops left the U.K. for the U.S. Army base. They flew.', ['Troops left the U.K. for the U.S. Army base.', 'They flew.']],
    ['Sanctions hit the E.U. The bloc replied.', ['Sanctions hit the E.U.', 'The bloc replied.']],
    ['Author J. K. Rowling and Walter E. Smith spoke.', ['Author J. K. Rowling and Walter E. Smith spoke.']],
    ['It was up to her and I. Did it work?', ['It was up to her and I.', 'Did it work?']]
  ],
  'times of day': [
    ['Polls close at 8 p.m. Officials count overnight.', ['Polls close at 8 p.m.', 'Officials count overnight.']],
    ['By 7 a.m. Ms. Park had left. She returned at 9 p.m. GMT on Friday.', ['By 7 a.m. Ms. Park had left.', 'She returned at 9 p.m. GMT on Friday.']]
  ],
  'numbers, addresses and parentheses': [
    ['Oil fell to $61.58. Gold rose 0.4 percent.', ['Oil fell to $61.58.', 'Gold rose 0.4 percent.']],
    ['Write to press@example.org. See https://example.org/a.html. Thanks.', ['Write to press@example.org.', 'See https://example.org/a.html.', 'Thanks.']],
    ['The court (which sat in 2019.) ruled. (Reuters contributed.) Done.', ['The court (which sat in 2019.) ruled.', '(Reuters contributed.)', 'Done.']]
  ],
  'ellipses': [
    ['He paused... Then he resigned.', ['He paused...', 'Then he resigned.']],
    ['It was … Nigeria, not Benin, that signed.', ['It was … Nigeria, not Benin, that signed.']],
    ['She said the plan was "fine..." and left.', ['She said the plan was "fine..." and left.']],
    ['"Exports fell [...] Imports rose."', ['"Exports fell [...]', 'Imports rose."']]
  ],
  'lists': [
    ['Demands: 1) a ceasefire 2) elections', ['Demands: 1) a ceasefire 2) elections']],
    ['1. Cut tariffs 2. Open borders 3. Share data', ['1. Cut tariffs', '2. Open borders', '3. Share data']],
    ['The plan:\n- cut costs\n- hire staff', ['The plan:', '- cut costs', '- hire staff']],
    ['• Cut tariffs. • Open borders.', ['• Cut tariffs.', '• Open borders.']],
    [
      'Talks ended.\n\nDemands:\n1. Cut tariffs\n2. Open borders\n\nNo one objected. 3 people left.',
      ['Talks ended.', 'Demands:', '1. Cut tariffs', '2. Open borders', 'No one objected.', '3 people left.']
    ],
    ['Talks ended.\n\n• Cut tariffs • Open borders\n\nNo one objected.', ['Talks ended.', '• Cut tariffs', '• Open borders', 'No one objected.']]
  ],
  'paragraphs and lines': [
    ['A headline without a stop\n\nThe story begins.', ['A headline without a stop', 'The story begins.']],
    ['A wrapped line\nof one sentence. Next.', ['A wrapped line\nof one sentence.', 'Next.']],
    ['“A quote that runs on\n\n“and on.”', ['“A quote that runs on', '“and on.”']]
  ]
}

describe('splitSentences', () => {
  for (const [family, cases] of Object.entries(families)) {
    describe(family, () => {
      for (const [text, sentences] of cases) {
        it(text, () => expect(split(text)).toEqual(sentences))
      }
    })
  }

  it('returns ordered, disjoint, trimmed spans that never cross a blank line', () => {
    const piece = fc.constantFrom('Mr.', 'U.S.', 'J.', 'word', 'Word', '2.5', '1.', 'a.', '“', '”', '"', '...', '. . .', '?!', '•', '(', ')', '\n', '\n\n', ' ', '  ')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ')
        let previous = 0
        for (const { start, end } of splitSentences(text)) {
          expect(start).toBeGreaterThanOrEqual(previous)
          expect(end).toBeGreaterThan(start)
          const sentence = text.slice(start, end)
          expect(sentence.trim()).toBe(sentence)
          expect(sentence).not.toMatch(/\n\s*\n/)
          previous = end
        }
      })
    )
  })

  it('runs in linear time on adversarial text', () => {
    const unit = 'a'.repeat(50) + ' '.repeat(2000) + '. . . . '.repeat(50) + 'U.S.'.repeat(50) + '\n \n'
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length))
    const started = performance.now()
    splitSentences(text)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('runs in linear time when stops and list markers are far apart', () => {
    const text = 'A headline without a stop\n\n'.repeat(80_000) + 'The end. 1. An item'
    const started = performance.now()
    expect(splitSentences(text)).toHaveLength(80_002)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe.skipIf(!sharedDir)('on shared data', () => {
  if (!sharedDir) console.warn(sharedMissing)

  it('passes all 48 English Golden Rules', () => {
    const { passed, total, failures } = evaluateGoldenRules(sharedPath('peer/sentence-golden-rules/golden-rules-en.json'))
    expect(failures).toEqual([])
    expect([passed, total]).toEqual([48, 48])
  })

  it('reproduces at least 95 % of the sentences of the annotated corpus', () => {
    const corpus = sharedPath('corpus')
    let found = 0
    let total = 0
    for (const name of readdirSync(corpus).filter((file) => file.endsWith('.gold.json'))) {
      const text = readFileSync(path.join(corpus, name.replace('.gold.json', '.md')), 'utf8').replace(/^#.*$/gm, '')
      const sentences = new Set(split(text))
      const gold = JSON.parse(readFileSync(path.join(corpus, name), 'utf8')) as { claims: { sentence: string }[] }
      for (const { sentence } of gold.claims) {
        total++
        if (sentences.has(sentence)) found++
      }
    }
    expect(total).toBeGreaterThan(100)
    expect(found / total).toBeGreaterThanOrEqual(0.95)
  })
})
