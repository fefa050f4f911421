/**
 * Character tests on UTF-16 code units, so that the splitter never runs a
 * regular expression or allocates a string per character.
 */

/** Whether a code unit is white space as `/\s/` sees it (NaN, past the text, is not). */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** The first offset from `index` (but not past `end`) that is not white space. */
export function skipSpace(text: string, index: number, end: number): number {
  while (index < end && isSpace(text.charCodeAt(index))) index++
  return index
}

/** Whether a character is lower case: it has an upper-case form and is not one itself. */
export function isLower(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 128) return code >= 97 && code <= 122
  return char !== char.toUpperCase() && char === char.toLowerCase()
}
