import { expect } from '@open-wc/testing'
// Types only: test/dist.test.ts must not load the sources next to the built file.
import type { PorchlightTracker } from '../src/elements/porchlight-tracker/porchlight-tracker.ts'
import { press } from './keyboard.ts'

// More than any panel has stops: past this, the target is not in the tab order.
const MOST_PRESSES = 20

/**
 * The element that has focus in `tracker`, after checking that a keyboard user can see it: it
 * matches `:focus-visible` and draws an outline or a box shadow, or, for a control kept
 * invisible over its label (the stars), its label does. Fails when focus has fallen out of
 * the tracker to the page.
 */
export function visiblyFocused(tracker: PorchlightTracker): HTMLElement {
  const focused = tracker.shadowRoot!.activeElement as HTMLElement | null
  const page = document.activeElement
  if (page !== tracker || !focused) {
    throw new Error(`focus left the tracker for ${page?.tagName ?? 'nothing'}`)
  }
  const what = nameOf(focused)
  expect(focused.matches(':focus-visible'), `${what} matches :focus-visible`).to.equal(true)
  const drawn =
    getComputedStyle(focused).opacity === '0' ? focused.closest('label') ?? focused : focused
  expect(indicated(drawn), `${what} shows where focus is`).to.equal(true)
  return focused
}

/** Presses Tab until `target` has focus, checking that focus shows at each stop on the way. */
export async function tabTo(tracker: PorchlightTracker, target: Element): Promise<void> {
  for (let presses = 0; presses < MOST_PRESSES; presses += 1) {
    await press('Tab')
    if (visiblyFocused(tracker) === target) return
  }
  throw new Error(`${nameOf(target)} was not reached in ${MOST_PRESSES} presses of Tab`)
}

function indicated(element: Element): boolean {
  const { outlineStyle, outlineWidth, outlineColor, boxShadow } = getComputedStyle(element)
  const outline =
    outlineStyle !== 'none' && parseFloat(outlineWidth) > 0 && outlineColor !== 'rgba(0, 0, 0, 0)'
  return outline || boxShadow !== 'none'
}

function nameOf(element: Element): string {
  const name = element.getAttribute('part') ?? element.getAttribute('name') ?? element.id
  return `<${element.tagName.toLowerCase()}${name ? ` ${name}` : ''}>`
}
