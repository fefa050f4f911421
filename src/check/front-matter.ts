/**
 * Split a Markdown file into its YAML front matter and body, keeping where
 * each part starts so problems can name a line.
 */

export interface SplitFile {
  /** The YAML between the fences, or `undefined` when the file has none. */
  yaml: string | undefined
  /** 1-based line of the first YAML line. */
  yamlLine: number
  body: string
  /** 1-based line where the body starts. */
  bodyLine: number
  /** The file opens a front matter fence that is never closed. */
  unclosed: boolean
}

const fence = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/

export function splitFrontMatter(source: string): SplitFile {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source
  const match = fence.exec(text)
  if (!match) return { yaml: undefined, yamlLine: 1, body: text, bodyLine: 1, unclosed: /^---[ \t]*\r?\n/.test(text) }
  return {
    unclosed: false,
    yaml: match[1] ?? '',
    yamlLine: 2,
    body: text.slice(match[0].length),
    bodyLine: countLines(match[0]) + 1
  }
}

function countLines(text: string): number {
  let lines = 0
  for (const char of text) if (char === '\n') lines++
  return lines
}
