/**
 * Validate every article copy in a content folder and report every problem
 * with the file, line, column and field it concerns.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { isMap, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml'
import type { $ZodIssue } from 'zod/v4/core'
import { articleSchema, type ArticleData } from '../schema/article.ts'
import { splitFrontMatter } from './front-matter.ts'

export interface ContentProblem {
  file: string
  line: number
  column: number
  field: string
  message: string
}

interface CheckedFile {
  file: string
  id: string
  data: ArticleData | undefined
  lineOf: (field: string[]) => { line: number; column: number }
}

/** `path:line:column: field: message`, the way compilers report problems. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.field}: ${p.message}`
}

/** Check every `.md` file below `dir`; paths in problems are relative to `cwd`. */
export async function checkContent(dir: string, cwd = process.cwd()): Promise<ContentProblem[]> {
  const files = (await readdir(dir, { recursive: true }))
    .filter((name) => name.endsWith('.md'))
    .sort()
  const problems: ContentProblem[] = []
  const checked: CheckedFile[] = []
  for (const name of files) {
    const file = path.relative(cwd, path.join(dir, name))
    const source = await readFile(path.join(dir, name), 'utf8')
    checked.push(checkFile(file, name.replace(/\.md$/, ''), source, problems))
  }
  checkAcrossFiles(checked, problems)
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
}

/** Check one file's front matter and body; problems are appended. */
export function checkFile(
  file: string,
  id: string,
  source: string,
  problems: ContentProblem[]
): CheckedFile {
  const split = splitFrontMatter(source)
  const report = (where: { line: number; column: number }, field: string, message: string) =>
    problems.push({ file, ...where, field, message })
  const start = { line: 1, column: 1 }
  let data: ArticleData | undefined
  let lineOf: CheckedFile['lineOf'] = () => start

  if (split.unclosed) {
    report(start, 'front matter', 'The front matter opened on line 1 is never closed with a `---` line')
  } else if (split.yaml === undefined) {
    report(start, 'front matter', 'Missing front matter: the file must start with a `---` fenced YAML block')
  } else {
    const lines = new LineCounter()
    const doc = parseDocument(split.yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
    const at = (offset: number) => {
      const pos = lines.linePos(offset)
      return { line: pos.line + split.yamlLine - 1, column: pos.col }
    }
    lineOf = (field) => at(fieldOffset(doc, field))
    for (const error of reportedErrors(doc.errors)) {
      const where = at(error.pos[0])
      if (error.code === 'DUPLICATE_KEY') {
        const key = keyAt(split.yaml, error.pos[0])
        const first = firstKeyLine(split.yaml, key, where.line - split.yamlLine)
        report(where, key, `Duplicate key "${key}" (first given on line ${first + split.yamlLine})`)
      } else report(where, 'front matter', firstLine(error.message))
    }
    if (doc.errors.length === 0) {
      const input: unknown = doc.toJS() ?? {}
      const result = articleSchema.safeParse(input)
      if (result.success) data = result.data
      else for (const issue of result.error.issues) reportIssue(issue, input, lineOf, report)
    }
  }

  if (split.body.trim() === '') {
    report({ line: split.bodyLine, column: 1 }, 'body', 'The article text is empty')
  }
  return { file, id: data?.slug ?? id, data, lineOf }
}

function reportIssue(
  issue: $ZodIssue,
  input: unknown,
  lineOf: CheckedFile['lineOf'],
  report: (where: { line: number; column: number }, field: string, message: string) => void
) {
  const parent = issue.path.map(String)
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      report(lineOf([...parent, key]), [...parent, key].join('.'), 'Unknown key (not in the article schema)')
    }
    return
  }
  const field = parent.join('.') || 'front matter'
  const missing = valueAt(input, parent) === undefined
  report(lineOf(parent), field, missing ? 'Required field is missing' : issue.message)
}

function valueAt(input: unknown, field: string[]): unknown {
  let value = input
  for (const key of field) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** Offset of a field's key in the YAML (or of its closest present ancestor). */
function fieldOffset(doc: Document, field: string[]): number {
  let node: unknown = doc.contents
  let offset = 0
  for (const key of field) {
    if (!isMap(node)) break
    const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === key)
    if (!pair) break
    offset = (pair.key as { range?: [number] }).range?.[0] ?? offset
    node = pair.value
  }
  return offset
}

function checkAcrossFiles(checked: CheckedFile[], problems: ContentProblem[]) {
  const bySlug = new Map<string, CheckedFile>()
  const originals = new Map<string, CheckedFile>()
  for (const entry of checked) {
    const other = bySlug.get(entry.id)
    if (other) {
      problems.push({
        file: entry.file,
        ...entry.lineOf(['slug']),
        field: 'slug',
        message: `Duplicate slug "${entry.id}": ${other.file} has it too`
      })
    } else bySlug.set(entry.id, entry)
    if (entry.data?.copy !== 'original') continue
    const first = originals.get(entry.data.story)
    if (first) {
      problems.push({
        file: entry.file,
        ...entry.lineOf(['copy']),
        field: 'copy',
        message: `Story "${entry.data.story}" already has an original: ${first.file}`
      })
    } else originals.set(entry.data.story, entry)
  }
}

/**
 * A syntax error makes the parser's later complaints guesses: report only the
 * first one. Without one, every duplicate key is its own problem.
 */
function reportedErrors(errors: YAMLError[]): YAMLError[] {
  const syntax = errors.filter((error) => error.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0])
  return syntax.length > 0 ? syntax.slice(0, 1) : errors
}

/** The key written at `offset` of the YAML. */
function keyAt(yaml: string, offset: number): string {
  return /^\s*([^:#\s][^:#]*?)\s*:/.exec(yaml.slice(offset))?.[1] ?? 'front matter'
}

/** 0-based line where `key` is first given with the same indentation as on `line`. */
function firstKeyLine(yaml: string, key: string, line: number): number {
  const lines = yaml.split(/\r?\n/)
  const indent = /^\s*/.exec(lines[line] ?? '')![0]
  const index = lines.findIndex((text) => text.startsWith(`${indent}${key}:`))
  return index === -1 ? line : index
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim()
}
