import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { findQuotes } from '../../src/engine/quotes/index.ts'
import { splitSentences } from '../../src/engine/sentences/index.ts'
import type { Quote } from '../../src/engine/types.ts'
import { sharedDir, sharedMissing, sharedPath } from '../../scripts/shared.ts'

function quotes(text: string): Quote[] {
  return findQuotes(text, splitSentences(text)).quotes
}

function marked(text: string): Array<[string, string, string | null]> {
  return quotes(text)
    .filter((quote) => quote.kind !== 'indirect')
    .map((quote) => [quote.text, quote.kind, quote.speaker])
}

describe('quote marks', () => {
  test('three partial quotes in one sentence are three quotes', () => {
    const text =
      'Mayor Ana Ruiz, the head of the city council, urged residents to “stay calm”, “check on neighbours” and “avoid the flooded roads” on Monday.'
    expect(marked(text)).toEqual([
      ['stay calm', 'partial', 'Ana Ruiz'],
      ['check on neighbours', 'partial', 'Ana Ruiz'],
      ['avoid the flooded roads', 'partial', 'Ana Ruiz']
    ])
  })

  test('a quote continuing after "he said" is a second quote with the same speaker', () => {
    const text = 'Coach Peter Lund was upbeat. “We played well,” he said, “and we will win the next one.”'
    expect(marked(text)).toEqual([
      ['We played well,', 'direct', 'Peter Lund'],
      ['and we will win the next one.', 'partial', 'Peter Lund']
    ])
  })

  test('a quote running over paragraphs is one quote', () => {
    const text = 'Judge Mary Okafor spoke last. “The law is clear.\n\n“The appeal is dismissed,” she said.'
    const found = marked(text)
    expect(found).toHaveLength(1)
    expect(found[0]![0]).toMatch(/^The law is clear\.[\s\S]*The appeal is dismissed,$/)
    expect(found[0]![2]).toBe('Mary Okafor')
  })

  test('a nested quote belongs to the outer quote', () => {
    const text = '“They told us ‘wait and see’, and we waited,” said farmer Joe Briggs.'
    expect(marked(text)).toEqual([['They told us ‘wait and see’, and we waited,', 'direct', 'Joe Briggs']])
  })

  test('straight and curly marks both count', () => {
    const straight = 'Dr Lena Park said: "The results are promising."'
    const curly = 'Dr Lena Park said: “The results are promising.”'
    expect(marked(straight)).toEqual(marked(curly))
    expect(marked(straight)).toEqual([['The results are promising.', 'direct', 'Lena Park']])
  })

  test('single marks as the outer quote, with a plural possessive inside', () => {
    const text = "'The drivers' strike will go ahead,' said union leader Rosa Vidal. 'We have no choice.'"
    expect(marked(text)).toEqual([
      ["The drivers' strike will go ahead,", 'direct', 'Rosa Vidal'],
      ['We have no choice.', 'direct', 'Rosa Vidal']
    ])
  })

  test('a cue before a quote wins over a new sentence after it', () => {
    const text = 'Speaking in Lyon, Mayor Paul Roux said: “The river is safe.” Minister Léa Blanc said the tests would continue.'
    expect(marked(text)).toEqual([['The river is safe.', 'direct', 'Paul Roux']])
  })

  test('apostrophes and primes are not quote marks', () => {
    const text = "Britain’s rock ’n’ roll scene of the ’90s didn't fade, and the 6'2\" singer isn’t done, said Sam Cole, 52."
    expect(marked(text)).toEqual([])
  })

  test('titles, coined terms and scare words are not quotes', () => {
    const text =
      'The so-called “experts” met at the premiere of “The Long Night” to discuss the plan, dubbed “Project Blue”. Critics wrote about the “crisis” in the region.'
    expect(marked(text)).toEqual([])
  })

  test('a gloss in brackets is not a quote but an attributed word is', () => {
    const text = 'The EU (“European Union”) summit ended. Senator Amy Holt called the deal “shameful”.'
    expect(marked(text)).toEqual([['shameful', 'partial', 'Amy Holt']])
  })
})

