/**
 * Units as data: currencies (ISO 4217), measures and temperatures, written
 * before (`£`, `US$`) or after (`pounds`, `km`, `degrees celsius`) a number.
 */
import { SievedMap } from './sieve.ts'
import { tokenize, type Token } from './tokens.ts'

export type UnitKind = 'currency' | 'dimension' | 'temperature'

/** One way of writing a unit. */
export interface Unit {
  kind: UnitKind
  /** Canonical name (`Kilometer`, `Dollar`) or, for currency, the ISO 4217 code. */
  name: string
  /** ISO 4217 code, for currencies. */
  iso: string | null
  /** Matched letter for letter (`MB` is not `mb`). */
  caseSensitive: boolean
  /** The phrase as tokens. */
  parts: string[]
  /** Which parts are written without a space before them (`A$`), and must be so in the text. */
  joined: boolean[]
}

/** Currency names written after the number. */
const CURRENCY_WORDS: Record<string, string> = {
  'USD': 'dollar|dollars|bucks|u.s. dollar|u.s. dollars|us dollar|us dollars|american dollars|usd',
  'AUD': 'australian dollar|australian dollars|aud',
  'CAD': 'canadian dollar|canadian dollars|cad',
  'HKD': 'hong kong dollar|hong kong dollars|hkd',
  'NZD': 'new zealand dollars|nzd',
  'SGD': 'singapore dollars|sgd',
  'GBP': 'pound|pounds|pounds sterling|sterling|british pounds|gbp',
  'GBX': 'pence|penny',
  'EUR': 'euro|euros|eur',
  'JPY': 'yen|japanese yen|jpy',
  'CNY': 'yuan|renminbi|rmb|chinese yuan|cny|元',
  'INR': 'rupee|rupees|indian rupees|inr',
  'LKR': 'ரூ',
  'NGN': 'naira|ngn',
  'PLN': 'złoty|złotys|zloty|zlotys|złotych|zlotych|pln',
  'ZAR': 'rand|zar',
  'KRW': 'won|krw',
  'RUB': 'rubles|roubles|ruble|rouble|rub',
  'TRY': 'lira|liras|turkish lira',
  'BRL': 'reais|brazilian reais|brl',
  'MXN': 'pesos|mexican pesos|mxn',
  'ILS': 'shekels|shekel|ils',
  'CHF': 'swiss francs|swiss franc|chf',
  'FRF': 'francs|franc|french francs',
  'SEK': 'kronor|krona|swedish kronor|sek',
  'DKK': 'kroner|krone|danish kroner|dkk',
  'NOK': 'norwegian kroner|nok',
  'AED': 'dirhams|dirham|aed',
  'SAR': 'riyals|riyal|sar',
  'THB': 'baht|thb',
  'MYR': 'ringgit|myr',
  'IDR': 'rupiah|idr',
  'GHS': 'cedis|cedi|ghs',
  'KES': 'shillings|kenyan shillings|kes',
  'ESP': 'pesetas|peseta',
  'NLG': 'guilders|dutch guilders',
  'FIM': 'markka|finnish markka',
  'DEM': 'deutsche marks|deutschmarks',
  'HUF': 'forint|forints|huf',
  'CZK': 'koruna|korunas|czk',
  'UAH': 'hryvnia|hryvnias|uah',
  'BDT': 'taka|bdt',
  'PKR': 'pakistani rupees|pkr',
  'EGP': 'egyptian pounds|egp',
  'CRC': '₡',
  'GEL': '₾',
  'LAK': '₭',
  'USX': 'cent|cents'
}

/** Currency signs and codes written before the number. */
const CURRENCY_SIGNS: Record<string, string[]> = {
  'USD': ['$', 'US$', 'US $', 'U.S.$', 'U.S. $', 'U.S $', 'USD'],
  'CAD': ['C$', 'C $', 'CA$', 'CAD'],
  'HKD': ['HK$', 'HK $', 'HKD'],
  'AUD': ['A$', 'AU$', 'AUD'],
  'NZD': ['NZ$'],
  'SGD': ['S$'],
  'BRL': ['R$'],
  'GBP': ['£', 'GBP'],
  'EUR': ['€', 'EUR'],
  'JPY': ['¥', 'JPY'],
  'CNY': ['RMB', 'CNY'],
  'INR': ['₹', 'Rs', 'Rs.', 'INR'],
  'NGN': ['₦', 'NGN'],
  'KRW': ['₩'],
  'RUB': ['₽'],
  'TRY': ['₺'],
  'PLN': ['zł', 'PLN'],
  'CHF': ['CHF'],
  'CRC': ['₡'],
  'GEL': ['₾'],
  'LAK': ['₭']
}

