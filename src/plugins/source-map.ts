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

/** Source characters the parser drops between lines: indentation, `>` markers, CR. */
const dropped = new Set([' ', '\t', '>', '\r'])

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
    for (;;) {
      offsets[index] = at
      if (at >= end) break
      if (source[at] === '\\' && source[at + 1] === char) {
        offsets[index] = at + 1
        at += 2
      } else if (source[at] === '&' && isEntity(source, at, end)) {
        at = source.indexOf(';', at) + 1
        if (isHighSurrogate(char) && index + 1 < value.length) {
          index++
          offsets[index] = offsets[index - 1]!
        }
      } else if (source[at] === char) {
        at++
      } else if (replaced(char, source, at) > 0) {
        at += replaced(char, source, at)
      } else if (dropped.has(source[at]!)) {
        at++
        continue
      } else {
        at++
      }
      break
    }
  }
  offsets[value.length] = Math.min(at, end)
  return offsets
}

/** Length of the source text at `at` that smartypants turned into `char`, or 0. */
function replaced(char: string, source: string, at: number): number {
  return replacements[char]?.find((form) => source.startsWith(form, at))?.length ?? 0
}

function isEntity(source: string, at: number, end: number): boolean {
  const semicolon = source.indexOf(';', at)
  return semicolon !== -1 && semicolon < end && semicolon - at <= 32 && /^&(?:#\d+|#x[\da-f]+|\w+);$/i.test(source.slice(at, semicolon + 1))
}

function isHighSurrogate(char: string): boolean {
  const code = char.charCodeAt(0)
  return code >= 0xd800 && code <= 0xdbff
}
