/**
 * The front matter of a Markdown copy of a news article.
 *
 * One schema serves the Astro content collection (`src/content.config.ts`) and
 * the `check` command, so the build and the check can never disagree.
 */
import { z } from 'astro/zod'

/** How this copy relates to the story's first publication. */
export const copyKinds = ['original', 'report', 'syndication', 'translation'] as const

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers that read unquoted dates
 * as `Date` objects (as Astro's does) are accepted too.
 */
export const calendarDate = z
  .union([z.string(), z.date()])
  .transform((value, context) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        context.addIssue({ code: 'custom', message: 'Invalid date' })
        return z.NEVER
      }
      return value
    }
    const match = isoDate.exec(value)
    const date = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : undefined
    if (!date || date.toISOString().slice(0, 10) !== value) {
      context.addIssue({
        code: 'custom',
        message: `Expected a real calendar date as YYYY-MM-DD, received ${JSON.stringify(value)}`
      })
      return z.NEVER
    }
    return date
  })

const text = z.string().trim().min(1, 'Must not be empty')
const webUrl = z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' })
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected lower-case words joined by hyphens')

/** The work a copy reports on (an op-ed, a speech, a report …). */
export const reportsOnSchema = z.strictObject({
  title: text,
  author: text.optional(),
  outlet: text.optional(),
  date: calendarDate.optional(),
  url: webUrl.optional()
})

/** Front matter of one article copy. */
export const articleSchema = z.strictObject({
  /** A factual headline for the copy. */
  title: text,
  /** Overrides the file name as the page slug. */
  slug: slug.optional(),
  /** Shared by every copy of the same story, so copies can be compared. */
  story: slug,
  outlet: text,
  byline: text.optional(),
  dateline: text.optional(),
  published: calendarDate,
  updated: calendarDate.optional(),
  /** BCP 47 language tag of the copy. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Expected a BCP 47 tag such as "en" or "en-GB"'),
  url: webUrl.optional(),
  copy: z.enum(copyKinds),
  retrieved: calendarDate.optional(),
  reportsOn: reportsOnSchema.optional(),
  licence: text.optional(),
  notes: text.optional()
})

export type ArticleData = z.output<typeof articleSchema>
