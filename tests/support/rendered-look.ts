import type { Locator } from 'playwright-core'

/** Computed properties a page's CSS could change by reaching where it should not. */
const PROPERTIES = [
  'display',
  'visibility',
  'position',
  'box-sizing',
  'min-height',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'color',
  'background-color',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-top-left-radius',
  'padding-top',
  'padding-left',
  'margin-top',
  'margin-left',
  'fill',
  'stroke',
  'opacity',
]

/**
 * How a tracker is drawn: for each element in its shadow root, the computed
 * styles above (and its `::before`'s, where it has one) and its box relative to the tracker's
 * root box, keyed by `<place in the tree> <property>`. Two trackers showing the same delivery
 * at the same width look the same when these are equal.
 */
export function renderedLook(tracker: Locator): Promise<Record<string, string>> {
  return tracker.evaluate((host, properties) => {
    const look: Record<string, string> = {}
    const shadow = host.shadowRoot!
    const root = shadow.querySelector('[part~="root"]')!.getBoundingClientRect()
    const place = (element: Element): string => {
      const parent = element.parentElement
      const siblings = Array.from(parent ? parent.children : shadow.children)
      const part = element.getAttribute('part')
      const self = `${element.localName}${part ? `[part="${part}"]` : ''}:${siblings.indexOf(element)}`
      return parent ? `${place(parent)} > ${self}` : self
    }
    // Not the element itself: its own box (display, width, even its font) is the page's to
    // style, as with any element. What must not change is everything drawn inside it.
    const elements = Array.from(shadow.querySelectorAll('*')).filter((e) => e.localName !== 'style')
    for (const element of elements) {
      const key = place(element)
      const style = getComputedStyle(element)
      for (const property of properties) look[`${key} ${property}`] = style.getPropertyValue(property)
      const before = getComputedStyle(element, '::before')
      if (before.content !== 'none') {
        for (const property of properties) look[`${key}::before ${property}`] = before.getPropertyValue(property)
      }
      // A box not rendered (a closed panel) is at 0,0 of the viewport, wherever the root is.
      if (element.getClientRects().length === 0) continue
      const box = element.getBoundingClientRect()
      look[`${key} box`] = [box.x - root.x, box.y - root.y, box.width, box.height].map(Math.round).join(' ')
    }
    return look
  }, PROPERTIES)
}

/** `<key>: <expected> → <actual>` for each entry that differs, or is in only one of the two. */
export function lookDifferences(expected: Record<string, string>, actual: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)])
  return [...keys]
    .filter((key) => expected[key] !== actual[key])
    .map((key) => `${key}: ${expected[key] ?? '(none)'} → ${actual[key] ?? '(none)'}`)
}
