/**
 * English number words as data: cardinals, scales, ordinals and the
 * suffixes that scale a figure written in digits ("10k", "£2bn").
 */

/** Cardinal words below one hundred. */
export const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4],
  ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
  ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]
])

/** Words that multiply what precedes them. `hundred` binds tighter than the rest. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['hundreds', 100], ['thousand', 1e3], ['thousands', 1e3], ['million', 1e6],
  ['millions', 1e6], ['billion', 1e9], ['billions', 1e9], ['trillion', 1e12], ['trillions', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7]
])

/** Ordinal words and their numbers; their plurals name fractions ("two thirds"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1e3],
  ['millionth', 1e6], ['billionth', 1e9], ['trillionth', 1e12]
])

/** Denominator words that are not ordinals. */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['quarter', 4], ['quarters', 4]
])

/**
 * Scale suffixes written after digits: attached ("10k", "2bn") or after a space ("2.33 k").
 * A lower-case `m` is a metre here; it means million only after a currency sign (`$5m`).
 */
export const SUFFIX_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['M', 1e6], ['MM', 1e6], ['mn', 1e6], ['mln', 1e6],
  ['mil', 1e6], ['G', 1e9], ['b', 1e9], ['B', 1e9], ['bn', 1e9], ['bln', 1e9],
  ['tn', 1e12], ['trn', 1e12], ['tln', 1e12], ['dzs', 12], ['dozs', 12], ['dozen', 12],
  ['dozens', 12]
])

/** Digit-ordinal endings ("1st", "22nd"). */
export const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th'])

/** Words that negate the number after them. */
export const NEGATIONS: ReadonlySet<string> = new Set(['minus', 'negative'])

/** Vulgar fraction characters (`2½`, `¾`). */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5],
  ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8]
])
