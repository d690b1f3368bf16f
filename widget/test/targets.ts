/** What a pointer can press: controls, links, scrollable regions in the tab order, labels. */
const TARGETS = [
  'button',
  'input',
  'textarea',
  'select',
  'a[href]',
  '[tabindex]:not([tabindex="-1"])',
  'label:has(input, textarea)',
].join(', ')

// WCAG 2.2, 2.5.8 Target Size (Minimum): 24 by 24 CSS pixels.
const MIN = 24

/** Every target under `root` that is on show (not hidden, not in a closed panel). */
export function targetsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TARGETS)].filter(
    (element) =>
      element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
  )
}

/**
 * The targets under `root` that fail 2.5.8, each as "what it reads (width×height)". A target
 * under 24 px either way passes only by the spacing exception: a 24 px circle on its centre
 * meets no other target, nor another undersized target's circle.
 */
export function undersizedTargets(root: ParentNode): string[] {
  const boxes = targetsIn(root).map((element) => ({
    element,
    box: element.getBoundingClientRect(),
  }))
  const small = (box: DOMRect) => box.width < MIN || box.height < MIN
  return boxes
    .filter(({ box }) => small(box))
    .filter(({ element, box }) =>
      boxes.some((other) => {
        // A label and the control in it are one target.
        if (other.element === element || other.element.contains(element)) return false
        if (element.contains(other.element)) return false
        // Two circles meet closer than a diameter; a circle and a box, closer than a radius.
        if (small(other.box)) return distance(centre(box), centre(other.box)) < MIN
        return reach(box, other.box) < MIN / 2
      }),
    )
    .map(({ element, box }) => {
      const name = element.innerText?.trim() || element.getAttribute('name') || element.tagName
      return `${name} (${Math.round(box.width)}×${Math.round(box.height)})`
    })
}

const centre = (box: DOMRect) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 })

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y)

/** How far `box`'s centre is from the nearest point of `other`. */
function reach(box: DOMRect, other: DOMRect): number {
  const { x, y } = centre(box)
  const dx = Math.max(other.left - x, 0, x - other.right)
  const dy = Math.max(other.top - y, 0, y - other.bottom)
  return Math.hypot(dx, dy)
}
