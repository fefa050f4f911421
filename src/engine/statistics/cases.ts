/**
 * Letter case of a word's first character: ASCII by a range test, any other
 * character by its Unicode property. The tests run on the words around every
 * number, and a Unicode regex costs several times a range test.
 */

const UPPER_FIRST = /^\p{Lu}/u
const LOWER_FIRST = /^\p{Ll}/u

/** Whether `word` starts with an upper-case letter (`/^\p{Lu}/u`). */
export function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : UPPER_FIRST.test(word)
}

/** Whether `word` starts with a lower-case letter (`/^\p{Ll}/u`). */
export function startsLower(word: string): boolean {
  const code = word.charCodeAt(0)
  return code < 128 ? code >= 97 && code <= 122 : LOWER_FIRST.test(word)
}
