import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findStatistics, recognizeNumbers } from '../../src/engine/statistics/index.ts'
import { tokenize } from '../../src/engine/statistics/tokens.ts'
import { evaluateRecognizers } from '../../scripts/eval/recognizers.ts'
import { sharedDir, sharedMissing, sharedPath } from '../../scripts/shared.ts'

/** `[text, kind, value, max, unit, qualifier]` of every statistic, as a reader would list them. */
type Row = [string, string, number, number | null, string | null, string | null]

const rows = (text: string): Row[] =>
  findStatistics(text).map((s) => [s.text, s.kind, Number(s.value.toPrecision(6)), s.max, s.unit, s.qualifier])

/** Each rule family: text and the statistics in it. */
const families: Record<string, [string, Row[]][]> = {
  money: [
    ['The club paid £45m for the striker.', [['£45m', 'money', 45e6, null, 'GBP', null]]],
    ['Exports reached 3.2 trillion yuan (about 460 billion U.S. dollars).', [
      ['3.2 trillion yuan', 'money', 3.2e12, null, 'CNY', null],
      ['about 460 billion U.S. dollars', 'money', 460e9, null, 'USD', 'about']
    ]],
    ['The fine was €2.5 billion, and the refund 900 naira.', [
      ['€2.5 billion', 'money', 2.5e9, null, 'EUR', null],
      ['900 naira', 'money', 900, null, 'NGN', null]
    ]],
    ['A loan of US$12 million and 40 million złoty.', [
      ['US$12 million', 'money', 12e6, null, 'USD', null],
      ['40 million złoty', 'money', 40e6, null, 'PLN', null]
    ]],
    ['Relief got Rs 500 crore and a $30-billion fund.', [
      ['Rs 500 crore', 'money', 5e9, null, 'INR', null],
      ['$30-billion', 'money', 30e9, null, 'USD', null]
    ]],
    ['Revenue was 80 million pounds, against a 12 million loss.', [
      ['80 million pounds', 'money', 80e6, null, 'GBP', null],
      ['12 million', 'money', 12e6, null, 'GBP', null]
    ]]
  ],
  counts: [
    ['The plant employs 2,300 workers and 14 engineers.', [
      ['2,300 workers', 'count', 2300, null, 'workers', null],
      ['14 engineers', 'count', 14, null, 'engineers', null]
    ]],
    ['Delegates from 40 states and territories met.', [['40 states and territories', 'count', 40, null, 'states and territories', null]]],
    ['It runs 120 regional bus depots.', [['120 regional bus depots', 'count', 120, null, 'depots', null]]],
    ['Nine member states objected; 18 abstained.', [
      ['Nine member states', 'count', 9, null, 'member states', null],
      ['18', 'count', 18, null, 'member states', null]
    ]],
    ['Two of the victims were children, and 9 of the 11 judges agreed.', [
      ['Two of the victims', 'count', 2, null, 'victims', null],
      ['9', 'count', 9, null, 'judges', null],
      ['11 judges', 'count', 11, null, 'judges', null]
    ]],
    ['The blast killed 12 people and injured 30 others.', [
      ['12 people', 'count', 12, null, 'people', null],
      ['30 others', 'count', 30, null, 'people', null]
    ]],
    ['A 12-member jury heard tens of thousands of pages.', [
      ['12-member', 'count', 12, null, 'members', null],
      ['tens of thousands of pages', 'count', 10000, null, 'pages', 'more than']
    ]]
  ],
  percent: [
    ['Some 61% of registered voters took part, and 39% stayed home.', [
      ['Some 61% of registered voters', 'percent', 61, null, 'registered voters', 'about'],
      ['39%', 'percent', 39, null, 'registered voters', null]
    ]],
    ['Coal supplies 30 per cent of the country’s electricity.', [['30 per cent of the country’s electricity', 'percent', 30, null, 'country’s electricity', null]]],
    ['Sales were 12 percent higher.', [['12 percent', 'percent', 12, null, null, null]]],
    ['Support fell 3 percentage points.', [['3 percentage points', 'percent', 3, null, 'Support', null]]],
    ['Between 18% and 47% of claims failed.', [['Between 18% and 47% of claims', 'percent', 18, 47, 'claims', 'between']]]
  ],
  fractions: [
    ['Two-thirds of the island’s forests burned.', [['Two-thirds of the island’s forests', 'fraction', 0.666667, null, 'island’s forests', null]]],
    ['Almost half of all households own a car.', [['Almost half of all households', 'fraction', 0.5, null, 'households', 'about']]],
    ['One in four children is affected.', [['One in four children', 'fraction', 0.25, null, 'children', null]]],
    ['The firm is halving its workforce.', [['halving its workforce', 'fraction', 0.5, null, 'workforce', null]]]
  ],
  'numbers in words': [
    ['Twenty-five climbers and a dozen guides set out.', [
      ['Twenty-five climbers', 'count', 25, null, 'climbers', null],
      ['a dozen guides', 'count', 12, null, 'guides', null]
    ]],
    ['Half a million fans and 2½ days; ¾ of seats sold.', [
      ['Half a million fans', 'count', 500000, null, 'fans', null],
      ['2½ days', 'duration', 2.5, null, 'days', null],
      ['¾ of seats', 'fraction', 0.75, null, 'seats', null]
    ]],
    ['About one million tourists came in three hundred and sixty-five days.', [
      ['About one million tourists', 'count', 1e6, null, 'tourists', 'about'],
      ['three hundred and sixty-five days', 'duration', 365, null, 'days', null]
    ]]
  ],
  'measures and durations': [
    ['The 8-year-old swam 3 km in the past two hours.', [
      ['8-year-old', 'measure', 8, null, 'years', null],
      ['3 km', 'measure', 3, null, 'km', null],
      ['the past two hours', 'duration', 2, null, 'hours', null]
    ]],
    ['The talks lasted nearly an hour, over 18 months of work.', [
      ['nearly an hour', 'duration', 1, null, 'hours', 'about'],
      ['18 months', 'duration', 18, null, 'months', null]
    ]],
    ['The pipeline carries 90,000 barrels a day.', [['90,000 barrels a day', 'rate', 90000, null, 'barrels per day', null]]],
    ['A magnitude 6.1 quake hit; those aged 18 to 24 fled.', [
      ['magnitude 6.1', 'measure', 6.1, null, 'magnitude', null],
      ['aged 18 to 24', 'measure', 18, 24, 'years', 'between']
    ]],
    ['It is the fourth-largest economy in the region.', [['fourth-largest economy', 'rank', 4, null, 'economy', null]]]
  ],
  qualifiers: [
    ['Over 300 flights, fewer than 20 ships, at least 7 trains, up to 50 buses, no more than 9 ferries.', [
      ['Over 300 flights', 'count', 300, null, 'flights', 'more than'],
      ['fewer than 20 ships', 'count', 20, null, 'ships', 'less than'],
      ['at least 7 trains', 'count', 7, null, 'trains', 'at least'],
      ['up to 50 buses', 'count', 50, null, 'buses', 'up to'],
      ['no more than 9 ferries', 'count', 9, null, 'ferries', 'at most']
    ]],
    ['Roughly 400 homes and approximately 25 farms flooded.', [
      ['Roughly 400 homes', 'count', 400, null, 'homes', 'about'],
      ['approximately 25 farms', 'count', 25, null, 'farms', 'about']
    ]]
  ],
  ranges: [
    ['Between 36 and 40 people were hurt in 15 to 20 seconds.', [
      ['Between 36 and 40 people', 'count', 36, 40, 'people', 'between'],
      ['15 to 20 seconds', 'duration', 15, 20, 'seconds', 'between']
    ]],
    ['Prices rose 16–17 percent, costing between $5 and $7 billion.', [
      ['16–17 percent', 'percent', 16, 17, 'Prices', 'between'],
      ['between $5 and $7 billion', 'money', 5e9, 7e9, 'USD', 'between']
    ]]
  ],
  'percentage changes': [
    ['Exports climbed 7% in May, while imports had fallen by 2.5%.', [
      ['7%', 'percent', 7, null, 'Exports', null],
      ['2.5%', 'percent', 2.5, null, 'imports', null]
    ]],
    ['The shares ended down 1.8% after a 9% drop in bookings.', [
      ['1.8%', 'percent', 1.8, null, 'shares', null],
      ['9% drop in bookings', 'percent', 9, null, 'bookings', null]
    ]],
    ['The scheme reduced hospital admissions by 14%.', [['14%', 'percent', 14, null, 'hospital admissions', null]]],
    ['Some 40% of nurses and 35% of those in training quit.', [
      ['Some 40% of nurses', 'percent', 40, null, 'nurses', 'about'],
      ['35% of those', 'percent', 35, null, 'nurses', null]
    ]],
    ['A tax of 2% on share buybacks was approved.', [['2%', 'percent', 2, null, 'share buybacks', null]]],
    ['Inspectors found 48 faulty boilers (6%) in the sample.', [
      ['48 faulty boilers', 'count', 48, null, 'boilers', null],
      ['6%', 'percent', 6, null, 'boilers', null]
    ]],
    ['Debt will reach 95% of output next year.', [['95% of output', 'percent', 95, null, 'output', null]]]
  ],
  'compared figures': [
    ['The motion passed by 312 votes to 207.', [
      ['312 votes', 'count', 312, null, 'votes', null],
      ['207', 'count', 207, null, 'votes', null]
    ]],
    ['In the trial 40 of the 500 mice died, against 61 of 498.', [
      ['40', 'count', 40, null, 'mice', null],
      ['500 mice', 'count', 500, null, 'mice', null],
      ['61', 'count', 61, null, 'mice', null],
      ['498', 'count', 498, null, 'mice', null]
    ]],
    ['Output hit 2.1 million cars, up from 1.9 million.', [
      ['2.1 million cars', 'count', 2.1e6, null, 'cars', null],
      ['1.9 million', 'count', 1.9e6, null, 'cars', null]
    ]],
    ['Officials put the number of homes damaged at 12,000.', [['12,000', 'count', 12000, null, 'homes', null]]],
    ['The rupee hit 84 to the dollar, compared with 82 a year ago.', [
      ['84 to the dollar', 'rate', 84, null, 'rupee per dollar', null],
      ['82', 'rate', 82, null, 'rupee per dollar', null]
    ]]
  ],
  'noun phrases': [
    ['It bought a fleet of 40 battery-powered buses.', [['40 battery-powered buses', 'count', 40, null, 'buses', null]]],
    ['It hired 30 cooks and five waiters.', [
      ['30 cooks', 'count', 30, null, 'cooks', null],
      ['five waiters', 'count', 5, null, 'waiters', null]
    ]],
    ['More than 5,000 Somalis crossed, helped by two NGOs.', [
      ['More than 5,000 Somalis', 'count', 5000, null, 'Somalis', 'more than'],
      ['two NGOs', 'count', 2, null, 'NGOs', null]
    ]],
    ['The report lists 14 pension plans in Ohio. The firm plans to hire 200 staff.', [
      ['14 pension plans', 'count', 14, null, 'plans', null],
      ['200 staff', 'count', 200, null, 'staff', null]
    ]]
  ],
  'ages and bounds': [
    ['Ana Ruiz, 67, of Seville, and Tom Bell, 8, were rescued on Monday, 3 June.', [['67', 'measure', 67, null, 'years', null], ['8', 'measure', 8, null, 'years', null]]],
    ['Trials enrolled adults aged 65 or older and children aged 11 and younger.', [
      ['aged 65 or older', 'measure', 65, null, 'years', 'at least'],
      ['aged 11 and younger', 'measure', 11, null, 'years', 'at most']
    ]],
    ['The plant stores 4 GWh, and 400 or more people work there.', [
      ['4 GWh', 'measure', 4, null, 'gwh', null],
      ['400 or more people', 'count', 400, null, 'people', 'at least']
    ]]
  ],
  'names, places and periods': [
    ['It met the Bank\'s 2% target as the Boeing\'s 787 Dreamliner flew.', [['2%', 'percent', 2, null, null, null]]],
    ['Leeds sit fourth in the table.', [['fourth', 'rank', 4, null, null, null]]],
    ['Ferries ran for a second day; it was a day like no other.', []],
    ['Talks stalled over £30bn aid. Over £30bn was spent.', [
      ['£30bn', 'money', 3e10, null, 'GBP', null],
      ['Over £30bn', 'money', 3e10, null, 'GBP', 'more than']
    ]],
    ['Turnout was less than half, in the second half of the year.', [['less than half', 'fraction', 0.5, null, null, 'less than']]]
  ],
  'phrases around figures': [
    ['Thousands of families living in tents were moved.', [['Thousands of families', 'count', 1000, null, 'families', 'more than']]],
    ['Rent takes 40% of their take-home pay.', [['40% of their take-home pay', 'percent', 40, null, 'take-home pay', null]]],
    ['It opened five years ago, a year earlier than planned.', []],
    ['Cleaners earn £12 an hour, up from £11 a year earlier.', [
      ['£12 an hour', 'rate', 12, null, 'GBP per hour', null],
      ['£11', 'money', 11, null, 'GBP', null]
    ]],
    ['Car sales in Spain rose 6%, with exports up 2%.', [
      ['6%', 'percent', 6, null, 'Car sales', null],
      ['2%', 'percent', 2, null, 'exports', null]
    ]],
    ['Inflation fell below 2%; wage growth is expected to slow to between 3% and 4%.', [
      ['below 2%', 'percent', 2, null, 'Inflation', 'less than'],
      ['between 3% and 4%', 'percent', 3, 4, 'wage growth', 'between']
    ]],
    ['Sales topped $3 billion. It hit 41C in Seville.', [
      ['topped $3 billion', 'money', 3e9, null, 'USD', 'more than'],
      ['41C', 'measure', 41, null, 'c', null]
    ]]
  ],
  'letters beyond ASCII and Unicode spaces': [
    ['Łódź hired 30 nurses and Zürich’s 400 cafés closed.', [
      ['30 nurses', 'count', 30, null, 'nurses', null],
      ['400 cafés', 'count', 400, null, 'cafés', null]
    ]],
    ['The city\u00a0spent\u202f£2\u00a0million on 12 new buses.', [
      ['£2\u00a0million', 'money', 2e6, null, 'GBP', null],
      ['12 new buses', 'count', 12, null, 'buses', null]
    ]]
  ],
  'rates per head, ages without years and levels': [
    ['Flu admissions ran at 12.5 and 8.2 admissions per 100,000 residents, against 6.1 per 100,000 in Wales.', [
      ['12.5', 'rate', 12.5, null, 'admissions per 100,000 residents', null],
      ['8.2 admissions per 100,000 residents', 'rate', 8.2, null, 'admissions per 100,000 residents', null],
      ['6.1 per 100,000', 'rate', 6.1, null, 'admissions per 100,000 residents', null]
    ]],
    ['The ban covers anyone under the age of 16, and adults over 65 get it free.', [
      ['under the age of 16', 'measure', 16, null, 'years', 'less than'],
      ['over 65', 'measure', 65, null, 'years', 'more than']
    ]],
    ['Burglaries in Leeds reached 4,310 last year, up from 3,900, and the plant burns 80,000 tonnes of waste a year.', [
      ['4,310', 'count', 4310, null, 'burglaries', null],
      ['3,900', 'count', 3900, null, 'burglaries', null],
      ['80,000 tonnes of waste a year', 'rate', 80000, null, 'tonnes per year', null]
    ]],
    ['The ward had nine nurses, short of the minimum of 12, and three or four beds were shut.', [
      ['nine nurses', 'count', 9, null, 'nurses', null],
      ['12', 'count', 12, null, 'nurses', null],
      ['three or four beds', 'count', 3, 4, 'beds', 'between']
    ]],
    ['Roughly half went unpaid; the fee rose by a third, and about one in six patients waited longer than planned.', [
      ['Roughly half', 'fraction', 0.5, null, null, 'about'],
      ['a third', 'fraction', 0.333333, null, 'fee', null],
      ['about one in six patients', 'fraction', 0.166667, null, 'patients', 'about']
    ]],
    ['Bike thefts rose by 8% last year to an estimated 2.1 million.', [
      ['8%', 'percent', 8, null, 'Bike thefts', null],
      ['an estimated 2.1 million', 'count', 2.1e6, null, 'thefts', 'about']
    ]],
    ['The farm produced 3.1 terawatt-hours.', [['3.1 terawatt-hours', 'measure', 3.1, null, 'terawatt-hours', null]]],
    ['The levy will add 0.2 percentage points to unemployment, which stood at 4.1% in May.', [
      ['0.2 percentage points', 'percent', 0.2, null, 'unemployment', null],
      ['4.1%', 'percent', 4.1, null, 'unemployment', null]
    ]],
    ['Floods forced tens of thousands to leave; repairs cost thousands to complete.', [
      ['tens of thousands', 'count', 10000, null, 'people', 'more than']
    ]],
    ['The shelter is a mile away, past a mile-long queue.', [['a mile', 'measure', 1, null, 'miles', null]]],
    ['A 12-kilometre tunnel and a 6-foot wall.', [
      ['12-kilometre', 'measure', 12, null, 'kilometres', null],
      ['6-foot', 'measure', 6, null, 'feet', null]
    ]]
  ],
  'never statistics': [
    ['5G and 4G masts, COVID-19 wards, the G20 and G7 summits and a Boeing 737 jet.', []],
    ['Article 50 was triggered in 2019, on March 3, 2017 and on Sunday at 8:30 p.m. (1930 UTC).', []],
    ['The First World War and the 21st century; see page 12, section 4, or call +44 20 7946 0958.', []],
    ['One MP told the BBC. One interviewee said one of the reasons was clear.', []],
    ['The Group of Seven met in the 1970s under the 2019/20 budget.', []],
    ['Sales of the iPhone 11 and Windows 10 units after the ’94 elections.', []]
  ]
}

