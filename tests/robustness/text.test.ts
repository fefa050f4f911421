/**
 * Messy text: every case goes through the engine and through the plugins,
 * must not throw, must keep every span inside the text, must render the same
 * text as the plain pipeline, and must not mark what is not there.
 */
import { describe, expect, it } from 'vitest'
import { annotate, type Annotations } from '../../src/engine/index.ts'
import { markViolations, render, spanViolations, textOf } from './pipeline.ts'

/** Run `text` through both paths and assert the invariants; return the engine's and the plugins' results. */
function both(text: string) {
  const engine = annotate(text)
  expect(spanViolations(text, engine), 'engine spans').toEqual([])
  const rendered = render(text)
  expect(spanViolations(text, rendered.annotations!), 'plugin spans').toEqual([])
  expect(markViolations(rendered.tree), 'marks').toEqual([])
  expect(textOf(rendered.tree)).toBe(textOf(render(text, false).tree))
  return { engine, rendered }
}

const marked = (a: Annotations) => a.quotes.filter((quote) => quote.kind !== 'indirect')
const startingBefore = (a: Annotations, offset: number) => a.quotes.filter((quote) => quote.start < offset)
const unclosed = (a: Annotations) => a.problems.filter((problem) => problem.ruleId === 'unclosed-quote')

describe('a quotation mark that never closes', () => {
  const first = 'The mayor said "we will never give up on this city, whatever the ministry decides.'
  const rest = 'The council meets again on Friday, when 40 members will vote on a budget of 2 million euros.\n\nOfficials said the vote would be close.'
  const text = `${first}\n\n${rest}`

  it('is reported with its position and stops at the end of its paragraph', () => {
    const { engine, rendered } = both(text)
    expect(unclosed(engine).map((p) => [p.start, p.end])).toEqual([[15, 16]])
    for (const quote of startingBefore(engine, first.length)) expect(quote.end, quote.text).toBeLessThanOrEqual(first.length)
    expect(engine.statistics.map((s) => s.text)).toContain('2 million euros')
    const message = rendered.file.messages.find((m) => m.ruleId === 'unclosed-quote')
    expect(message && [message.line, message.column, message.source]).toEqual([1, 16, 'newsmark'])
    expect(String(message)).toMatch(/^input\.md:1:16(-1:17)?: .*(never closed|unclosed)/i)
  })

  it('does not take the rest of the article into the quote in the HTML', () => {
    const { rendered } = both(text)
    const quoted = rendered.html.match(/<q\b[^>]*>[\s\S]*?<\/q>/g) ?? []
    for (const q of quoted) expect(q).not.toContain('council meets')
  })

  it('stops at a blank line written with CRLF', () => {
    const crlf = text.replace(/\n/g, '\r\n')
    const { engine } = both(crlf)
    expect(unclosed(engine)).toHaveLength(1)
    for (const quote of startingBefore(engine, first.length)) expect(quote.end, quote.text).toBeLessThanOrEqual(first.length)
  })

  it('with curly marks, after a closed quote, is reported once', () => {
    const curly = '“We will never give up,” she said. Then he added: “and neither will I.\n\nThe vote is on Friday.'
    const { engine, rendered } = both(curly)
    expect(unclosed(engine).map((p) => curly[p.start])).toEqual(['“'])
    expect(rendered.file.messages.filter((m) => m.ruleId === 'unclosed-quote').map((m) => [m.line, m.column])).toEqual([[1, 51]])
    for (const quote of startingBefore(engine, curly.indexOf('\n'))) expect(quote.end, quote.text).toBeLessThanOrEqual(curly.indexOf('\n'))
  })
})

