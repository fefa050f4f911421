/**
 * Entity resolution: every mention is tied to the person or organisation it
 * names, whose canonical name is the fullest form the article introduces.
 * Surnames, descriptions ("the ambassador") and pronouns resolve to the most
 * recent compatible entity; unnamed sources ("one MP") resolve to nobody.
 */
import { GENERIC_ORG_NOUNS } from './lexicon.ts'
import type { Mention } from './mentions.ts'

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

/** Resolve `mentions` (in text order); returns the entity of each, or `null`. */
export function resolveMentions(mentions: readonly Mention[]): Map<Mention, Entity | null> {
  const entities: Entity[] = []
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

function resolveOne(mention: Mention, entities: Entity[], resolved: Map<Mention, Entity | null>): Entity | null {
  switch (mention.kind) {
    case 'name': {
      const full = mention.owner ? resolved.get(mention.owner) : undefined
      if (!full) return byName(mention, entities)
      for (const word of mention.words) full.words.add(word)
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

function latest(entities: Entity[], test: (entity: Entity) => boolean): Entity | undefined {
  let best: Entity | undefined
  for (const entity of entities) if (test(entity) && (!best || entity.seen > best.seen)) best = entity
  return best
}

function byName(mention: Mention, entities: Entity[]): Entity {
  const words = mention.words
  const known = latest(entities, (entity) => words.every((word) => entity.words.has(word)) && compatible(entity, mention))
  if (known) {
    merge(known, mention)
    return known
  }
  const partial = latest(
    entities,
    (entity) => entity.person === true && mention.person === true && [...entity.words].every((word) => words.includes(word))
  )
  if (partial) {
    partial.name = mention.name
    partial.words = new Set(words)
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
  const withRole = latest(entities, (entity) => entity.roles.has(role) || entity.words.has(role))
  if (withRole) return withRole
  if (!GENERIC_ORG_NOUNS.has(role)) return null
  return latest(entities, isOrganisation) ?? null
}

/** Known as an organisation, or a name of unknown kind that has acted as a subject. */
function isOrganisation(entity: Entity): boolean {
  return entity.org || (entity.person === null && entity.acted && entity.named)
}