describe('findStatistics', () => {
  for (const [family, cases] of Object.entries(families)) {
    describe(family, () => {
      for (const [text, expected] of cases) {
        it(text, () => expect(rows(text)).toEqual(expected))
      }
    })
  }

  it('never throws on arbitrary text, and recognizes in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const spans = recognizeNumbers(text)
        for (const r of spans) expect(text.slice(r.start, r.end)).toBe(r.text)
        expect(() => findStatistics(text)).not.toThrow()
      })
    )
  })

  it('returns ordered, non-overlapping spans that slice the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('about', '12', 'one', 'third', '-', '%', '$', 'of', 'people', 'and', 'between', ' ', ',', '.', 'million', 'years', '\n\n'), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ')
        let end = 0
        for (const s of findStatistics(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text)
          expect(s.start).toBeGreaterThanOrEqual(end)
          end = s.end
        }
      })
    )
  })
})

describe('tokenize', () => {
  const DEFINITION = /(\d+)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu
  const byDefinition = (text: string) =>
    [...text.matchAll(DEFINITION)].map((m) => [m[0], m[1] ? 'digits' : m[2] ? 'word' : 'symbol', m.index, m[0].toLowerCase()])

  it('splits like its definition: digits, letters joined by apostrophes, any other non-space character', () => {
    const pieces = fc.constantFrom('12', 'Zürich', 'don’t', "it's", "'", '’', 'İ', 'Ⅻ', '𝐀', '😀', '\ud800', '\udc00', '\u00a0', '\u202f', '\ufeff', ' ', '\n', '-', '½', 'a')
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')))
    fc.assert(fc.property(text, (value) => {
      expect(tokenize(value).map((t) => [t.text, t.kind, t.start, t.lower])).toEqual(byDefinition(value))
    }))
  })
})

