/**
 * No regular expression of the engine backtracks catastrophically, and the
 * engine stays fast on adversarial text. Each regex literal of
 * `src/engine/**` (and every `new RegExp` the engine builds while it runs) is
 * run over long runs of the characters such patterns repeat, with a failing
 * suffix; a pattern whose time grows faster than the input is reported.
 * Jobs run in a worker thread so a pattern that never ends is stopped.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleOfSize, paragraphs } from './articles.ts'
import { regexLiterals } from './regex-literals.ts'
import { TimedRunner } from './timed.ts'

const engineDir = path.resolve(import.meta.dirname, '../../src/engine')

interface Pattern {
  source: string
  flags: string
  where: string
}

function literalPatterns(): Pattern[] {
  const files = (readdirSync(engineDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.ts')).sort()
  return files.flatMap((name) =>
    regexLiterals(readFileSync(path.join(engineDir, name), 'utf8')).map((r) => ({ source: r.source, flags: r.flags, where: `src/engine/${name}:${r.line}` }))
  )
}

/** Patterns the engine builds with `new RegExp` while it loads and annotates. */
async function builtPatterns(): Promise<Pattern[]> {
  const built: Pattern[] = []
  const original = globalThis.RegExp
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = new target(...args)
      const stack = new Error().stack ?? ''
      const site = /src\/engine\/[^\s:)]+:\d+/.exec(stack)
      if (site) built.push({ source: made.source, flags: made.flags, where: `new RegExp at ${site[0]}` })
      return made
    }
  })
  try {
    const { annotate } = await import('../../src/engine/index.ts')
    annotate(paragraphs.join('\n\n'))
  } finally {
    globalThis.RegExp = original
  }
  return built
}

/** What a pattern might repeat: letters, digits, spaces, punctuation, quote marks and common pairs. */
const units = [
  ' ', '\t', '\n', '\u00A0', 'a', 'A', 'é', '1', '0', '.', ',', '-', '–', '—', ':', ';', '/', '%', '$', '£', '€',
  '"', "'", '“', '”', '‘', '’', '«', '»', '(', ')', '*', '_', '&', '…', '!', '?',
  '1,', '1.', '1 ', 'a ', 'A ', 'A.', 'A. ', 'a.', 'a-', "a'", 'aa ', '1,000 ', '“a', 'a” ', '. ', ', ', 'Mr. ',
  '\n ', ' \n', 'Aa ', 'per ', 'million ', 'one ', 'the ', 'said ', ': ', '1-', '1–', 'a’', '"a" '
]
const suffixes = ['\u0000', '']

function inputs(length: number): string[] {
  return units.flatMap((unit) => suffixes.map((suffix) => unit.repeat(Math.ceil(length / unit.length)) + suffix))
}

const runner = new TimedRunner()
afterAll(() => runner.close())

describe('regular expressions of the engine', async () => {
  const literals = literalPatterns()
  const built = await builtPatterns()
  const seen = new Set<string>()
  const patterns = [...literals, ...built].filter((p) => !seen.has(`/${p.source}/${p.flags}`) && seen.add(`/${p.source}/${p.flags}`))

  it('are found in the source and all compile', () => {
    expect(literals.length).toBeGreaterThan(20)
    for (const p of patterns) expect(() => new RegExp(p.source, p.flags), p.where).not.toThrow()
  })

  it('grow no faster than their input on adversarial runs', async () => {
    const short = inputs(5_000)
    const long = inputs(20_000)
    const slow: string[] = []
    for (const p of patterns) {
      const name = `${p.where} /${p.source}/${p.flags}`
      const first = await runner.run({ type: 'regex', source: p.source, flags: p.flags, inputs: short }, 5_000)
      if (first === 'timeout') {
        slow.push(`${name}: did not finish on 5k-character inputs`)
        continue
      }
      const suspects = first.ms.flatMap((ms, index) => (ms > 2 ? [index] : []))
      for (const index of suspects) {
        const second = await runner.run({ type: 'regex', source: p.source, flags: p.flags, inputs: [long[index]!] }, 10_000)
        const ms = second === 'timeout' ? Infinity : second.ms[0]!
        if (ms > 20 && ms / first.ms[index]! > 8) {
          slow.push(`${name}: ${JSON.stringify(units[index >> 1])}×n — 5k: ${first.ms[index]!.toFixed(1)} ms, 20k: ${ms.toFixed(1)} ms`)
          break
        }
      }
    }
    expect(slow).toEqual([])
  })
})

describe('annotate on adversarial text', () => {
  const n = 100_000
  const texts: Record<string, string> = {
    'straight double marks': '"'.repeat(n),
    'curly opening marks': '“'.repeat(n),
    'opening then straight marks': '“'.repeat(n / 2) + '"'.repeat(n / 2),
    'single marks and letters': "‘a '".repeat(n / 4),
    'guillemets unclosed': '« a '.repeat(n / 4),
    'quote after quote': '“a,” he said. '.repeat(n / 14),
    digits: '1'.repeat(n),
    'digits with separators': '1,'.repeat(n / 2),
    'grouped thousands': '1,000 '.repeat(n / 6),
    decimals: '1.5 '.repeat(n / 4),
    'money and percents': '$1 £2bn 3% '.repeat(n / 11),
    'number words': 'one hundred and '.repeat(n / 16),
    dots: '.'.repeat(n),
    'dot space': '. '.repeat(n / 2),
    initials: 'A. '.repeat(n / 3),
    abbreviations: 'Mr. Dr. St. '.repeat(n / 12),
    'one long word': 'a'.repeat(n),
    'one long capitalised run': 'Aa '.repeat(n / 3),
    'speech verbs': 'He said she said '.repeat(n / 17),
    spaces: ' '.repeat(n),
    'blank lines': '\n\n'.repeat(n / 2),
    hyphens: '-'.repeat(n),
    dashes: '— '.repeat(n / 2),
    'list markers': '1. '.repeat(n / 3)
  }

  /** A realistic article of the same length, annotated in the same worker: the yardstick. */
  let baseline = Infinity
  beforeAll(async () => {
    const article = articleOfSize(n)
    for (let run = 0; run < 2; run++) {
      const result = await runner.run({ type: 'annotate', text: article }, 10_000)
      if (result === 'timeout') continue
      if (result.error !== undefined) throw new Error(`annotating the reference article failed: ${result.error}`)
      baseline = Math.min(baseline, result.ms[0]!)
    }
  })

  for (const [name, text] of Object.entries(texts)) {
    it(`${name} (${(text.length / 1000).toFixed(0)}k characters) in no more than 8× a real article's time`, async () => {
      const result = await runner.run({ type: 'annotate', text }, 4_000)
      expect(result, 'did not finish within 4 s').not.toBe('timeout')
      if (result === 'timeout') return
      expect(result.error).toBeUndefined()
      expect(result.ms[0]).toBeLessThan(Math.max(500, 8 * baseline))
    })
  }
})
