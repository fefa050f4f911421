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
  walk(value, source, start, end, Infinity, offsets)
  return offsets
}

/**
 * The index of the first character of `value` made from source offset
 * `offset` or later (`value.length` when none is), reading value and source
 * only as far as that character, so that cutting a long text node again and
 * again costs no more than reading it once.
 */
export function indexAtSource(value: string, source: string, start: number, end: number, offset: number): number {
  if (offset <= start) return 0
  if (offset >= end) return value.length
  const verbatim = end - start === value.length && source.startsWith(value.slice(0, offset - start), start)
  return verbatim ? offset - start : walk(value, source, start, end, offset, null)
}

/**
 * Walk `value` and its source together, writing each character's source
 * offset into `offsets` (when given); stop at the first character made from
 * `stop` or later and return its index (`value.length` when none is).
 */
function walk(value: string, source: string, start: number, end: number, stop: number, offsets: Int32Array | null): number {
  let at = start
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!
    let from = at
    let pair = false
    for (;;) {
      from = at
      if (at >= end) break
      if (source[at] === '\\' && source[at + 1] === char) {
        from = at + 1
        at += 2
      } else if (source[at] === '&' && isEntity(source, at, end)) {
        at = source.indexOf(';', at) + 1
        pair = isHighSurrogate(char) && index + 1 < value.length
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
    if (from >= stop) return index
    if (offsets) offsets[index] = from
    if (pair) {
      index++
      if (offsets) offsets[index] = from
    }
  }
  if (offsets) offsets[value.length] = Math.min(at, end)
  return value.length
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
