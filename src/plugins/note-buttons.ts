/**
 * Make every mark reachable by keyboard: after the last run of each
 * annotation, a button that opens the annotation's note (an HTML `popover`
 * with id `<annotation id>-note`, rendered by the page). The button has an
 * accessible name but no text, so the text content of the article is kept,
 * and one class, `<prefix>note-<quote|statistic|claim>`. It needs no `type`:
 * it is never inside a form.
 */
import type { Element, ElementContent, Parent, Root } from 'hast'
import { visitParents } from 'unist-util-visit-parents'

/** Short spoken names of the kinds, for the buttons' accessible names. */
const spoken: Record<string, string> = {
  direct: 'quote',
  partial: 'partial quote',
  indirect: 'reported speech',
  claim: 'claim'
}

/** Add the buttons; `runsOf` gives the annotation id of every run of a mark. */
export function addNoteButtons(tree: Root, classPrefix: string, runsOf: ReadonlyMap<Element, string>): void {
  const last = new Map<string, { parent: Parent; node: Element; mark: Element }>()
  visitParents(tree, 'element', (node, ancestors) => {
    const id = runsOf.get(node)
    if (id === undefined) return
    if (node.properties.id === id) node.properties.ariaDetails = `${id}-note`
    const link = ancestors.findIndex((ancestor) => ancestor.type === 'element' && ancestor.tagName === 'a')
    last.set(
      id,
      link > 0
        ? { parent: ancestors[link - 1] as Parent, node: ancestors[link] as Element, mark: node }
        : { parent: ancestors.at(-1) as Parent, node, mark: node }
    )
  })
  const buttonsAfter = new Map<Parent, Map<Parent['children'][number], ElementContent[]>>()
  for (const [id, { parent, node, mark }] of last) {
    const kind = String(mark.properties.dataKind ?? '')
    const family = kind === 'claim' ? 'claim' : mark.tagName === 'data' ? 'statistic' : 'quote'
    const label = spoken[kind] ?? `${kind} statistic`
    const speaker = mark.properties.dataSpeaker
    const button: ElementContent = {
      type: 'element',
      tagName: 'button',
      properties: {
        className: [`${classPrefix}note-${family}`],
        popoverTarget: `${id}-note`,
        ariaLabel: `Note on this ${label}${typeof speaker === 'string' ? ` by ${speaker}` : ''}`
      },
      children: []
    }
    let byNode = buttonsAfter.get(parent)
    if (!byNode) buttonsAfter.set(parent, (byNode = new Map()))
    const buttons = byNode.get(node)
    if (buttons) buttons.push(button)
    else byNode.set(node, [button])
  }
  for (const [parent, byNode] of buttonsAfter) {
    const children: Parent['children'] = []
    for (const child of parent.children) {
      children.push(child)
      const buttons = byNode.get(child)
      if (buttons) children.push(...buttons)
    }
    parent.children = children
  }
}
