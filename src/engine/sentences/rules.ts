/**
 * The punctuation and patterns the splitter works with, as data.
 */

/** Characters that can end a sentence. */
export const terminals: ReadonlySet<string> = new Set(['.', '!', '?', '…', '‽'])

/** Marks that close after a sentence's terminal and belong to it: `…way.”`, `(…engineer.)`. */
export const closers: ReadonlySet<string> = new Set(['"', "'", '”', '’', '»', '›', ')', ']'])

/** Of the closers, the quotation marks. */
export const closingQuotes: ReadonlySet<string> = new Set(['"', "'", '”', '’', '»', '›'])

/** Marks that may open a sentence before its first word: `“Win-win…`, `(He…`. */
export const openers: ReadonlySet<string> = new Set(['"', "'", '“', '‘', '«', '‹', '„', '(', '['])

/** Characters a sentence never starts with: after a terminal they continue the sentence. */
export const continuations: ReadonlySet<string> = new Set([',', ';', ':', ')', ']'])

/** Bullets: each one starts a sentence (a list item) wherever it stands after white space. */
export const bullets: ReadonlySet<string> = new Set(['•', '⁃', '‣', '▪', '◦', '●'])

/** Markdown bullets, which start a list item only at the start of a line. */
export const lineBullets: ReadonlySet<string> = new Set(['-', '*', '+'])

/**
 * A list-item marker after white space, a bullet or the start: `1.`, `2.)`,
 * `3)`, `a.`. Groups: the number or letter, the delimiter. Sticky: tried at one position.
 */
export const listMarker = /(?<=^|[\s•⁃‣▪◦●])(\d{1,2}|[a-z])(\.\)|\.|\))(?=\s)/uy

/**
 * Where a list item may start: a bullet, a Markdown bullet before a space, or
 * the delimiter of what looks like a marker after white space (`1.`, `12)`,
 * `a.`), which is rarer to come upon than white space. Each match is one code
 * unit. A global regex: set `lastIndex` before use.
 */
export const listCandidate = /(?<=\s[\da-z]\d?)[.)]|[•⁃‣▪◦●]|[-*+](?= )/g

/**
 * Texts that look like a finished sentence but are only its opening, so the
 * period that ends them does not end a sentence: a list marker alone
 * (`1.`, `• 9.`, `b.`, `iv.`) and a fronted time of day (`At 5 a.m.`).
 * Tried only on short texts.
 */
export const fragments: readonly RegExp[] = [
  /^(?:[•⁃‣▪◦●\-*+]\s*)?(?:\d{1,3}|\p{L}|[ivx]{2,4}|[IVX]{2,4})\.\)?$/u,
  /^(?:at|by|until|till|before|after|from|since|around|about|(?:shortly|just|soon) (?:before|after))\s+\d{1,2}(?:[:.]\d{2})?\s?[ap]\.m\.$/iu
]

/** The longest text tried against `fragments`. */
export const fragmentMaxLength = 48
