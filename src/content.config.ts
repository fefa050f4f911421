import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { articleSchema } from './schema/article.ts'

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.NEWSMARK_CONTENT ?? './content/articles' }),
  schema: articleSchema
})

export const collections = { articles }
