/**
 * The numbers behind the pictures: each speaker's share of quoted words, and
 * where each annotation falls along the article.
 */
import type { Annotations, Quote } from '../engine/index.ts'
import { markId, type MarkKind } from '../plugins/marks.ts'
import { excerpt } from './describe.ts'

export interface SpeakerShare {
  speaker: string
  words: number
  quotes: Quote[]
  /** Share of all quoted words, 0..1. */
  share: number
}

const unnamed = 'Not named'

/** Speakers by the number of words quoted from them, most first. */
export function speakerShares(quotes: Quote[]): SpeakerShare[] {
  const bySpeaker = new Map<string, SpeakerShare>()
  let total = 0
  for (const quote of quotes) {
    const speaker = quote.speaker ?? unnamed
    const words = quote.text.split(/\s+/).filter(Boolean).length
    total += words
    const share = bySpeaker.get(speaker) ?? { speaker, words: 0, quotes: [], share: 0 }
    share.words += words
    share.quotes.push(quote)
    bySpeaker.set(speaker, share)
  }
  return [...bySpeaker.values()]
    .map((share) => ({ ...share, share: total ? share.words / total : 0 }))
    .sort((a, b) => b.words - a.words || a.speaker.localeCompare(b.speaker))
}

export interface MapPoint {
  id: string
  kind: MarkKind
  label: string
  /** Start and width along the article, 0..1. */
  x: number
  width: number
}

/** Every annotation as a point along an article of `length` characters. */
export function mapPoints(annotations: Annotations, length: number, prefix = 'nm-'): MapPoint[] {
  const scale = Math.max(length, 1)
  const points = (kind: MarkKind, list: { start: number; end: number; text: string }[]) =>
    list.map((item, index) => ({
      id: markId(kind, index, prefix),
      kind,
      label: excerpt(item.text, 60),
      x: Math.min(item.start / scale, 1),
      width: Math.max((item.end - item.start) / scale, 0.004)
    }))
  return [
    ...points('quote', annotations.quotes),
    ...points('statistic', annotations.statistics),
    ...points('claim', annotations.claims)
  ]
}

/** `value` to one decimal, for SVG coordinates that stay short and stable. */
export function svgNumber(value: number): number {
  return Math.round(value * 10) / 10
}
