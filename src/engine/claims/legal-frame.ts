/**
 * A rule stated as fact (ANNOTATIONS.md §3, type `rule`): an obligation set by
 * a law or binding instrument ("Under the Care Act, operators must …", "… are
 * required by law to …") reports what the rules say, a checkable fact, not a
 * recommendation of the writer's.
 */
import { ANY_HINT, LEGAL_HINT } from './hints.ts'
import { bindingPairs, legalInstruments } from './lexicon.ts'

/** How many words an opening "Under …" phrase may run before naming its instrument. */
const reach = 8

/**
 * Whether the sentence (its lower-case tokens; `hints`: theirs, when known)
 * opens "Under <instrument>" or says "by law" / "required to".
 */
export function legalFrame(lower: readonly string[], hints: number = ANY_HINT): boolean {
  if (lower[0] === 'under') {
    for (let i = 1; i < Math.min(lower.length, reach + 1); i++) if (legalInstruments.has(lower[i]!)) return true
  }
  if ((hints & LEGAL_HINT) === 0) return false
  for (let i = 0; i + 1 < lower.length; i++) if (bindingPairs.get(lower[i]!) === lower[i + 1]) return true
  return false
}
