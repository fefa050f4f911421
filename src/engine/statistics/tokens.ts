/**
 * Split text into word, digit and symbol tokens with their offsets: one
 * linear pass, the unit every recognizer in this folder works on.
 */

export type TokenKind = 'word' | 'digits' | 'symbol'

/** One token: `text.slice(start, end)` is `text`. */
export interface Token {
  text: string
  /** `text` in lower case. */
  lower: string
  kind: TokenKind
  start: number
  end: number
  /** True when no white space separates it from the token before. */
  attached: boolean
}

const TOKEN = /(\d+)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu

/** Tokens of `text` in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = -1
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index
    const value = match[0]
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      kind: match[1] ? 'digits' : match[2] ? 'word' : 'symbol',
      start,
      end: start + value.length,
      attached: start === previousEnd
    })
    previousEnd = start + value.length
  }
  return tokens
}