describe('quotation marks', () => {
  it('one quote running over two paragraphs (only the last closes)', () => {
    const text = '“The line will open in 2026.\n\n“It will carry 22,000 passengers a day,” Maria Lindqvist said.'
    const { engine, rendered } = both(text)
    expect(marked(engine)).toHaveLength(1)
    expect(marked(engine)[0]!.text).toMatch(/^The line will open in 2026\.[\s\S]*passengers a day,?$/)
    expect(unclosed(engine)).toEqual([])
    expect(rendered.file.messages.filter((m) => m.ruleId === 'unclosed-quote')).toEqual([])
  })

  it('mixed straight and curly marks pair up', () => {
    const text = 'Officials disagreed. “We are ready," said Ana Ruiz. "So are we,” replied Tom Berg.'
    const { engine } = both(text)
    expect(marked(engine).map((q) => q.text.replace(/[,.]$/, ''))).toEqual(['We are ready', 'So are we'])
    expect(unclosed(engine)).toEqual([])
  })

  it('a nested quote belongs to the outer one', () => {
    for (const [text, nested] of [
      ['“My father told me, ‘never sell the farm,’ and I never did,” said Ana Ruiz.', 'never sell the farm'],
      ['"My father told me, \'never sell the farm,\' and I never did," said Ana Ruiz.', 'never sell the farm'],
      ['«Mon père m’a dit “ne vends jamais la ferme” et je ne l’ai pas fait», a dit Ana Ruiz.', 'ne vends jamais']
    ] as const) {
      const { engine } = both(text)
      expect(marked(engine), text).toHaveLength(1)
      expect(marked(engine)[0]!.text).toContain(nested)
      expect(unclosed(engine)).toEqual([])
    }
  })

  it('apostrophes are never quote marks', () => {
    for (const text of [
      "Britain's economy didn't grow in the '90s, and rock 'n' roll isn't dead, the critic said.",
      'Britain’s economy didn’t grow in the ’90s, and rock ’n’ roll isn’t dead, the critic said.',
      "The players' union said the clubs' offer was late.",
      "Ma'am, the O'Briens won't come, said Kate O'Neill."
    ]) {
      const { engine } = both(text)
      expect(marked(engine), text).toEqual([])
      expect(unclosed(engine), text).toEqual([])
    }
  })

  it('primes and inch marks are not quote marks', () => {
    for (const text of [
      'The centre, who is 6\'2" tall, scored 31 points, the coach said.',
      'The centre, who is 6′2″ tall, scored 31 points, the coach said.',
      'The laptop has a 15" screen and weighs 1.6 kg, the company said.'
    ]) {
      const { engine } = both(text)
      expect(marked(engine), text).toEqual([])
      expect(unclosed(engine), text).toEqual([])
    }
  })

  it('an inch mark inside a quote does not close it', () => {
    const text = '“The new model has a 15" screen and costs $999,” said Tim Cole.'
    const { engine } = both(text)
    expect(marked(engine)).toHaveLength(1)
    expect(marked(engine)[0]!.text).toContain('costs $999')
  })

  it('Markdown inside a quote does not break it', () => {
    const text = '“We *will* win this [vote](https://example.org), and **soon**,” said Ana Ruiz.'
    const { rendered } = both(text)
    expect(rendered.annotations!.quotes.filter((q) => q.kind !== 'indirect')).toHaveLength(1)
    expect(rendered.html).toMatch(/<q\b[^>]*>[^]*<em>will<\/em>[^]*<strong>soon<\/strong>[^]*<\/q>/)
  })
})

describe('reported speech', () => {
  it('clauses of a chain of speech verbs never cross each other', () => {
    both('They said yes; said no; said maybe.')
    both('The mayor said taxes would rise; the council said rents would fall; residents said nothing.')
  })
})

describe('entities and escapes', () => {
  it('keep the offsets of the plugins on the right characters', () => {
    for (const text of ['Smith &amp; Jones paid 42 million euros for the site.', 'The rate rose \\*sharply\\* to 12 percent, the bank said.']) {
      const { rendered } = both(text)
      const statistic = rendered.annotations!.statistics[0]!
      expect(text.slice(statistic.start, statistic.end), text).toBe(statistic.text)
    }
  })
})

