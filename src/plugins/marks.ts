/**
 * What each annotation becomes in HTML: its element, id and attributes.
 */
import type { Properties } from 'hast'
import type { Annotations, Claim, Quote, Statistic } from '../engine/index.ts'

export type MarkKind = 'quote' | 'statistic' | 'claim'

export interface Mark {
  id: string
  kind: MarkKind
  start: number
  end: number
  tagName: string
  properties: Properties
}

export interface MarkSettings {
  kinds: ReadonlySet<MarkKind>
  idPrefix: string
  classPrefix: string
}

/** Every tag name `toMarks` gives a mark. */
export const markTagNames: ReadonlySet<string> = new Set(['mark', 'q', 'span', 'data'])

/** The id of the `index`-th annotation of a kind: `nm-q1`, `nm-s3`, `nm-c2`. */
export function markId(kind: MarkKind, index: number, prefix: string): string {
  return `${prefix}${kind[0]}${index + 1}`
}

/** Outer kinds first, so a statistic nests in a quote nested in a claim. */
const depth: Record<MarkKind, number> = { claim: 0, quote: 1, statistic: 2 }

/** Marks for every annotation of the wanted kinds, outermost first. */
export function toMarks(annotations: Annotations, settings: MarkSettings): Mark[] {
  const marks: Mark[] = []
  const add = (kind: MarkKind, list: ReadonlyArray<Quote | Statistic | Claim>, make: (item: never, id: string) => Omit<Mark, 'id' | 'kind' | 'start' | 'end'>) => {
    if (!settings.kinds.has(kind)) return
    list.forEach((item, index) => {
      if (item.end <= item.start) return
      const id = markId(kind, index, settings.idPrefix)
      marks.push({ id, kind, start: item.start, end: item.end, ...make(item as never, id) })
    })
  }
  const className = (...names: string[]) => names.map((name) => settings.classPrefix + name)

  add('claim', annotations.claims, (claim: Claim) => ({
    tagName: 'mark',
    properties: {
      className: className('claim'),
      dataKind: 'claim',
      dataType: claim.type,
      dataScore: claim.score.toFixed(2),
      dataSpeaker: claim.speaker ?? undefined
    }
  }))
  add('quote', annotations.quotes, (quote: Quote) => ({
    tagName: quote.kind === 'indirect' ? 'span' : 'q',
    properties: {
      className: className('quote', quote.kind),
      dataKind: quote.kind,
      dataSpeaker: quote.speaker ?? undefined
    }
  }))
  add('statistic', annotations.statistics, (statistic: Statistic) => ({
    tagName: 'data',
    properties: {
      className: className('statistic'),
      value: String(statistic.value),
      dataKind: statistic.kind,
      dataMax: statistic.max ?? undefined,
      dataUnit: statistic.unit ?? undefined,
      dataQualifier: statistic.qualifier ?? undefined
    }
  }))

  return marks.sort((a, b) => a.start - b.start || b.end - a.end || depth[a.kind] - depth[b.kind])
}
