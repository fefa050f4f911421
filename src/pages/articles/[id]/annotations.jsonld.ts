import type { APIRoute, GetStaticPaths } from 'astro'
import type { CollectionEntry } from 'astro:content'
import { annotated, articlePaths, withBase } from '../../../site/articles.ts'
import { webAnnotations } from '../../../site/linked-data.ts'

export const getStaticPaths = articlePaths satisfies GetStaticPaths

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props, site, url }) => {
  const article = await annotated(props.entry)
  const pageUrl = new URL(withBase(article.path), site ?? url).href
  return new Response(JSON.stringify(webAnnotations(article, pageUrl)), {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' }
  })
}