describe('unclosed marks', () => {
  test('a mark that never closes is a problem and stops at its paragraph', () => {
    const text = 'Officer Dan Reyes said, “We will find them.\n\nThe search continued overnight. Police said it was over.'
    const { quotes: found, problems } = findQuotes(text, splitSentences(text))
    expect(problems).toMatchObject([{ ruleId: 'unclosed-quote', start: text.indexOf('“') }])
    const direct = found.filter((quote) => quote.kind !== 'indirect')
    expect(direct.map((quote) => quote.text)).toEqual(['We will find them.'])
  })
})

describe('robustness', () => {
  test('an unclosed mark stops at a blank line written with CRLF', () => {
    const text = 'Officer Dan Reyes said "we will find them.\r\n\r\nThe search continued overnight, police said.'
    const { quotes: found, problems } = findQuotes(text, splitSentences(text))
    expect(problems.map((problem) => problem.start)).toEqual([text.indexOf('"')])
    expect(found.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.text)).toEqual(['we will find them.'])
  })

  test('a quote running over CRLF paragraphs is one quote', () => {
    const text = 'Judge Mary Okafor spoke last. “The law is clear.\r\n\r\n“The appeal is dismissed,” she said.'
    expect(marked(text).map((quote) => quote[2])).toEqual(['Mary Okafor'])
  })

  test('a straight mark after a digit inside curly marks is an inch sign', () => {
    const text = '“Our cheapest set has a 32" screen and sells for $199,” said shop owner Mia Lund.'
    expect(marked(text)).toEqual([['Our cheapest set has a 32" screen and sells for $199,', 'direct', 'Mia Lund']])
  })

  test('a straight mark after a digit still closes a straight quote', () => {
    const text = 'Fans sang "we beat them 3-1" all night, said club secretary Tom Hale.'
    expect(marked(text).map((quote) => quote[0])).toEqual(['we beat them 3-1'])
  })

  test('direction marks and zero-width characters around a mark do not hide the quote', () => {
    for (const invisible of ['\u200E', '\u200F', '\u061C', '\u200B', '\u2060', '\uFEFF']) {
      const text = `Minister Omar Haddad said ${invisible}"we will rebuild the port"${invisible} on Monday.`
      const found = quotes(text)
      expect(found.map((quote) => [quote.text, quote.kind]), JSON.stringify(invisible)).toEqual([['we will rebuild the port', 'partial']])
    }
  })

  test('the clauses of a chain of speech verbs never overlap', () => {
    for (const text of [
      'Officials said yes; said no; said perhaps later.',
      'The union said pay would rise; the board said costs would fall; staff said nothing at all.',
      'Ana Ruiz said Tom Hale told reporters that the plan had failed, and Mia Lund said it had not.'
    ]) {
      const indirect = quotes(text).filter((quote) => quote.kind === 'indirect')
      for (const [index, quote] of indirect.entries()) {
        for (const other of indirect.slice(index + 1)) expect(quote.end <= other.start || other.end <= quote.start, text).toBe(true)
      }
    }
  })

  test('runs in linear time on long runs of dots, marks and speech verbs', () => {
    for (const text of ['.'.repeat(100_000), 'ab.'.repeat(30_000) + ' x', 'He said she said '.repeat(6000), 'said '.repeat(20_000), '“a” b '.repeat(16_000)]) {
      const started = performance.now()
      quotes(text)
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(1500)
    }
  })
})