describe('unicode', () => {
  it('emoji, including joined sequences, stay whole', () => {
    const text = '“We won 🎉🏆 today, for every 👨‍👩‍👧 in town,” said the captain, Jo Smith. Ticket sales rose 12 percent 📈 this year.'
    const { engine } = both(text)
    expect(marked(engine)).toHaveLength(1)
    expect(marked(engine)[0]!.text).toContain('🎉🏆')
    expect(engine.statistics.find((s) => s.kind === 'percent')?.value).toBe(12)
  })

  it('combining characters stay with their letter, and names with them are whole', () => {
    const text = '“Cafe\u0301 owners are angry about the 20 percent rise,” said Jose\u0301 Garci\u0301a, the head of the association.'
    const { engine } = both(text)
    expect(marked(engine)).toHaveLength(1)
    expect(marked(engine)[0]!.speaker?.normalize('NFC')).toBe('José García')
  })

  it('zero-width characters, soft hyphens and no-break spaces change nothing', () => {
    const text = 'Lind\u00ADqvist said the plan “will\u200B work”. The budget is 4.2\u00A0billion euros, up 6\u202F% on last year.\u2060\uFEFF'
    const { engine } = both(text)
    expect(engine.quotes.some((q) => q.text.includes('work'))).toBe(true)
    expect(engine.statistics.map((s) => s.value)).toEqual(expect.arrayContaining([4_200_000_000, 6]))
  })

  it('CJK text with its own punctuation', () => {
    const text = '中国外交部发言人说：“我们反对任何形式的单边制裁。”他还表示，贸易额增长了百分之五。\n\n「よろしくお願いします」と彼は言った。\n\nThe spokesman said: “我们反对任何形式的单边制裁。”'
    const { engine } = both(text)
    expect(unclosed(engine)).toEqual([])
    expect(marked(engine).map((q) => q.text)).toContain('我们反对任何形式的单边制裁。')
  })

  it('right-to-left text with guillemets and direction marks', () => {
    const text = 'قال الوزير «سنعمل معا من أجل السلام» يوم الأحد.\n\nאמר השר \u200F"נעבוד יחד"\u200F ביום ראשון.'
    const { engine } = both(text)
    expect(unclosed(engine)).toEqual([])
    expect(engine.quotes.some((q) => q.text.includes('سنعمل معا'))).toBe(true)
  })

  it('direction marks around straight quote marks do not hide the quote', () => {
    const text = 'The minister said \u200F"we will work together"\u200F on Sunday.'
    const { engine } = both(text)
    expect(marked(engine).map((q) => q.text)).toEqual(['we will work together'])
    for (const quote of engine.quotes) expect(quote.text).not.toMatch(/"/)
  })
})

describe('line endings, BOM and empty input', () => {
  const lf = '“The line will open in 2026,” said Maria Lindqvist.\n\nIt will cost 300 million euros, the council said.\nA second line\nwill follow.'

  it('CRLF gives the same annotations as LF', () => {
    const crlf = lf.replace(/\n/g, '\r\n')
    const texts = (a: Annotations) => ({
      quotes: a.quotes.map((q) => q.text.replace(/\r/g, '')),
      statistics: a.statistics.map((s) => s.text),
      claims: a.claims.map((c) => c.text.replace(/\r/g, '')),
      problems: a.problems.map((p) => p.ruleId)
    })
    expect(texts(both(crlf).engine)).toEqual(texts(both(lf).engine))
    expect(texts(both(crlf).rendered.annotations!)).toEqual(texts(both(lf).rendered.annotations!))
  })

  it('a BOM does not shift the offsets of the plugins', () => {
    const source = `\uFEFF${lf}`
    const { rendered } = both(source)
    const statistic = rendered.annotations!.statistics[0]!
    expect(source.slice(statistic.start, statistic.end)).toBe(statistic.text)
    const quote = rendered.annotations!.quotes[0]!
    expect(source.slice(quote.start, quote.end)).toContain('The line will open in 2026')
  })

  it('an empty, blank or code-only body gives no annotations and no messages', () => {
    const none = { quotes: [], statistics: [], claims: [], problems: [] }
    for (const text of ['', ' ', '\n\n\n', '\r\n\r\n', '\uFEFF', '\u200B', '```\n"never closed 42%\n```', '<div>"never closed</div>', '    "indented code 12%']) {
      const { engine, rendered } = both(text)
      if (text.trim() === '' || text === '\u200B') expect(engine, JSON.stringify(text)).toEqual(none)
      expect(rendered.annotations, JSON.stringify(text)).toEqual(none)
      expect(rendered.file.messages, JSON.stringify(text)).toEqual([])
    }
  })
})
