import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { articlesDir } from './content-dir.ts'
import { articleSchema } from './schema/article.ts'

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: articlesDir }),
  schema: articleSchema
})

export const collections = { articles }