describe('indirect speech', () => {
  test('"X said (that) CLAUSE", "CLAUSE, X said" and "according to X"', () => {
    const text = [
      'Finance minister Olaf Brandt said that inflation would fall next year.',
      'Prices for energy have already peaked, he noted.',
      'According to the central bank, wages rose by 4%.'
    ].join('\n\n')
    expect(quotes(text).map((quote) => [quote.text, quote.kind, quote.speaker])).toEqual([
      ['inflation would fall next year', 'indirect', 'Olaf Brandt'],
      ['Prices for energy have already peaked', 'indirect', 'Olaf Brandt'],
      ['wages rose by 4%', 'indirect', null]
    ])
  })

  test('"told" skips the addressee', () => {
    const text = 'Ruth Adeyemi told reporters the vote would go ahead.'
    expect(quotes(text).map((quote) => quote.text)).toEqual(['the vote would go ahead'])
  })

  const indirect = (text: string): Array<[string, string | null]> =>
    quotes(text).filter((quote) => quote.kind === 'indirect').map((quote) => [quote.text, quote.speaker])

  test('", according to X" at the end of a sentence reports the clause before it', () => {
    expect(indirect('Water use in the valley fell 12% last summer, according to figures from the regional utility Aqualis.')).toEqual([
      ['Water use in the valley fell 12% last summer', 'Aqualis']
    ])
    expect(indirect('Bus fares rose twice in a year, according to the Transit Workers Union, which represents drivers.')).toEqual([
      ['Bus fares rose twice in a year', 'Transit Workers Union']
    ])
  })

  test('", X said," in mid-sentence reports the clause before the comma', () => {
    expect(indirect('Sales climbed 3% in the spring quarter, the Retail Council said, well ahead of forecasts.')).toEqual([
      ['Sales climbed 3% in the spring quarter', 'Retail Council']
    ])
    expect(indirect('Ten homes were flooded overnight, three residents of the street said, before the pumps arrived.')).toEqual([
      ['Ten homes were flooded overnight', null]
    ])
  })

  test('a bound on a figure may open the reported clause', () => {
    expect(indirect('Mayor Lena Ortiz said at least 40 roads were closed. She said about 900 homes had lost power.')).toEqual([
      ['at least 40 roads were closed', 'Lena Ortiz'],
      ['about 900 homes had lost power', 'Lena Ortiz']
    ])
  })

  test('a reported clause keeps the partial quote inside it, and the partial stays a quote', () => {
    const text = 'Professor Ivan Petek said the results were “encouraging but early”, adding that more trials were needed.'
    expect(quotes(text).map((quote) => [quote.text, quote.kind])).toEqual([
      ['the results were “encouraging but early”', 'indirect'],
      ['encouraging but early', 'partial'],
      ['more trials were needed', 'indirect']
    ])
  })

  test('a phrase before "that" is skipped: "said in a statement that"', () => {
    expect(indirect('The two councillors said in a short written statement that the plan broke election promises.')).toEqual([
      ['the plan broke election promises', null]
    ])
  })

  test('a verb taking an object or a colon reports no clause', () => {
    expect(indirect('The bill adds a tax of 2% on sugary drinks. The bakery reported a 9% rise in sales. The fund pledged €3 million for repairs.')).toEqual([])
    expect(indirect('Ana Silva spoke last. She told the local radio station: “We are not leaving.”')).toEqual([])
  })
})

