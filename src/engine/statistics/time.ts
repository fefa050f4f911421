/**
 * Units of time, for durations (`the past five years`, `about an hour`) and
 * rates (`500,000 barrels a day`).
 */

/** Time unit words (singular and plural) → the contract's unit, always plural. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'seconds'], ['seconds', 'seconds'], ['minute', 'minutes'], ['minutes', 'minutes'],
  ['hour', 'hours'], ['hours', 'hours'], ['day', 'days'], ['days', 'days'], ['week', 'weeks'],
  ['weeks', 'weeks'], ['fortnight', 'fortnights'], ['fortnights', 'fortnights'], ['month', 'months'],
  ['months', 'months'], ['year', 'years'], ['years', 'years'], ['decade', 'decades'],
  ['decades', 'decades'], ['century', 'centuries'], ['centuries', 'centuries']
])

/** Words before a duration that belong to its span (`the past five years`). */
export const PERIOD_LEADS: ReadonlySet<string> = new Set(['past', 'last', 'next', 'first', 'previous', 'coming', 'following', 'final', 'recent'])

/** Words before `a year`, `an hour` that make it a duration rather than a date or rate. */
export const ARTICLE_DURATION_LEADS: ReadonlySet<string> = new Set(['within', 'for', 'about', 'around', 'roughly', 'nearly', 'almost', 'than', 'lasted', 'took', 'takes', 'spent', 'under', 'only', 'just'])

/** Words that turn a figure into a rate when followed by a time unit (`a day`, `per year`). */
export const RATE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every', '/'])

/** Words after `a day`, `a year` that pick out one day rather than a span (`a day like this`, `a year when`). */
export const PARTICULAR_AFTER: ReadonlySet<string> = new Set(['like', 'when', 'where', 'which', 'that', 'whose'])

/** Words after a duration that make it a point in time (`five years ago`, `a year earlier`). */
export const TIME_POINT_AFTER: ReadonlySet<string> = new Set(['ago', 'earlier', 'later'])
