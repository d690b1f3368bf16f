import { waitUntil } from '@open-wc/testing'
import type { PorchlightTracker } from '../../src/elements/porchlight-tracker/porchlight-tracker.ts'
import { inTransitNewYork, liveEta, outForDeliveryLondon } from '../fixtures/tracking-views.js'
import {
  dropStreams,
  freshToken,
  scriptStream,
  scriptTrack,
  sendEvent,
  streamLog,
} from '../mock-api.ts'
import { shopWith, type LookupAnswer } from '../mock-lookup.ts'
import { part, settled } from '../tracker.ts'
import { mount, type Scheme, type TrackerState } from './mount.ts'

const LONDON = { orderRef: 'KB-77', postcode: 'N1 9GU', trackingToken: 'out-for-delivery-london' }

/** A tracker with the lookup form of a shop whose answers to the form are `answers`. */
async function lookupForm(scheme: Scheme, answers: readonly LookupAnswer[] = []) {
  const publishableKey = await shopWith([LONDON], answers)
  const tracker = mount(scheme, { publishableKey })
  await waitUntil(() => part(tracker, 'lookup-input'), 'no lookup form', { timeout: 3000 })
  return tracker
}

/** Sends the form with the order number of the shop's one order, and `postcode`. */
function submitLookup(tracker: PorchlightTracker, postcode: string): void {
  const field = (name: string) =>
    tracker.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!
  field('orderRef').value = LONDON.orderRef
  field('postcode').value = postcode
  part(tracker, 'lookup-submit')!.click()
}

/** The states of the tracker itself, and of the lookup form in front of it. */
export const deliveryStates: readonly TrackerState[] = [
  {
    name: 'loading',
    nothingToPress: true,
    async show(scheme) {
      const token = freshToken('a11y-loading')
      // Held long enough for the check to run on the skeleton.
      await scriptTrack(token, [{ status: 200, body: inTransitNewYork, delayMs: 5000 }])
      const tracker = mount(scheme, { token })
      await waitUntil(() => part(tracker, 'root')?.getAttribute('aria-busy'), 'no skeleton')
      return tracker
    },
  },
  {
    name: 'no tracking code',
    nothingToPress: true,
    show: (scheme) => settled(mount(scheme, {})),
  },
  {
    name: 'not found',
    nothingToPress: true,
    show: (scheme) => settled(mount(scheme, { token: freshToken('a11y-unknown') })),
  },
  {
    name: 'could not load, with Try again',
    async show(scheme) {
      const tracker = await settled(mount(scheme, { token: 'server-error' }))
      await waitUntil(() => part(tracker, 'button'), 'no Try again')
      return tracker
    },
  },
  {
    name: 'out for delivery: arrival, stops away, route strip, a delay, reconnecting',
    nothingToPress: true,
    async show(scheme) {
      const token = freshToken('a11y-live')
      await scriptTrack(token, [{ status: 200, body: { ...outForDeliveryLondon, eta: liveEta() } }])
      // The reconnection is held past the 4 s after which "Reconnecting…" shows.
      await scriptStream(token, [{ status: 200 }, { status: 200, delayMs: 6000 }])
      const tracker = await settled(mount(scheme, { token }))
      await waitUntil(async () => (await streamLog(token)).open === 1, 'the stream never opened')
      const delay = { id: 'delay_1', type: 'delay', at: new Date().toISOString() } as const
      await sendEvent(token, '10', 'eta', { eta: liveEta({ inMinutes: 90 }), delay })
      await dropStreams(token)
      await waitUntil(() => part(tracker, 'reconnecting'), 'never reconnecting', { timeout: 6000 })
      return tracker
    },
  },
  {
    name: 'lookup form',
    show: (scheme) => lookupForm(scheme),
  },
  {
    name: 'lookup form, with both fields turned down',
    async show(scheme) {
      const errors = [
        { path: 'orderRef', message: 'Required' },
        { path: 'postcode', message: 'Too long' },
      ]
      const tracker = await lookupForm(scheme, [{ status: 400, code: 'validation_failed', errors }])
      submitLookup(tracker, 'N1 9GU')
      await waitUntil(() => part(tracker, 'lookup-input')?.getAttribute('aria-invalid') === 'true')
      return tracker
    },
  },
  {
    name: 'lookup form, with no delivery found',
    async show(scheme) {
      const tracker = await lookupForm(scheme)
      submitLookup(tracker, 'E1 6AN')
      await waitUntil(() => part(tracker, 'lookup-error'), 'no alert', { timeout: 3000 })
      return tracker
    },
  },
  {
    name: 'a delivery found with the lookup form, and "Find another delivery"',
    async show(scheme) {
      const tracker = await lookupForm(scheme)
      submitLookup(tracker, 'N1 9GU')
      await waitUntil(() => part(tracker, 'status') && part(tracker, 'lookup-again'), 'not found')
      return tracker
    },
  },
]
