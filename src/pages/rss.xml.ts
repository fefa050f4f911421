import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { annotatedArticles, withBase } from '../site/articles.ts'

export const GET: APIRoute = async ({ site, url }) => {
  const articles = await annotatedArticles()
  return rss({
    title: 'Newsmark',
    description: 'News articles with every quote, statistic and check-worthy claim marked.',
    site: new URL(withBase(''), site ?? url).href,
    items: articles.map(({ entry, annotations, path }) => ({
      title: entry.data.title,
      link: withBase(path),
      pubDate: entry.data.published,
      description: `${entry.data.outlet}: ${annotations.quotes.length} quotes, ${annotations.statistics.length} statistics, ${annotations.claims.length} claims.`
    }))
  })
}
