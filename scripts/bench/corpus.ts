/**
 * Synthetic Newsmark article copies, deterministic from a seed: front matter
 * that passes `npm run check`, and a body of paragraphs drawn from the
 * templates in `templates.ts`, weighted so that the engine finds quotes,
 * statistics and claims about as densely as in real news (`density.ts`
 * measures both; the bench prints them side by side).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as words from './lexicon.ts'
import { createRandom, type Random } from './random.ts'
import * as templates from './templates.ts'

/** One generated article copy. */
export interface Article {
  /** File name without `.md`, also the page slug. */
  id: string
  /** The whole file: front matter and body. */
  source: string
  /** The Markdown body alone. */
  body: string
}

interface Person {
  name: string
  surname: string
  role: string
  short: string
  pronoun: string
  mentioned: boolean
}

interface Context {
  random: Random
  people: Person[]
  speaker: Person
  quotes: { open: string; close: string; nestedOpen: string; nestedClose: string; apostrophe: string }
}

/** `count` articles from `seed`; the same arguments always give the same corpus. */
export function generateCorpus(count: number, seed = 1): Article[] {
  const random = createRandom(seed)
  const articles: Article[] = []
  for (let index = 0; index < count; index++) articles.push(generateArticle(random, index))
  return articles
}

/** Write `articles` as `<id>.md` into a fresh `dir`. */
export function writeCorpus(articles: ReadonlyArray<Article>, dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const article of articles) writeFileSync(path.join(dir, `${article.id}.md`), article.source)
}

function generateArticle(random: Random, index: number): Article {
  const typographic = random.chance(0.7)
  const people = Array.from({ length: random.int(1, 4) }, () => createPerson(random))
  const context: Context = {
    random,
    people,
    speaker: people[0]!,
    quotes: typographic
      ? { open: '“', close: '”', nestedOpen: '‘', nestedClose: '’', apostrophe: '’' }
      : { open: '"', close: '"', nestedOpen: "'", nestedClose: "'", apostrophe: "'" }
  }

  const paragraphs: string[] = []
  const length = paragraphCount(random)
  for (let i = 0; i < length; i++) {
    if (i > 3 && random.chance(0.06)) paragraphs.push(`## ${random.pick(templates.subheads)}`)
    if (random.chance(0.3)) context.speaker = random.pick(context.people)
    if (i > 0 && random.chance(0.04)) {
      paragraphs.push(...templates.continued.map((template) => fill(template, context)))
      continue
    }
    const sentences: string[] = []
    const size = random.int(1, 3)
    for (let s = 0; s < size; s++) sentences.push(lengthen(fill(pickTemplate(context), context), context))
    paragraphs.push(sentences.join(' '))
  }

  const topic = random.pick(words.topics).replace(/^the /, '')
  const story = `story-${Math.floor(index / 3) + 1}`
  const day = 1 + (index % 28)
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(capitalise(`${random.pick(words.organisations)} faces questions over ${topic}`))}`,
    `story: ${story}`,
    `outlet: ${JSON.stringify(random.pick(words.outlets))}`,
    `byline: ${JSON.stringify(createPerson(random).name)}`,
    `dateline: ${JSON.stringify(capitalise(random.pick(words.places)))}`,
    `published: ${2018 + (index % 7)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    'language: en',
    `copy: ${index % 3 === 0 ? 'original' : random.pick(['report', 'syndication'])}`,
    '---'
  ].join('\n')
  // One join, so the body is one flat string, as text read from a file is; a
  // string built by `+` is a tree of pieces, which the engine reads slower.
  const body = paragraphs.map((paragraph) => `${paragraph}\n`).join('\n')
  return { id: `bench-${String(index + 1).padStart(5, '0')}`, source: `${frontMatter}\n\n${body}`, body }
}

/** Paragraphs per article: mostly 7–18, with a long tail of features. */
function paragraphCount(random: Random): number {
  const roll = random.next()
  if (roll < 0.15) return random.int(3, 6)
  if (roll < 0.85) return random.int(7, 18)
  return random.int(19, 42)
}

function pickTemplate(context: Context): string {
  const { random } = context
  const speaker = context.speaker
  if (!speaker.mentioned) return random.pick(templates.introductions)
  const roll = random.next()
  if (roll < 0.30) return random.pick(templates.quoted)
  if (roll < 0.42) return '{Clause}.'
  if (roll < 0.80) return random.pick(templates.narration)
  if (roll < 0.94) return random.pick(templates.opinions)
  return random.pick(templates.questions)
}

/** Most sentences that end in a plain full stop get a background phrase, as in wire copy. */
function lengthen(sentence: string, context: Context): string {
  if (!/[a-z]\.$/.test(sentence) || !context.random.chance(0.9)) return sentence
  return `${sentence.slice(0, -1)}, ${fill(context.random.pick(templates.extensions), context)}.`
}

function createPerson(random: Random): Person {
  const [role, short] = random.pick(words.roles)
  const surname = random.pick(words.lastNames)
  return {
    name: `${random.pick(words.firstNames)} ${surname}`,
    surname,
    role: `${role} ${random.pick(words.organisations)}`,
    short,
    pronoun: random.pick(['he', 'she', 'he', 'she', 'they']),
    mentioned: false
  }
}