describe('recognizeNumbers', () => {
  const pick = (text: string, type: string) =>
    recognizeNumbers(text).filter((r) => r.type === type).map((r) => [r.text, r.interval ?? r.value])

  it('reads numbers in digits and words', () => {
    expect(pick('1,234,567 and two hundred point zero three and 2 1/4 and 10k', 'number')).toEqual([
      ['1,234,567', 1234567], ['two hundred point zero three', 200.03], ['2 1/4', 2.25], ['10k', 10000]
    ])
  })
  it('writes ranges in interval notation', () => {
    expect(pick('larger than 10 and smaller than 20, up to 700, 500 or more, between 1 and 5', 'numberrange')).toEqual([
      ['larger than 10 and smaller than 20', '(10,20)'], ['up to 700', '(,700]'], ['500 or more', '[500,)'], ['between 1 and 5', '[1,5)']
    ])
  })
})

describe.skipIf(!sharedDir)('shared data', () => {
  if (!sharedDir) console.warn(sharedMissing)

  it('scores statistic F1 and value accuracy of at least 0.95 on the development gold', () => {
    const cases: [string, string][] = [[sharedPath('gold/ambassador-huawei-5g.json'), sharedPath('seed/ambassador-huawei-5g.txt')]]
    for (const file of readdirSync(sharedPath('corpus')).sort()) {
      if (file.endsWith('.gold.json')) cases.push([sharedPath('corpus', file), sharedPath('corpus', file.replace(/\.gold\.json$/, '.md'))])
    }
    const input = cases.map(([gold, source]) => [gold, { statistics: findStatistics(readFileSync(source, 'utf8')) }])
    const script = `
import json, sys
sys.path.insert(0, sys.argv[1])
from score import counts, ratios
total = {}
for gold, pred in json.load(sys.stdin):
    for k, v in counts(json.load(open(gold, encoding="utf-8")), pred).items():
        total[k] = total.get(k, 0) + v
print(json.dumps(ratios(total)))`
    const scores = JSON.parse(execFileSync('python3', ['-c', script, sharedPath('tools')], { input: JSON.stringify(input), encoding: 'utf8' }))
    expect(scores.stat_f1).toBeGreaterThanOrEqual(0.95)
    expect(scores.stat_value_acc).toBeGreaterThanOrEqual(0.95)
  })

  it('passes the Recognizers-Text cases its JavaScript port runs, and 80 of 87 number ranges', () => {
    const scores = Object.fromEntries(evaluateRecognizers(sharedPath('peer/recognizers-text')).map((s) => [s.model, s]))
    expect(scores['NumberRangeModel']!.passed).toBeGreaterThanOrEqual(80)
    for (const model of ['AgeModel', 'PercentModel', 'DimensionModel', 'OrdinalModel']) {
      expect(scores[model]!.jsPortRunsPassed, model).toBe(scores[model]!.jsPortRuns)
    }
    for (const model of ['NumberModel', 'CurrencyModel', 'TemperatureModel']) {
      expect(scores[model]!.jsPortRunsPassed / scores[model]!.jsPortRuns, model).toBeGreaterThanOrEqual(0.95)
    }
  })
})


describe('text that ends mid-range', () => {
  it('does not throw when a bound is cut off by the end of the text', () => {
    expect(() => findStatistics('more than 42 and')).not.toThrow()
    expect(findStatistics('It hired more than 42 people and').map((s) => s.value)).toEqual([42])
  })
})
