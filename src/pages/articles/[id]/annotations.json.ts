import type { APIRoute, GetStaticPaths } from 'astro'
import type { CollectionEntry } from 'astro:content'
import { annotated, articlePaths } from '../../../site/articles.ts'
import { annotationsJson } from '../../../site/linked-data.ts'

export const getStaticPaths = articlePaths satisfies GetStaticPaths

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props }) =>
  new Response(JSON.stringify(annotationsJson(await annotated(props.entry))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' }
  })