/** Fill every `{slot}` of `template`. */
function fill(template: string, context: Context): string {
  return template.replace(/\{([A-Za-z0-9,]+)\}/g, (_, slot: string) => {
    const value = slotValue(slot.toLowerCase(), context)
    return slot[0] === slot[0]!.toUpperCase() && /[a-z]/i.test(slot[0]!) ? capitalise(value) : value
  })
}

function slotValue(slot: string, context: Context): string {
  const { random, speaker, quotes } = context
  switch (slot) {
    case 'o': return quotes.open
    case 'c': return quotes.close
    case 'so': return quotes.nestedOpen
    case 'sc': return quotes.nestedClose
    case 'apos': return quotes.apostrophe
    case 'name':
      speaker.mentioned = true
      return speaker.name
    case 'role': return speaker.role
    case 'who': return reference(context, true)
    case 'whoname': return reference(context, false)
    case 'verb': return random.pick(words.speechVerbs)
    case 'thatverb': return random.pick(words.thatVerbs)
    case 'spoken': return fill(random.pick(templates.spoken), context)
    case 'spoken,': return fill(random.pick(templates.spoken), context).replace(/\.$/, ',')
    case 'fragment': return random.pick(templates.fragments)
    case 'action': return random.pick(templates.actions)
    case 'clause': return fill(random.pick(templates.clauses), context)
    case 'org': return random.pick(words.organisations)
    case 'place': return random.pick(words.places)
    case 'topic': return random.pick(words.topics)
    case 'group': return random.pick(words.groups)
    case 'term': return random.pick(words.terms)
    case 'outlet': return random.pick(words.outlets)
    case 'day': return random.pick(words.days)
    case 'month': return random.pick(words.months)
    case 'dayofmonth': return String(random.int(1, 28))
    case 'clock': return `${random.int(8, 20)}:${random.pick(['00', '15', '30', '45'])}`
    case 'year': return String(random.int(1990, 2024))
    case 'year2': return String(random.int(2025, 2030))
    case 'slugword': return random.pick(['plan', 'report', 'budget', 'review'])
    case 'digitname': return random.pick(words.digitNames)
    case 'money': return money(random)
    case 'conv': return random.chance(0.5) ? money(random) : `${money(random)} (${money(random)})`
    case 'percent': return percent(random)
    case 'count': return `${integer(random)} ${random.pick(words.countNouns)}`
    case 'qcount': return `${random.chance(0.6) ? `${random.pick(words.qualifiers)} ` : ''}${integer(random)} ${random.pick(words.countNouns)}`
    case 'fraction': return random.pick(words.fractions)
    case 'range': return range(random)
    case 'measure': return `${random.chance(0.3) ? `${random.pick(words.qualifiers)} ` : ''}${decimal(random)} ${random.pick(words.measureUnits)}`
    case 'duration': return `${random.chance(0.5) ? random.pick(words.smallNumbers) : random.int(2, 40)} ${random.pick(words.durationUnits)}`
    case 'rate': return `${decimal(random)} ${random.pick(words.countNouns)} per ${random.pick(['day', 'hour', '1,000 residents', 'year'])}`
    case 'rank': return `${random.pick(words.ordinals)}-${random.pick(['largest', 'biggest', 'busiest'])}`
    default: throw new Error(`Unknown template slot {${slot}}`)
  }
}

/** How the article refers to the current speaker: full name first, then surname, pronoun or role. */
function reference(context: Context, pronoun: boolean): string {
  const { random, speaker } = context
  if (!speaker.mentioned) {
    speaker.mentioned = true
    return speaker.name
  }
  const roll = random.next()
  if (roll < 0.4) return speaker.surname
  if (roll < 0.75) return pronoun ? speaker.pronoun : speaker.surname
  return speaker.short
}

function money(random: Random): string {
  const [symbol, name] = random.pick(words.currencies)
  const amount = `${decimal(random)} ${random.pick(words.scales)}`
  const qualifier = random.chance(0.25) ? `${random.pick(words.qualifiers)} ` : ''
  return qualifier + (random.chance(0.5) ? `${symbol}${amount}` : `${amount} ${name}`)
}

function percent(random: Random): string {
  const value = random.chance(0.5) ? String(random.int(1, 99)) : `${random.int(0, 60)}.${random.int(1, 9)}`
  return `${value}${random.pick([' percent', ' per cent', '%'])}`
}

function range(random: Random): string {
  const low = random.int(2, 400)
  const high = low + random.int(1, 60)
  return random.pick([`${low} and ${high} ${random.pick(words.countNouns)}`, `${low} and ${high} people`])
}

function integer(random: Random): string {
  return random.chance(0.2) ? random.pick(words.smallNumbers) : random.int(12, 95000).toLocaleString('en-US')
}

function decimal(random: Random): string {
  return random.chance(0.5) ? String(random.int(2, 900)) : `${random.int(1, 99)}.${random.int(1, 9)}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
