import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { unpackNgrams } from '../../src/engine/claims/codec.ts'
import { findClaims, scoreSentence } from '../../src/engine/claims/index.ts'
import type { Quote, Span } from '../../src/engine/types.ts'
import { evaluateCheckworthiness, evaluateNewsClaims, newsGoldFiles } from '../../scripts/eval/checkworthiness.ts'
import { sharedDir, sharedMissing, sharedPath } from '../../scripts/shared.ts'

const factual = 'The company cut 4,500 jobs in 2019 and its revenue fell 12 percent to $3.2 billion.'
const opinion = 'I think this merger is a terrible idea for everyone.'

/** Sentence spans of `sentences` joined by single spaces. */
function layout(sentences: string[]): { text: string; spans: Span[] } {
  const spans: Span[] = []
  let start = 0
  for (const sentence of sentences) {
    spans.push({ start, end: start + sentence.length })
    start += sentence.length + 1
  }
  return { text: sentences.join(' '), spans }
}

function quoteOf(text: string, words: string, speaker: string | null, kind: Quote['kind'] = 'direct'): Quote {
  const start = text.indexOf(words)
  return { text: words, kind, speaker, start, end: start + words.length, cue: null }
}

describe('scoreSentence', () => {
  it('ships compact trained weights', () => {
    const file = fileURLToPath(new URL('../../src/engine/claims/weights.json', import.meta.url))
    expect(statSync(file).size).toBeLessThan(300_000)
    expect(unpackNgrams(JSON.parse(readFileSync(file, 'utf8')).ngrams).hashes.length).toBeGreaterThan(1000)
  })

  it('scores every sentence within 0..1', () => {
    for (const sentence of [factual, opinion, '', '?', 'Ja.', '“…”', 'x '.repeat(500), '12345678901234567890 %']) {
      for (const voice of ['speech', 'prose'] as const) {
        const { score } = scoreSentence(sentence, { voice })
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(1)
      }
    }
  })

  it('ranks a figure-laden factual sentence above an opinion', () => {
    for (const voice of ['speech', 'prose'] as const) {
      expect(scoreSentence(factual, { voice }).score).toBeGreaterThan(scoreSentence(opinion, { voice }).score)
    }
    expect(scoreSentence(factual).claim).toBe(true)
    expect(scoreSentence(opinion).claim).toBe(false)
  })

  it('never takes a question for a claim', () => {
    for (const voice of ['speech', 'prose'] as const) {
      expect(scoreSentence('Did the ministry spend 3 million pounds on the new bridge in 2019?', { voice }).claim).toBe(false)
      expect(scoreSentence('Will the council raise taxes again next year?”', { voice }).claim).toBe(false)
    }
  })

  it('never takes a recommendation with “should” for a claim', () => {
    for (const voice of ['speech', 'prose'] as const) {
      expect(scoreSentence('The government should invest more in public transport.', { voice }).claim).toBe(false)
      expect(scoreSentence('We must act now, before it is too late.', { voice }).claim).toBe(false)
    }
  })

  it('keeps a reported recommendation, a fact about who made it', () => {
    expect(scoreSentence('The mayor said last year that the city should sell the stadium for 20 million euros.', { voice: 'prose' }).claim).toBe(true)
  })

  it('gives each claim a type', () => {
    expect(scoreSentence(factual).type).toBe('quantity')
    expect(scoreSentence('Prices went up in the north because the only refinery there closed.').type).toBe('cause')
    expect(scoreSentence('The new law bans the sale of fireworks to anyone under 18.').type).toBe('rule')
    expect(scoreSentence('The minister resigned on Friday after meeting the president.').type).toBe('record')
    expect(scoreSentence('The river forms the border between the two countries.').type).toBe('other')
  })

  it('does not count dates, years and clock times as figures', () => {
    expect(scoreSentence('The minister resigned on March 3, 2019, at 10 a.m.').type).toBe('record')
  })
})

