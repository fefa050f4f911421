/**
 * Every regular-expression literal of a TypeScript file, found by a small
 * tokenizer that skips strings, template text and comments and tells a regex
 * `/` from a division by the token before it.
 */

export interface RegexLiteral {
  source: string
  flags: string
  /** 1-based line of the literal. */
  line: number
}

/** Keywords after which a `/` starts a regex, not a division. */
const beforeRegex = new Set(['return', 'typeof', 'case', 'in', 'of', 'yield', 'await', 'void', 'delete', 'throw', 'new', 'else', 'do', 'instanceof'])

/** The regex literals of `code`, in order. */
export function regexLiterals(code: string): RegexLiteral[] {
  const found: RegexLiteral[] = []
  /** Brace depths at which a template literal resumes. */
  const templates: number[] = []
  let depth = 0
  let last = ''
  let index = 0
  const lineAt = (at: number) => code.slice(0, at).split('\n').length

  const skipString = (quote: string) => {
    index++
    while (index < code.length && code[index] !== quote) index += code[index] === '\\' ? 2 : 1
    index++
  }
  /** Skip template text up to its end or the next `${`. */
  const skipTemplate = () => {
    while (index < code.length) {
      const char = code[index]!
      if (char === '\\') index += 2
      else if (char === '`') {
        index++
        return
      } else if (char === '$' && code[index + 1] === '{') {
        index += 2
        templates.push(depth)
        depth++
        return
      } else index++
    }
  }

  while (index < code.length) {
    const char = code[index]!
    const next = code[index + 1]
    if (/\s/.test(char)) index++
    else if (char === '/' && next === '/') index = code.indexOf('\n', index) === -1 ? code.length : code.indexOf('\n', index)
    else if (char === '/' && next === '*') index = code.indexOf('*/', index + 2) + 2
    else if (char === '"' || char === "'") {
      skipString(char)
      last = 'string'
    } else if (char === '`') {
      index++
      skipTemplate()
      last = 'string'
    } else if (char === '/' && (last === '' || /^[(,=:[!&|?{};+\-*%<>~^]$/.test(last) || beforeRegex.has(last) || last === '=>')) {
      const start = index
      let inClass = false
      index++
      while (index < code.length) {
        const c = code[index]!
        if (c === '\\') index += 2
        else if (c === '[') (inClass = true), index++
        else if (c === ']') (inClass = false), index++
        else if (c === '/' && !inClass) break
        else index++
      }
      const source = code.slice(start + 1, index)
      index++
      const flags = /^[a-z]*/.exec(code.slice(index))![0]
      index += flags.length
      found.push({ source, flags, line: lineAt(start) })
      last = 'regex'
    } else if (/[\p{L}_$\d]/u.test(char)) {
      const word = /^[\p{L}\p{N}_$.]+/u.exec(code.slice(index, index + 200))![0]
      index += word.length
      last = word
    } else if (char === '=' && next === '>') {
      index += 2
      last = '=>'
    } else {
      if (char === '{') depth++
      if (char === '}') {
        depth--
        if (templates.length > 0 && templates.at(-1) === depth) {
          templates.pop()
          index++
          skipTemplate()
          last = 'string'
          continue
        }
      }
      index++
      last = char
    }
  }
  return found
}
