/**
 * Where each character of a node's text comes from in the Markdown source.
 *
 * A text node's value is not always its source: `&amp;` became `&`, `\*`
 * became `*`, smartypants made `--` an en dash and `...` an ellipsis, and the
 * indentation or `>` of continued lines is gone. Walking value and source
 * together finds, for every character, the source offset it was made from.
 */

/** Typographic replacements and the source text each one stands for. */
const replacements: Record<string, string[]> = {
  '“': ['"'],
  '”': ['"'],
  '‘': ["'"],
  '’': ["'"],
  '–': ['--'],
  '—': ['---', '--'],
  '…': ['...', '. . .']
}

/** How far ahead a dropped run of source characters is looked for. */
const window = 16

/**
 * For each index of `value`, and one past its end, the source offset it comes
 * from; `null` when value and source are the same text.
 */
export function sourceOffsets(value: string, source: string, start: number, end: number): Int32Array | null {
  if (end - start === value.length && source.startsWith(value, start)) return null
  const offsets = new Int32Array(value.length + 1)
  let at = start
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!
    offsets[index] = at
    if (at >= end) continue
    if (source[at] === char) {
      at++
    } else if (source[at] === '\\' && source[at + 1] === char) {
      offsets[index] = at + 1
      at += 2
    } else if (source[at] === '&' && isEntity(source, at, end)) {
      at = source.indexOf(';', at) + 1
      if (isHighSurrogate(char) && index + 1 < value.length) {
        index++
        offsets[index] = offsets[index - 1]!
      }
    } else {
      const written = replacements[char]?.find((form) => source.startsWith(form, at))
      const found = written ? at : nearby(source, char, at, end)
      offsets[index] = found === -1 ? at : found
      at = found === -1 ? at + 1 : found + (written?.length ?? 1)
    }
  }
  offsets[value.length] = Math.min(at, end)
  return offsets
}

/** The offset of `char` a little ahead (past dropped indentation or markers), or -1. */
function nearby(source: string, char: string, at: number, end: number): number {
  const found = source.indexOf(char, at)
  return found !== -1 && found < end && found - at <= window ? found : -1
}

function isEntity(source: string, at: number, end: number): boolean {
  const semicolon = source.indexOf(';', at)
  return semicolon !== -1 && semicolon < end && semicolon - at <= 32 && /^&(?:#\d+|#x[\da-f]+|\w+);$/i.test(source.slice(at, semicolon + 1))
}

function isHighSurrogate(char: string): boolean {
  const code = char.charCodeAt(0)
  return code >= 0xd800 && code <= 0xdbff
}