/** Measures: canonical name → ways of writing it after a number (`|` separates; `!` marks case-sensitive). */
const DIMENSIONS: Record<string, string> = {
  'Kilometer': 'km|kms|kilometer|kilometers|kilometre|kilometres',
  'Meter': 'm|meter|meters|metre|metres',
  'Centimeter': 'cm|centimeter|centimeters|centimetre|centimetres',
  'Millimeter': 'mm|millimeter|millimeters|millimetre|millimetres',
  'Decimeter': 'dm|decimeter|decimeters',
  'Picometer': 'pm|picometer|picometers',
  'Mile': 'mi|mile|miles',
  'Nautical mile': 'nautical mile|nautical miles',
  'Foot': 'ft|foot|feet',
  'Inch': 'inch|inches|"',
  'Yard': 'yd|yard|yards',
  'Square kilometer': 'km2|km²|sq km|square kilometer|square kilometers|square kilometre|square kilometres',
  'Square meter': 'm2|m²|sq m|square meter|square meters|square metre|square metres',
  'Square mile': 'square mile|square miles|sq mi',
  'Square foot': 'square foot|square feet|sq ft',
  'Acre': 'acre|acres',
  'Hectare': 'ha|hectare|hectares',
  'Liter': 'l|liter|liters|litre|litres',
  'Milliliter': 'ml|milliliter|milliliters|millilitre|millilitres',
  'Gallon': 'gallon|gallons|gal',
  'Barrel': 'barrel|barrels',
  'Cubic foot': 'cubic foot|cubic feet',
  'Cubic meter': 'cubic meter|cubic meters|cubic metre|cubic metres|m3',
  'Kilogram': 'kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes',
  'Gram': 'g|gram|grams|gramme|grammes',
  'Milligram': 'mg|milligram|milligrams',
  'Microgram': 'μg|mcg|microgram|micrograms|microgramme|microgrammes',
  'Pound': 'lb|lbs|pound|pounds',
  'Ounce': 'oz|ounce|ounces',
  'Ton': 'ton|tons|tonne|tonnes',
  'Metric ton': 'metric ton|metric tons|metric tonne|metric tonnes',
  'Kilometer per hour': 'km/h|km/hr|kph|kmph|kilometers per hour|kilometres per hour|kilometers an hour|kilometres an hour',
  'Mile per hour': 'mph|miles per hour|miles an hour',
  'Knot': 'knot|knots',
  'Bit': 'bit|bits',
  'Byte': 'byte|bytes',
  'Megabit': '!mb|megabit|megabits',
  'Megabyte': '!MB|megabyte|megabytes',
  'Kilobyte': 'KB|kilobyte|kilobytes',
  'Gigabyte': 'GB|gigabyte|gigabytes',
  'Terabyte': 'TB|terabyte|terabytes',
  'Watt': 'watt|watts|W',
  'Kilowatt': 'kW|kilowatt|kilowatts',
  'Megawatt': 'MW|megawatt|megawatts',
  'Gigawatt': 'GW|gigawatt|gigawatts',
  'Kilowatt hour': 'kWh|kilowatt hour|kilowatt hours',
  'Megawatt hour': 'MWh|megawatt hour|megawatt hours',
  'Gigawatt hour': 'GWh|gigawatt hour|gigawatt hours',
  'Terawatt hour': 'TWh|terawatt hour|terawatt hours',
  'Magnitude': 'magnitude'
}

/** Temperatures: `C`, `F` or a bare `Degree`. */
const TEMPERATURES: Record<string, string> = {
  'C': '°C|° C|!C|deg c|deg celsius|degree c|degrees c|degree celsius|degrees celsius|celsius|celcius|centigrade|centigrate|degrees centigrade',
  'F': '°F|° F|!F|deg f|deg fahrenheit|degree f|degrees f|degree fahrenheit|degrees fahrenheit|fahrenheit|farenheit|degrees farenheit|degree farenheit',
  'Degree': '°|deg|deg.|degree|degrees'
}