describe('predictions and characterisations', () => {
  const prose = (sentence: string) => scoreSentence(sentence, { voice: 'prose' }).claim
  const speech = (sentence: string) => scoreSentence(sentence).claim

  it('reads a reported modal or future verb as a prediction, figures or not', () => {
    expect(prose('The treasurer said the new levy would raise 4 billion dollars a year from 2027.')).toBe(false)
    expect(prose('Port officials warned that shipping delays could last into the spring.')).toBe(false)
    expect(prose('The airline told investors it will add 30 routes next summer.')).toBe(false)
    expect(speech('The airline told investors it will add 30 routes next summer.')).toBe(false)
    expect(prose('According to the mayor, the city expects to welcome 2 million visitors in 2026.')).toBe(false)
    expect(prose('The bank expects inflation to fall to 2.5% by the end of next year.')).toBe(false)
  })

  it('keeps a reporter’s own scheduled future and past facts around a modal as claims', () => {
    expect(prose('The museum will close for 14 months from March while its roof is replaced.')).toBe(true)
    expect(prose('A nurse who told patients she could cure their illness has been struck off after a tribunal found 12 charges proved.')).toBe(true)
    expect(prose('Shipments of grain handled in the port fell 8% to 3.1 million tonnes in 2023.')).toBe(true)
  })

  it('reads an evaluation in a partial quote as a characterisation', () => {
    expect(prose('The judge said the defendant’s conduct had been “reckless and selfish”.')).toBe(false)
    expect(prose('The union called the offer an "insult to nurses" and said it would ballot its members.')).toBe(false)
    expect(prose('The report said delays "cost the region $40 million" last year.')).toBe(true)
  })

  it('reads judging words in a quote as opinion, unless a figure makes them checkable', () => {
    expect(speech('"We have the finest squad this club has ever had," said the coach.')).toBe(false)
    expect(speech('"The economy has shown remarkable strength," said the minister.')).toBe(false)
    expect(speech('He said: "We were sloppy for the whole evening.')).toBe(false)
    expect(speech('"Exports rose 12% last year, the best result since 1998," the minister said.')).toBe(true)
  })

  it('reads a plan or a promise as not yet a fact, past a relative aside', () => {
    expect(prose('The zoo plans to build a new elephant house for 6 million pounds by 2028.')).toBe(false)
    expect(prose('The senator, who is running for a third term, pledged to cut fuel duty by 10 cents a gallon.')).toBe(false)
    expect(prose('The rebels vowed to retake the town within a week.')).toBe(false)
    expect(prose('The plans to widen the motorway were approved by 7 votes to 2 in May.')).toBe(true)
    expect(prose('The minister, who took office in 2021, has cut waiting lists by 40,000.')).toBe(true)
  })

  it('reads a reported expectation in the past as a prediction', () => {
    expect(prose('The finance minister told lawmakers the state expected a deficit of 3 billion dollars next year.')).toBe(false)
  })

  it('reads an active accusation as the accuser’s charge, a passive one as a record', () => {
    expect(prose('The opposition leader accused the minister of misleading parliament about the 2 billion pound contract.')).toBe(false)
    expect(prose('The former treasurer was accused of stealing 300,000 dollars from the charity in 2019.')).toBe(true)
  })

  it('keeps an obligation that a law sets as a claim about the rules', () => {
    const law = 'Under the Water Industry Act, suppliers must report every sewage spill within 24 hours.'
    expect(prose(law)).toBe(true)
    expect(scoreSentence(law, { voice: 'prose' }).type).toBe('rule')
    expect(prose('Landlords are required by law to return a deposit within 30 days.')).toBe(true)
    expect(prose('The city must spend the money before the winter arrives.')).toBe(false)
  })

  it('reads a judging adjective after an article in a quote as opinion', () => {
    expect(speech('"Flu is not a mild illness for the elderly," said the doctor.')).toBe(false)
    expect(speech('"It was a slow and costly rebuild, but the port is open," said the manager.')).toBe(false)
  })

  it('finds a reporter’s factual aside after an opinion quote', () => {
    const aside = layout(['"It is a wonderful feeling," said the 31-year-old, who has won 14 titles in nine seasons.'])
    const quotes = [quoteOf(aside.text, 'It is a wonderful feeling,', 'the 31-year-old')]
    expect(findClaims(aside.text, aside.spans, quotes)).toHaveLength(1)
  })
})

