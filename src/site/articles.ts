/**
 * Articles with what the Newsmark plugins produced for them: the annotations
 * (`remarkPluginFrontmatter.newsmark`) and the marked HTML. Pages only
 * render these.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content'
import type { Annotations } from '../engine/index.ts'

export interface AnnotatedArticle {
  entry: CollectionEntry<'articles'>
  annotations: Annotations
  /** The article's marked HTML. */
  html: string
  /** Site-relative path of the article page, without the base. */
  path: string
}

const none: Annotations = { quotes: [], statistics: [], claims: [], problems: [] }

export async function annotatedArticles(): Promise<AnnotatedArticle[]> {
  const entries = await getCollection('articles')
  const articles = await Promise.all(entries.map(annotated))
  return articles.sort((a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime())
}

/**
 * `getStaticPaths` of every per-article route: one path per article id, kept
 * from the last build while the article's file (`digest`) is unchanged.
 */
export async function articlePaths() {
  const entries = await getCollection('articles')
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry }, ...(entry.digest !== undefined && { cacheKey: entry.digest }) }))
}

export async function annotated(entry: CollectionEntry<'articles'>): Promise<AnnotatedArticle> {
  const { remarkPluginFrontmatter } = await render(entry)
  return {
    entry,
    annotations: (remarkPluginFrontmatter.newsmark as Annotations | undefined) ?? none,
    html: entry.rendered?.html ?? '',
    path: `articles/${entry.id}/`
  }
}

/** An absolute path under the site's base. */
export function withBase(path: string): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/') + path.replace(/^\//, '')
}

/** `YYYY-MM-DD`. */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10)
}
