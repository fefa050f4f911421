/** Where the article copies live: `content/articles`, or `NEWSMARK_CONTENT`. */
export const articlesDir = process.env.NEWSMARK_CONTENT || './content/articles'
