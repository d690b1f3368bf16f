import { fixtureSync, html } from '@open-wc/testing'
import { nothing } from 'lit'
// Types only: test/dist.test.ts must not load the sources next to the built file.
import type { PorchlightTracker } from '../../src/elements/porchlight-tracker/porchlight-tracker.ts'

/** The host page's `color-scheme`, which the tracker's default colours follow. */
export type Scheme = 'light' | 'dark'

/** Something a shopper can meet, and how to bring a tracker there. */
export interface TrackerState {
  readonly name: string
  /** Text only: no button, field or link on show. */
  readonly nothingToPress?: true
  show(scheme: Scheme): Promise<PorchlightTracker>
}

export interface Attributes {
  readonly token?: string
  readonly publishableKey?: string
}

/**
 * A tracker in British English on a shop's page: the page's main landmark, in `scheme`, with
 * the page's own canvas and text colours for that scheme around the tracker.
 */
export function mount(scheme: Scheme, { token, publishableKey }: Attributes): PorchlightTracker {
  const page = fixtureSync<HTMLElement>(html`<main
    style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 1rem"
  >
    <porchlight-tracker
      token=${token ?? nothing}
      publishable-key=${publishableKey ?? nothing}
      locale="en-GB"
    ></porchlight-tracker>
  </main>`)
  return page.querySelector('porchlight-tracker')!
}
