/**
 * Exchange rates: `148 to the dollar`, `0.86 per euro`, `the yen averaged 148
 * against the dollar` — a rate whose unit names both currencies.
 */
import { currencyAt } from './attach.ts'
import type { NumberMention } from './numbers.ts'
import type { Shape } from './shape.ts'
import type { Token } from './tokens.ts'

const LINKS = new Set(['to', 'per', 'against'])
const ARTICLES = new Set(['the', 'a', 'one', 'each'])
/** How far back the currency being priced may be named (`The yen averaged 148 …`). */
const LOOK_BACK = 8

/** The exchange rate the number after `first`…`tail` states, or `null`. */
export function exchangeRate(tokens: Token[], mention: NumberMention, tail: NumberMention): Shape | null {
  let k = tail.last
  if (!LINKS.has(tokens[k]?.lower ?? '')) return null
  k++
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k++
  const quote = currencyAt(tokens, k)
  if (!quote) return null
  const per = wordsOf(tokens, k, quote.last)
  for (let j = mention.first - 1; j >= 0 && j >= mention.first - LOOK_BACK; j--) {
    if (tokens[j]!.text === '.') break
    const base = currencyAt(tokens, j)
    if (base && base.iso !== quote.iso) return { kind: 'rate', unit: `${wordsOf(tokens, j, base.last)} per ${per}`, last: quote.last }
  }
  return { kind: 'rate', unit: `per ${per}`, last: quote.last }
}

function wordsOf(tokens: Token[], first: number, last: number): string {
  return tokens.slice(first, last).map((token) => token.lower).join(' ')
}
