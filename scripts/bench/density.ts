/**
 * How densely the engine finds annotations in a set of texts, per 1,000 bytes
 * of body: the check that the synthetic corpus reads like real news. The real
 * side is the development corpus and the seed article (Wikinews and Xinhua
 * copies in `../shared` and `content/`); without `../shared` only the seed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { annotate } from '../../src/engine/index.ts'
import { splitSentences } from '../../src/engine/sentences/index.ts'
import { sharedDir } from '../shared.ts'
import { root } from './build.ts'

/** Annotations and sentences per 1,000 bytes (UTF-8) of text. */
export interface Density {
  texts: number
  meanBytes: number
  quotes: number
  statistics: number
  claims: number
  sentences: number
}

/** The density of `texts` as the engine reads them. */
export function density(texts: ReadonlyArray<string>): Density {
  let bytes = 0
  const counts = { quotes: 0, statistics: 0, claims: 0, sentences: 0 }
  for (const text of texts) {
    const found = annotate(text)
    counts.quotes += found.quotes.length
    counts.statistics += found.statistics.length
    counts.claims += found.claims.length
    counts.sentences += splitSentences(text).length
    bytes += Buffer.byteLength(text)
  }
  const perKb = (count: number) => (1000 * count) / Math.max(1, bytes)
  return {
    texts: texts.length,
    meanBytes: bytes / Math.max(1, texts.length),
    quotes: perKb(counts.quotes),
    statistics: perKb(counts.statistics),
    claims: perKb(counts.claims),
    sentences: perKb(counts.sentences)
  }
}

/** Bodies of the real articles at hand: the development corpus (if `../shared` is there) and the seed. */
export function realBodies(): string[] {
  const files = [path.join(root, 'content/articles/ambassador-huawei-5g.md')]
  const corpus = sharedDir && path.join(sharedDir, 'corpus')
  if (corpus && existsSync(corpus)) {
    for (const name of readdirSync(corpus).sort()) if (name.endsWith('.md')) files.push(path.join(corpus, name))
  }
  return files.map((file) => withoutFrontMatter(readFileSync(file, 'utf8')))
}

function withoutFrontMatter(source: string): string {
  if (!source.startsWith('---')) return source
  const close = source.indexOf('\n---', 3)
  return close === -1 ? source : source.slice(source.indexOf('\n', close + 4) + 1)
}
