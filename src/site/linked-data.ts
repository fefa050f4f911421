/**
 * Machine-readable forms of an annotated article: the ANNOTATIONS.md §4 JSON
 * with metadata, a W3C Web Annotation collection, and schema.org JSON-LD.
 */
import type { ArticleData } from '../schema/article.ts'
import { markId, type MarkKind } from '../plugins/marks.ts'
import type { AnnotatedArticle } from './articles.ts'
import { day } from './articles.ts'
import { describeClaim, describeQuote, describeStatistic } from './describe.ts'
import { textSelectors } from './text-selectors.ts'

function metadata(data: ArticleData) {
  return {
    ...data,
    published: day(data.published),
    updated: data.updated && day(data.updated),
    retrieved: data.retrieved && day(data.retrieved),
    reportsOn: data.reportsOn && { ...data.reportsOn, date: data.reportsOn.date && day(data.reportsOn.date) }
  }
}

/** ANNOTATIONS.md §4 plus the article's metadata and the marks' ids. */
export function annotationsJson(article: AnnotatedArticle) {
  const { quotes, statistics, claims, problems } = article.annotations
  const withId = <T>(kind: MarkKind, list: T[]) => list.map((item, index) => ({ id: markId(kind, index, 'nm-'), ...item }))
  return {
    article: { id: article.entry.id, ...metadata(article.entry.data) },
    quotes: withId('quote', quotes.map(({ cue, ...quote }) => quote)),
    statistics: withId('statistic', statistics),
    claims: withId('claim', claims),
    problems
  }
}

/** The annotations as a W3C Web Annotation collection (JSON-LD). */
export function webAnnotations(article: AnnotatedArticle, pageUrl: string) {
  const { quotes, statistics, claims } = article.annotations
  const selectors = textSelectors(article.html)
  const items = [
    ...quotes.map((quote, index) => item('quote', index, describeQuote(quote), 'describing')),
    ...statistics.map((statistic, index) => item('statistic', index, describeStatistic(statistic), 'classifying')),
    ...claims.map((claim, index) => item('claim', index, describeClaim(claim), 'assessing'))
  ].filter((annotation) => annotation !== undefined)

  function item(kind: MarkKind, index: number, body: string, motivation: string) {
    const id = markId(kind, index, 'nm-')
    const selector = selectors[id]
    if (!selector) return undefined
    return {
      id: `${pageUrl}#annotation-${id}`,
      type: 'Annotation',
      motivation,
      body: { type: 'TextualBody', value: body, format: 'text/plain', purpose: motivation },
      target: {
        source: pageUrl,
        selector: [
          { type: 'TextQuoteSelector', exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix },
          {
            type: 'CssSelector',
            value: '#article-text',
            refinedBy: { type: 'TextPositionSelector', start: selector.start, end: selector.end }
          }
        ]
      }
    }
  }

  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${pageUrl}annotations.jsonld`,
    type: 'AnnotationCollection',
    label: `Newsmark annotations of “${article.entry.data.title}”`,
    total: items.length,
    first: { type: 'AnnotationPage', items }
  }
}

/** schema.org `NewsArticle` with its `Quotation`s, for the page head. */
export function newsArticleJsonLd(article: AnnotatedArticle, pageUrl: string) {
  const { data } = article.entry
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    datePublished: day(data.published),
    ...(data.updated && { dateModified: day(data.updated) }),
    inLanguage: data.language,
    publisher: { '@type': 'Organization', name: data.outlet },
    ...(data.byline && { author: { '@type': 'Person', name: data.byline } }),
    ...(data.dateline && { locationCreated: { '@type': 'Place', name: data.dateline } }),
    ...(data.url && { isBasedOn: data.url }),
    url: pageUrl,
    hasPart: article.annotations.quotes
      .filter((quote) => quote.kind !== 'indirect')
      .map((quote) => ({
        '@type': 'Quotation',
        text: quote.text,
        ...(quote.speaker && { spokenByCharacter: { '@type': 'Person', name: quote.speaker } })
      }))
  }
}

/** JSON safe to place inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
