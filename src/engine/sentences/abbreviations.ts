/**
 * Abbreviations whose period does not always end a sentence, as lower-case
 * words without their final period, after pragmatic_segmenter's English lists
 * (trimmed of state codes that are also common words, with AP-style news
 * abbreviations added).
 */

/**
 * Titles and place words written before a name (“Mr. Smith”, “Mt. Fuji”,
 * “St. Michael's”): the period ends a sentence only before a sentence starter.
 */
export const prepositive: ReadonlySet<string> = new Set([
  'adm', 'amb', 'atty', 'attys', 'brig', 'capt', 'cmdr', 'col', 'comdr', 'cpl', 'det', 'dr', 'drs',
  'fr', 'ft', 'gen', 'gov', 'hon', 'insp', 'lt', 'maj', 'messrs', 'mlle', 'mme', 'mr', 'mrs', 'ms',
  'msgr', 'mssrs', 'mt', 'pfc', 'pres', 'prof', 'pvt', 'rep', 'reps', 'rev', 'sen', 'sens', 'sgt',
  'st', 'ste', 'supt'
])

/** Abbreviations that introduce what follows (“e.g. Paris”): never a sentence end. */
export const inline: ReadonlySet<string> = new Set(['cf', 'e.g', 'i.e', 'v', 'viz', 'vs'])

/**
 * Time-of-day abbreviations: a sentence end before a capital (“at 6 p.m. Mr.
 * Smith left”) unless it is a word of `timeQualifiers`.
 */
export const timeOfDay: ReadonlySet<string> = new Set(['a.m', 'p.m'])

/** Words that qualify a time of day (“8:30 p.m. BST”, “10 a.m. Tuesday”). */
export const timeQualifiers: ReadonlySet<string> = new Set([
  'AEDT', 'AEST', 'BST', 'CAT', 'CDT', 'CEST', 'CET', 'CST', 'CT', 'EAT', 'EDT', 'EEST', 'EET', 'EST',
  'ET', 'GMT', 'HKT', 'IST', 'JST', 'MDT', 'MSK', 'MST', 'MT', 'PDT', 'PST', 'PT', 'SAST', 'SGT', 'UTC',
  'WAT', 'WEST', 'WET', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'
])

/**
 * Abbreviations written before a number (“No. 10”, “p. 55”, “Jan. 5”): no
 * sentence end before a digit.
 */
export const beforeNumber: ReadonlySet<string> = new Set([
  'apr', 'art', 'aug', 'ch', 'dec', 'ext', 'feb', 'fig', 'jan', 'jul', 'jun', 'mar', 'n°', 'nº', 'no',
  'nos', 'nov', 'oct', 'op', 'p', 'para', 'pp', 'sec', 'sep', 'sept', 'tel', 'vol'
])

/**
 * Other abbreviations (“Co.”, “Inc.”, “Jr.”): like any word they end a sentence
 * before a capital, but not before a digit.
 */
export const other: ReadonlySet<string> = new Set([
  'al', 'approx', 'assn', 'asst', 'ave', 'bldg', 'blvd', 'bros', 'co', 'corp', 'dept', 'dist', 'esp',
  'esq', 'est', 'etc', 'hwy', 'inc', 'jr', 'llc', 'ltd', 'mfg', 'mln', 'ph.d', 'plc', 'rd', 'sr',
  'univ'
])