describe('robustness', () => {
  it('reads a question behind closing marks and brackets as a question', () => {
    expect(scoreSentence('Who will pay 3 million euros for the new bridge?”)', { voice: 'prose' }).claim).toBe(false)
  })

  it('still finds a figure at the start of a number, not inside it', () => {
    expect(scoreSentence('The firm hired 1,250 workers.').type).toBe('quantity')
    expect(scoreSentence('Sales were up 2.5 percent.').type).toBe('quantity')
  })

  it('scores long runs of digits, separators and closing marks in linear time', () => {
    for (const sentence of ['1,'.repeat(50_000), '1.'.repeat(50_000) + 'x', '?' + '"'.repeat(100_000) + 'a', '”'.repeat(100_000)]) {
      const started = performance.now()
      scoreSentence(sentence)
      expect(performance.now() - started, sentence.slice(0, 10)).toBeLessThan(1000)
    }
  })
})

describe('findClaims', () => {
  const sentences = [
    'The factory in Leeds employed 1,200 people until it closed in 2021.',
    '“Our workers deserve better than this,” said union leader Ann Cole.',
    '“The owners moved 300 jobs to Poland in 2020,” Cole added.',
    'Is there a way back?'
  ]
  const { text, spans } = layout(sentences)
  const quotes = [
    quoteOf(text, 'Our workers deserve better than this,', 'Ann Cole'),
    quoteOf(text, 'The owners moved 300 jobs to Poland in 2020,', 'Ann Cole')
  ]
  const claims = findClaims(text, spans, quotes)

  it('lists only the sentences judged claims, as spans of the text', () => {
    expect(claims.map((claim) => claim.text)).toEqual([sentences[0], sentences[2]])
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text)
  })

  it('credits a claim inside a quote to its speaker, and a reporter’s claim to nobody', () => {
    expect(claims.map((claim) => claim.speaker)).toEqual([null, 'Ann Cole'])
  })

  it('gives each claim a type and a score within 0..1', () => {
    expect(claims.map((claim) => claim.type)).toEqual(['quantity', 'quantity'])
    for (const claim of claims) expect(claim.score).toBeGreaterThan(0)
    for (const claim of claims) expect(claim.score).toBeLessThanOrEqual(1)
  })

  it('catches a plan in reported speech without marks, and keeps a reported fact credited to its speaker', () => {
    const reported = layout(['The ferry operator said it plans to add 12 sailings a day next summer.', 'The ferry operator said it carried 2.4 million passengers in 2023.'])
    const quotes = [
      quoteOf(reported.text, 'it plans to add 12 sailings a day next summer', 'Nordic Ferries', 'indirect'),
      quoteOf(reported.text, 'it carried 2.4 million passengers in 2023', 'Nordic Ferries', 'indirect')
    ]
    const found = findClaims(reported.text, reported.spans, quotes)
    expect(found.map((claim) => [claim.text, claim.speaker])).toEqual([['The ferry operator said it carried 2.4 million passengers in 2023.', 'Nordic Ferries']])
  })

  it('reads a reporter’s plain factual sentence as a claim', () => {
    const plain = layout(['The minister met union leaders in Cardiff on Tuesday.'])
    expect(findClaims(plain.text, plain.spans, [])).toHaveLength(1)
  })
})

describe.skipIf(!sharedDir)('claims on shared data', () => {
  if (!sharedDir) console.warn(sharedMissing)

  it('keeps F1 of check-worthy sentences on ClaimBuster dev.tsv above its floor', () => {
    const { f1, n } = evaluateCheckworthiness(sharedPath('peer/checkworthiness/dev.tsv'))
    expect(n).toBeGreaterThan(1000)
    expect(f1).toBeGreaterThanOrEqual(0.9)
  })

  it('keeps macro-F1 of claim against not-claim on the news gold files above its floor', () => {
    const { macroF1 } = evaluateNewsClaims(newsGoldFiles(sharedDir!))
    expect(macroF1).toBeGreaterThanOrEqual(0.85)
  })
})