/** A unit before its phrase is split into tokens. */
type Draft = Omit<Unit, 'parts' | 'joined'> & { phrase: string }

/** Drafts of the units written `phrases`, with their case sensitivity. */
function drafts(kind: UnitKind, name: string, iso: string | null, phrases: string[]): Draft[] {
  return phrases.map((phrase) => {
    const caseSensitive = phrase.startsWith('!') || (/[A-Z]/.test(phrase) && (kind !== 'currency' || /^[A-Z]{3}$/.test(phrase)))
    return { kind, name, iso, caseSensitive, phrase: phrase.replace(/^!/, '') }
  })
}

/**
 * The units of `list`, their phrases split by one `tokenize` call over all
 * of them, a space apart: V8 tunes `tokenize` to the calls it has seen, and
 * hundreds of calls on short phrases at start-up leave it twice as slow on
 * whole articles.
 */
function withParts(list: Draft[]): Unit[] {
  const tokens = tokenize(list.map((draft) => draft.phrase).join(' '))
  let t = 0
  let end = -1
  return list.map(({ phrase, ...draft }) => {
    end += phrase.length + 1
    const first = t
    while (t < tokens.length && tokens[t]!.start < end) t++
    const own = tokens.slice(first, t)
    const parts = own.map((token) => (draft.caseSensitive ? token.text : token.lower))
    return { ...draft, parts, joined: own.map((token, n) => n > 0 && token.attached && /^\p{L}+$/u.test(own[n - 1]!.text)) }
  })
}

/** `gigawatt hours` is also written `gigawatt-hours`. */
function withHyphens(phrase: string): string[] {
  return /^[a-z]+( [a-z]+)+$/.test(phrase) ? [phrase, phrase.replaceAll(' ', '-')] : [phrase]
}

/** Unit names written after a number. */
export const SUFFIX_UNITS: Unit[] = withParts([
  ...Object.entries(CURRENCY_WORDS).flatMap(([iso, words]) => drafts('currency', iso, iso, words.split('|'))),
  ...Object.entries(DIMENSIONS).flatMap(([name, phrases]) => drafts('dimension', name, null, phrases.split('|').flatMap(withHyphens))),
  ...Object.entries(TEMPERATURES).flatMap(([name, phrases]) => drafts('temperature', name, null, phrases.split('|')))
])

/** Currency signs written before a number. */
export const PREFIX_UNITS: Unit[] = withParts(Object.entries(CURRENCY_SIGNS).flatMap(([iso, signs]) => drafts('currency', iso, iso, signs)))

/** Units by their first part (lower case), longest first. */
export type UnitIndex = SievedMap<Unit[]>

/** Index units by their first part (lower case), longest first. */
export function indexUnits(units: Unit[]): UnitIndex {
  const index = new Map<string, Unit[]>()
  for (const unit of units) {
    const key = unit.parts[0]!.toLowerCase()
    index.set(key, [...(index.get(key) ?? []), unit])
  }
  for (const list of index.values()) list.sort((a, b) => b.parts.length - a.parts.length)
  return new SievedMap(index)
}

/** The longest unit of `index` starting at token `k`; its tokens must not be split by more than a space. */
export function matchUnit(index: UnitIndex, tokens: Token[], k: number): { unit: Unit; last: number } | null {
  const first = tokens[k]
  const candidates = first && index.getToken(first)
  if (!candidates) return null
  for (const unit of candidates) {
    if (fits(unit, tokens, k) && !continuesWord(tokens, k + unit.parts.length)) return { unit, last: k + unit.parts.length }
  }
  return null
}

/** Whether the tokens from `k` spell `unit`, with the joined parts written without a space. */
function fits(unit: Unit, tokens: Token[], k: number): boolean {
  for (let n = 0; n < unit.parts.length; n++) {
    const token = tokens[k + n]
    const part = unit.parts[n]
    if (token === undefined || (unit.caseSensitive ? token.text !== part : token.lower !== part) || (unit.joined[n] && !token.attached)) return false
  }
  return true
}

/** A unit must end at a word boundary: `m` in `m212` or `mein` is no unit. */
function continuesWord(tokens: Token[], k: number): boolean {
  const next = tokens[k]
  return next !== undefined && next.attached && (next.kind === 'word' || next.kind === 'digits') && tokens[k - 1]!.kind !== 'symbol'
}
