/**
 * Property tests: thousands of random Markdown documents built from realistic
 * fragments (words, figures, quote marks of every kind, emphasis, links,
 * headings, lists, code, raw HTML, unicode oddities). For every one the engine
 * and the plugins never throw, every span lies inside the text and covers its
 * `text`, spans of one kind never overlap, marks nest properly in the HTML
 * (an HTML parser reading the page back builds the same nesting, wherever it
 * does so for the plain rendering, and there the W3C selectors of the
 * exports agree with the parser's), and the page's text content is exactly
 * that of the plain rendering.
 */
import fc from 'fast-check'
import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/engine/index.ts'
import { textSelectors } from '../../src/site/text-selectors.ts'
import { parsedSelectors } from '../plugins/selectors-reference.ts'
import { markViolations, render, shape, spanViolations, textOf } from './pipeline.ts'

const words = fc.constantFrom(
  'the', 'minister', 'said', 'told', 'reporters', 'council', 'budget', 'would', 'rise', 'Huawei', 'Britain’s', "Britain's",
  "don't", 'won’t', "'90s", '’90s', 'Maria', 'Lindqvist', 'Dr.', 'Mr.', 'U.S.', 'according', 'to', 'warned', 'added', 'she', 'he',
  'percent', 'per', 'cent', 'million', 'billion', 'people', 'jobs', 'years', 'km', 'about', 'more', 'than', 'up', 'at least', 'between', 'and'
)
const figures = fc.constantFrom(
  '42', '1,200', '3.5', '2 billion pounds', '£2bn', '$1.5 million', '€300', '12%', '40 percent', 'one third', 'between 36 and 40 people',
  '6\'2"', '15–20 seconds', '2019', 'COVID-19', '5G', '1.', '7,500 jobs', '0.5', '-3', '1/2', '9:30', '10 km', '99.9 %', '¥10'
)
const marks = fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '″', '′')
const punctuation = fc.constantFrom('.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '/', '&', '#')
const oddities = fc.constantFrom(
  '\u200B', '\u00AD', '\uFEFF', '\u2060', '🎉', '👨‍👩‍👧', '🇬🇧', 'e\u0301', '中文报道', '「引用」', 'عربي', 'עברית', '\u200F', '\u200E', '\u00A0',
  '\u202F', '\t', '\r\n', '  \n', '\\\n', '\n', '\\*', '\\"', '&amp;', '&quot;', '&#8220;', '&nbsp;', '&lt;', '*', '_', '`', '~'
)
const html = fc.constantFrom(
  '<b>', '</b>', '<em>x</em>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- note -->', '<a href="javascript:alert(1)">x</a>',
  '<span style="color:red">', '</span>', '<q>', '</q>', '<br>', '<mark>m</mark>'
)

const urls = fc.constantFrom('https://example.org/a?b=1&c=2', 'https://example.org/news/', '/about/', 'https://example.org/"x">y', 'mailto:desk@example.org')

const atom = fc.oneof(
  { weight: 8, arbitrary: words },
  { weight: 3, arbitrary: figures },
  { weight: 3, arbitrary: marks },
  { weight: 3, arbitrary: punctuation },
  { weight: 2, arbitrary: oddities },
  { weight: 1, arbitrary: html }
)

const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string; span: string }>((tie) => ({
  inline: fc.array(fc.tuple(tie('span'), fc.constantFrom(' ', ' ', ' ', '')), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([a, b]) => a + b).join('')),
  span: fc.oneof(
    { depthSize: 'xsmall', withCrossShrink: true },
    { weight: 12, arbitrary: atom },
    { weight: 1, arbitrary: tie('inline').map((s) => `*${s}*`) },
    { weight: 1, arbitrary: tie('inline').map((s) => `**${s}**`) },
    { weight: 1, arbitrary: tie('inline').map((s) => `_${s}_`) },
    { weight: 1, arbitrary: tie('inline').map((s) => `~~${s}~~`) },
    { weight: 1, arbitrary: fc.tuple(tie('inline'), urls).map(([s, url]) => `[${s}](${url})`) },
    { weight: 1, arbitrary: tie('inline').map((s) => `“${s}”`) },
    { weight: 1, arbitrary: tie('inline').map((s) => `"${s}," she said`) },
    { weight: 1, arbitrary: fc.constantFrom('`code "x"`', '<https://example.org>', '![a “b”](x.png)', '[ref][1]', 'x[^1]') }
  )
})).inline

const block = fc.oneof(
  { weight: 6, arbitrary: inline },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([level, s]) => `${'#'.repeat(level)} ${s}`) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 4 }).map((items) => items.map((s) => `- ${s}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 4 }).map((items) => items.map((s, i) => `${i + 1}. ${s}`).join('\n')) },
  { weight: 1, arbitrary: inline.map((s) => `> ${s}`) },
  { weight: 1, arbitrary: inline.map((s) => `\`\`\`\n${s}\n\`\`\``) },
  { weight: 1, arbitrary: inline.map((s) => `    ${s}`) },
  { weight: 1, arbitrary: inline.map((s) => `<div>${s}</div>`) },
  { weight: 1, arbitrary: fc.tuple(inline, inline).map(([a, b]) => `| a | b |\n|---|---|\n| ${a.replace(/[|\n]/g, ' ')} | ${b.replace(/[|\n]/g, ' ')} |`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '[1]: https://example.org', '[^1]: A “footnote” of 12%.', '<script>window.x=1</script>') }
)

const document = fc
  .array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n', '\r\n\r\n', '\n\n\n')), { maxLength: 6 })
  .map((parts) => parts.map(([b, sep]) => b + sep).join(''))

describe('random Markdown documents', () => {
  it('the engine never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(spanViolations(text, annotate(text))).toEqual([])
      }),
      { numRuns: 2_000 }
    )
  })

  it('the plugins never throw, keep spans in the source, nest their marks and change no text', () => {
    fc.assert(
      fc.property(document, (text) => {
        const rendered = render(text)
        const plain = render(text, false)
        expect(spanViolations(text, rendered.annotations!)).toEqual([])
        expect(markViolations(rendered.tree)).toEqual([])
        expect(textOf(rendered.tree), 'text content with the plugins').toBe(textOf(plain.tree))
        const reparsed = (html: string) => shape(fromHtml(html, { fragment: true }))
        if (JSON.stringify(reparsed(plain.html)) === JSON.stringify(shape(plain.tree))) {
          expect(reparsed(rendered.html), 'the HTML parser nests the marks differently').toEqual(shape(rendered.tree))
          expect(textSelectors(rendered.html), 'W3C selectors').toEqual(parsedSelectors(rendered.html))
        }
      }),
      { numRuns: 1_000 }
    )
  })
})