describe('speakers', () => {
  const intro = 'Liang Wei, the Chinese trade envoy to Canada, arrived on Monday. Canada’s opposition leader Ruth Gale was absent.\n\n'

  test('a pronoun resolves to the most recent compatible person', () => {
    expect(marked(`${intro}“Trade is good for both sides,” he said.`)[0]![2]).toBe('Liang Wei')
    expect(marked(`${intro}“This visit is a mistake,” she said.`)[0]![2]).toBe('Ruth Gale')
  })

  test('a role and a pronoun reach back past many people named since', () => {
    const others = ['Anna', 'Maria', 'Laura', 'Sofia', 'Elena'].flatMap((given) =>
      ['Berg', 'Holm', 'Lind', 'Dahl', 'Sand', 'Strand', 'Vik', 'Falk'].map((surname) => `${given} ${surname} said the talks were useful.`)
    )
    const text = `Ambassador Karl Weiss arrived on Monday.\n\n${others.join('\n\n')}\n\n“We are close,” the ambassador said. “It was a long night,” he said.`
    expect(marked(text)).toEqual([
      ['We are close,', 'direct', 'Karl Weiss'],
      ['It was a long night,', 'direct', 'Karl Weiss']
    ])
  })

  test('names with letters beyond ASCII are whole names', () => {
    const text = '“We will appeal,” said Zoë Ångström-Łukasiewicz, a lawyer for the family. Ångström-Łukasiewicz added: “This is not over.”'
    expect(marked(text).map((quote) => quote[2])).toEqual(['Zoë Ångström-Łukasiewicz', 'Zoë Ångström-Łukasiewicz'])
  })

  test('a surname resolves to the full name', () => {
    expect(marked(`${intro}“We are ready,” Liang added.`)[0]![2]).toBe('Liang Wei')
  })

  test('a description resolves to the person introduced with that role', () => {
    expect(marked(`${intro}“We are ready,” the envoy said.`)[0]![2]).toBe('Liang Wei')
  })

  test('an organisation speaks through "the company" and "a spokesperson for"', () => {
    const text =
      'Nordwind, the German airline, reported a profit on Monday.\n\n“Demand is strong,” the company said.\n\nA spokesperson for Nordwind said: “We expect more flights.”'
    expect(marked(text).map((quote) => quote[2])).toEqual(['Nordwind', 'Nordwind'])
  })

  test('an unnamed source has no speaker', () => {
    expect(marked('One official told the newspaper: “Nobody was ready.”')).toEqual([['Nobody was ready.', 'direct', null]])
  })

  test('an unattributed quote keeps the previous speaker until someone else comes in', () => {
    const text = [
      '“The bridge is safe,” engineer Karl Moss said. “We checked every bolt.”',
      '“Nothing has changed,” he said.',
      'Resident Ella Stone disagreed with the council.',
      '“I saw the cracks myself.”'
    ].join('\n\n')
    expect(marked(text).map((quote) => quote[2])).toEqual(['Karl Moss', 'Karl Moss', 'Karl Moss', 'Ella Stone'])
  })

  test('an inverted "said" takes the name after honorifics, title words and a name run before it', () => {
    expect(marked('“The scans were clear,” said Dr. Maya Lindqvist, a radiologist at the clinic.')[0]![2]).toBe('Maya Lindqvist')
    expect(marked('“Stay off the ice,” said Coast Guard petty officer chief Omar Haddad.')[0]![2]).toBe('Omar Haddad')
  })

  test('an inverted "said the 31-year-old" is the person just named', () => {
    const text = 'Grace Obi won the race in record time. “I trained for this all winter,” said the 31-year-old, who lives in Leeds.'
    expect(marked(text)[0]![2]).toBe('Grace Obi')
  })

  test('post-nominal letters are not part of the name', () => {
    const text = 'The defence lawyer, Simon Hart KC, said his client was “shocked”. Hart also said the trial had been fair.'
    expect(marked(text)).toEqual([['shocked', 'partial', 'Simon Hart']])
  })

  test('"a spokesperson for X, NAME, said" is NAME speaking', () => {
    const text = 'Mayor Tom Baird is away. A spokeswoman for the mayor, Nina Cole, called the report “misleading”.'
    expect(marked(text)).toEqual([['misleading', 'partial', 'Nina Cole']])
  })

  test('"the company" is the latest organisation introduced as a business, not the latest one named', () => {
    const text = [
      'Harbour Energy, the regional utility, cut power to 5,000 homes.',
      'The Met Service said gales would return on Friday.',
      'The company said a substation had been “badly damaged”.'
    ].join('\n\n')
    expect(marked(text)).toEqual([['badly damaged', 'partial', 'Harbour Energy']])
  })

  test('a generic plural subject names nobody', () => {
    const text = 'Rivers rose across the north on Sunday, levels hydrologists described as “unprecedented”.'
    expect(marked(text)).toEqual([['unprecedented', 'partial', null]])
  })

  test('the cue is the attribution span', () => {
    const text = '“It works,” said Professor Ian Marsh.'
    const [quote] = quotes(text)
    expect(text.slice(quote!.cue!.start, quote!.cue!.end)).toBe('said Professor Ian Marsh')
  })
})

