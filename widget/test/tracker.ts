import { waitUntil } from '@open-wc/testing'
// Types only: test/dist.test.ts must not load the sources next to the built file.
import type { PorchlightTracker } from '../src/elements/porchlight-tracker/porchlight-tracker.ts'

/** Text as a shopper reads it (innerText: rendered, <br> as a break), whitespace collapsed. */
export function readable(element: HTMLElement | null | undefined): string {
  return (element?.innerText ?? '').replace(/\s+/g, ' ').trim()
}

export function part(tracker: PorchlightTracker, name: string): HTMLElement | null {
  return tracker.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null
}

export function parts(tracker: PorchlightTracker, name: string): HTMLElement[] {
  return [...(tracker.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])]
}

/** Everything the tracker shows. */
export function shown(tracker: PorchlightTracker): string {
  return readable(part(tracker, 'root'))
}

/** Resolves once the tracker shows something other than its loading skeleton. */
export async function settled(tracker: PorchlightTracker): Promise<PorchlightTracker> {
  await waitUntil(
    () => part(tracker, 'root') && !part(tracker, 'root')?.hasAttribute('aria-busy'),
    'the tracker never left its loading state',
    { timeout: 3000 },
  )
  return tracker
}
