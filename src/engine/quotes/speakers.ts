/**
 * Entity resolution: every mention is tied to the person or organisation it
 * names, whose canonical name is the fullest form the article introduces.
 * Surnames, descriptions ("the ambassador") and pronouns resolve to the most
 * recent compatible entity; unnamed sources ("one MP") resolve to nobody.
 */
import { BUSINESS_NOUNS, GENERIC_ORG_NOUNS } from './lexicon.ts'
import { AGE_ROLE, type Mention } from './mentions.ts'

/** A person or organisation of the article. */
export interface Entity {
  name: string
  words: Set<string>
  person: boolean | null
  org: boolean
  gender: 'm' | 'f' | null
  roles: Set<string>
  /** Mentioned once other than after a preposition or as a possessive. */
  acted: boolean
  /** Mentioned once other than as a lone word opening a sentence. */
  named: boolean
  /** Order of the latest mention, for recency. */
  seen: number
}

/** The entities met so far, with the entities of each name word, to find a name without scanning them all. */
interface Entities extends Array<Entity> {
  byWord: Map<string, Set<Entity>>
}

/** Resolve `mentions` (in text order); returns the entity of each, or `null`. */
export function resolveMentions(mentions: readonly Mention[]): Map<Mention, Entity | null> {
  const entities: Entities = Object.assign([], { byWord: new Map<string, Set<Entity>>() })
  const resolved = new Map<Mention, Entity | null>()
  let clock = 0
  for (const mention of mentions) {
    const entity = resolveOne(mention, entities, resolved)
    resolved.set(mention, entity)
    if (entity) {
      entity.seen = ++clock
      if (mention.kind === 'pronoun' && mention.gender) entity.gender ??= mention.gender
    }
  }
  return resolved
}

function resolveOne(mention: Mention, entities: Entities, resolved: Map<Mention, Entity | null>): Entity | null {
  switch (mention.kind) {
    case 'name': {
      const full = mention.owner ? resolved.get(mention.owner) : undefined
      if (!full) return byName(mention, entities)
      addWords(entities, full, mention.words)
      return full
    }
    case 'pronoun':
      return byPronoun(mention, entities)
    case 'description':
      if (mention.owner) return resolved.get(mention.owner) ?? byName(mention.owner, entities)
      return byRole(mention, entities)
    case 'indefinite':
      return mention.owner ? (resolved.get(mention.owner) ?? byName(mention.owner, entities)) : null
  }
}

function latest(entities: Iterable<Entity>, test: (entity: Entity) => boolean, best?: Entity): Entity | undefined {
  let found = best
  for (const entity of entities) if (test(entity) && (!found || entity.seen > found.seen)) found = entity
  return found
}

/** Give `entity` the name words `words`, and index them. */
function addWords(entities: Entities, entity: Entity, words: Iterable<string>): void {
  for (const word of words) {
    entity.words.add(word)
    const holders = entities.byWord.get(word)
    if (holders) holders.add(entity)
    else entities.byWord.set(word, new Set([entity]))
  }
}

function byName(mention: Mention, entities: Entities): Entity {
  const words = mention.words
  const named = words.length > 0 ? (entities.byWord.get(words[0]!) ?? []) : entities
  const known = latest(named, (entity) => words.every((word) => entity.words.has(word)) && compatible(entity, mention))
  if (known) {
    merge(known, mention)
    return known
  }
  let partial: Entity | undefined
  if (mention.person === true) {
    const within = (entity: Entity): boolean => entity.person === true && [...entity.words].every((word) => words.includes(word))
    for (const word of new Set(words)) partial = latest(entities.byWord.get(word) ?? [], within, partial)
  }
  if (partial) {
    partial.name = mention.name
    addWords(entities, partial, words)
    merge(partial, mention)
    return partial
  }
  const entity: Entity = {
    name: mention.name,
    words: new Set(words),
    person: mention.person,
    org: mention.org,
    gender: mention.gender,
    roles: new Set(mention.roles),
    acted: !mention.blocked && !mention.prepositional,
    named: !mention.opener,
    seen: 0
  }
  addWords(entities, entity, words)
  entities.push(entity)
  return entity
}

function compatible(entity: Entity, mention: Mention): boolean {
  if (mention.words.length > 1) return true
  return !(entity.org && mention.person === true) && !(entity.person && mention.org)
}

function merge(entity: Entity, mention: Mention): void {
  entity.acted ||= !mention.blocked && !mention.prepositional
  entity.named ||= !mention.opener
  for (const role of mention.roles) entity.roles.add(role)
  if (mention.person && !entity.org) entity.person = true
  if (mention.org && !entity.person) entity.org = true
  entity.gender ??= mention.gender
}

function byPronoun(mention: Mention, entities: Entity[]): Entity | null {
  if (mention.name === 'it') return latest(entities, isOrganisation) ?? null
  if (!mention.person) return null
  return latest(entities, (entity) => entity.person === true && (entity.gender === null || entity.gender === mention.gender)) ?? null
}

function byRole(mention: Mention, entities: Entity[]): Entity | null {
  const role = mention.name
  if (role === AGE_ROLE) return latest(entities, (entity) => entity.person === true) ?? null
  const withRole = latest(entities, (entity) => entity.roles.has(role) || entity.words.has(role))
  if (withRole) return withRole
  if (!GENERIC_ORG_NOUNS.has(role)) return null
  return latest(entities, (entity) => isOrganisation(entity) && [...entity.roles].some((known) => BUSINESS_NOUNS.has(known))) ?? latest(entities, isOrganisation) ?? null
}

/** Known as an organisation, or a name of unknown kind that has acted as a subject. */
function isOrganisation(entity: Entity): boolean {
  return entity.org || (entity.person === null && entity.acted && entity.named)
}
