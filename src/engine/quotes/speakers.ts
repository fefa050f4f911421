/**
 * Entity resolution: every mention is tied to the person or organisation it
 * names, whose canonical name is the fullest form the article introduces.
 * Surnames, descriptions ("the ambassador") and pronouns resolve to the most
 * recent compatible entity; unnamed sources ("one MP") resolve to nobody.
 */
import { BUSINESS_NOUNS, GENERIC_ORG_NOUNS } from './lexicon.ts'
import { AGE_ROLE, type Mention } from './mentions.ts'
import { Recency } from './recency.ts'

/** A person or organisation of the article. */
export interface Entity {
  name: string
  words: Set<string>
  person: boolean | null
  org: boolean
  gender: 'm' | 'f' | null
  /** `null` while it has none, as most have (one `Set` fewer per entity). */
  roles: Set<string> | null
  /** Mentioned once other than after a preposition or as a possessive. */
  acted: boolean
  /** Mentioned once other than as a lone word opening a sentence. */
  named: boolean
  /** Order of the latest mention, for recency. */
  seen: number
}

/**
 * The entities met so far, with the entities of each name word, to find a
 * name without scanning them all, and their order of recency, to find the
 * latest that passes a test without scanning the older ones. A word's
 * entities are a short array, each entity once, in the order they took the
 * word: most words have one, and an array costs far less to make than a `Set`.
 */
interface Entities extends Array<Entity> {
  byWord: Map<string, Entity[]>
  byRole: Map<string, Entity[]>
  recent: Recency<Entity>
}

/** Resolve `mentions` (in text order): give each its `entity`, or `null`. */
export function resolveMentions(mentions: readonly Mention[]): void {
  const entities: Entities = Object.assign([], {
    byWord: new Map<string, Entity[]>(),
    byRole: new Map<string, Entity[]>(),
    recent: new Recency<Entity>()
  })
  let clock = 0
  for (const mention of mentions) {
    const entity = resolveOne(mention, entities)
    mention.entity = entity
    if (entity) {
      entity.seen = ++clock
      entities.recent.touch(entity)
      if (mention.kind === 'pronoun' && mention.gender) entity.gender ??= mention.gender
    }
  }
}

function resolveOne(mention: Mention, entities: Entities): Entity | null {
  switch (mention.kind) {
    case 'name': {
      const full = mention.owner?.entity
      if (!full) return byName(mention, entities)
      addWords(entities, full, mention.words)
      return full
    }
    case 'pronoun':
      return byPronoun(mention, entities)
    case 'description':
      if (mention.owner) return mention.owner.entity ?? byName(mention.owner, entities)
      return byRole(mention, entities)
    case 'indefinite':
      return mention.owner ? (mention.owner.entity ?? byName(mention.owner, entities)) : null
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
    index(entities.byWord, word, entity)
  }
}

/** Give `entity` the roles `roles` (none when `null`), and index them. */
function addRoles(entities: Entities, entity: Entity, roles: ReadonlySet<string> | null): void {
  if (roles === null) return
  for (const role of roles) {
    entity.roles ??= new Set()
    entity.roles.add(role)
    index(entities.byRole, role, entity)
  }
}

function index(holders: Map<string, Entity[]>, key: string, entity: Entity): void {
  const known = holders.get(key)
  if (!known) holders.set(key, [entity])
  else if (!known.includes(entity)) known.push(entity)
}

function byName(mention: Mention, entities: Entities): Entity {
  const words = mention.words
  const known = latest(fewestHolders(entities, words), (entity) => words.every((word) => entity.words.has(word)) && compatible(entity, mention))
  if (known) {
    merge(entities, known, mention)
    return known
  }
  let partial: Entity | undefined
  if (mention.person === true) {
    const within = (entity: Entity): boolean => entity.person === true && isSubset(entity.words, words)
    for (let at = 0; at < words.length; at++) {
      if (words.indexOf(words[at]!) === at) partial = latest(entities.byWord.get(words[at]!) ?? [], within, partial)
    }
  }
  if (partial) {
    partial.name = mention.name
    addWords(entities, partial, words)
    merge(entities, partial, mention)
    return partial
  }
  const entity: Entity = {
    name: mention.name,
    words: new Set(words),
    person: mention.person,
    org: mention.org,
    gender: mention.gender,
    roles: null,
    acted: !mention.blocked && !mention.prepositional,
    named: !mention.opener,
    seen: 0
  }
  addWords(entities, entity, words)
  addRoles(entities, entity, mention.roles)
  entities.push(entity)
  return entity
}

/**
 * The entities holding the rarest of `words` (every entity that holds them
 * all is among them), so that a list of people who share a first name is
 * not read once per name.
 */
function fewestHolders(entities: Entities, words: readonly string[]): readonly Entity[] {
  let fewest: readonly Entity[] = entities
  for (const word of words) {
    const holders = entities.byWord.get(word) ?? []
    if (holders.length < fewest.length) fewest = holders
  }
  return fewest
}

/** Whether every word of `words` is one of `of`. */
function isSubset(words: ReadonlySet<string>, of: readonly string[]): boolean {
  for (const word of words) if (!of.includes(word)) return false
  return true
}

function compatible(entity: Entity, mention: Mention): boolean {
  if (mention.words.length > 1) return true
  return !(entity.org && mention.person === true) && !(entity.person && mention.org)
}

function merge(entities: Entities, entity: Entity, mention: Mention): void {
  entity.acted ||= !mention.blocked && !mention.prepositional
  entity.named ||= !mention.opener
  addRoles(entities, entity, mention.roles)
  if (mention.person && !entity.org) entity.person = true
  if (mention.org && !entity.person) entity.org = true
  entity.gender ??= mention.gender
}

function byPronoun(mention: Mention, entities: Entities): Entity | null {
  if (mention.name === 'it') return entities.recent.find(isOrganisation) ?? null
  if (!mention.person) return null
  return entities.recent.find((entity) => entity.person === true && (entity.gender === null || entity.gender === mention.gender)) ?? null
}

function byRole(mention: Mention, entities: Entities): Entity | null {
  const role = mention.name
  const { recent } = entities
  if (role === AGE_ROLE) return recent.find((entity) => entity.person === true) ?? null
  const always = (): boolean => true
  const withRole = latest(entities.byRole.get(role) ?? [], always, latest(entities.byWord.get(role) ?? [], always))
  if (withRole) return withRole
  if (!GENERIC_ORG_NOUNS.has(role)) return null
  return recent.find((entity) => isOrganisation(entity) && isBusiness(entity)) ?? recent.find(isOrganisation) ?? null
}

function isBusiness(entity: Entity): boolean {
  if (entity.roles) for (const role of entity.roles) if (BUSINESS_NOUNS.has(role)) return true
  return false
}

/** Known as an organisation, or a name of unknown kind that has acted as a subject. */
function isOrganisation(entity: Entity): boolean {
  return entity.org || (entity.person === null && entity.acted && entity.named)
}