interface GoldQuote {
  text: string
  kind: string
  speaker: string | null
}

const QUOTE_CHARS = /["'“”‘’«»„‟‹›]/g

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of text.toLowerCase().replace(QUOTE_CHARS, ' ').match(/[\p{L}\p{N}_.%$£€¥-]+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts
}

function overlap(a: string, b: string): number {
  const left = bag(a)
  const right = bag(b)
  let shared = 0
  for (const [word, count] of left) shared += Math.min(count, right.get(word) ?? 0)
  const size = (counts: Map<string, number>): number => [...counts.values()].reduce((sum, count) => sum + count, 0)
  return shared / Math.max(size(left), size(right), 1)
}

/** Greedy one-to-one matching by word overlap, as the official scorer does. */
function match(gold: readonly { text: string }[], predicted: readonly { text: string }[]): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = []
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const score = overlap(g.text, p.text)
    if (score >= 0.5) pairs.push([score, i, j])
  }))
  pairs.sort((a, b) => b[0] - a[0])
  const usedGold = new Set<number>()
  const usedPredicted = new Set<number>()
  const out: Array<[number, number]> = []
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedPredicted.has(j)) continue
    usedGold.add(i)
    usedPredicted.add(j)
    out.push([i, j])
  }
  return out
}

describe.skipIf(!sharedDir)('development set', () => {
  if (!sharedDir) console.warn(sharedMissing)

  test('quote F1, speaker accuracy and indirect recall stay above their floors', () => {
    const cases: Array<[string, string]> = [
      [readFileSync(sharedPath('seed/ambassador-huawei-5g.txt'), 'utf8').replace(/\n/g, '\n\n'), sharedPath('gold/ambassador-huawei-5g.json')]
    ]
    for (const file of readdirSync(sharedPath('corpus'))) {
      if (file.endsWith('.md') && file !== 'SOURCES.md') {
        cases.push([readFileSync(sharedPath('corpus', file), 'utf8'), sharedPath('corpus', file.replace(/\.md$/, '.gold.json'))])
      }
    }
    let tp = 0
    let predictedCount = 0
    let goldCount = 0
    let speakerOk = 0
    let indirectTp = 0
    let indirectGold = 0
    for (const [text, goldPath] of cases) {
      const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { quotes: GoldQuote[] }).quotes
      const found = quotes(text)
      const goldMarked = gold.filter((quote) => quote.kind !== 'indirect')
      const foundMarked = found.filter((quote) => quote.kind !== 'indirect')
      const pairs = match(goldMarked, foundMarked)
      tp += pairs.length
      predictedCount += foundMarked.length
      goldCount += goldMarked.length
      speakerOk += pairs.filter(([i, j]) => goldMarked[i]!.speaker === foundMarked[j]!.speaker).length
      const goldIndirect = gold.filter((quote) => quote.kind === 'indirect')
      indirectTp += match(goldIndirect, found.filter((quote) => quote.kind === 'indirect')).length
      indirectGold += goldIndirect.length
    }
    const precision = tp / predictedCount
    const recall = tp / goldCount
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95)
    expect(speakerOk / tp).toBeGreaterThanOrEqual(0.95)
    expect(indirectTp / indirectGold).toBeGreaterThanOrEqual(0.8)
  })
})
