import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing'
import type { TrackingView } from '@porchlight/shared'
import '../../../index.ts'
import { PUSH_PUBLIC_KEY } from '../../../../test/fixtures/push.js'
import { outForDeliveryLondon } from '../../../../test/fixtures/tracking-views.js'
import { trackerOf } from '../../../../test/manage-panel.ts'
import { freshToken, scriptTrack } from '../../../../test/mock-api.ts'
import { pushCalls, scriptPush } from '../../../../test/mock-push.ts'
import {
  AUTH,
  P256DH,
  asIphoneSafari,
  stubPush,
  without,
  type PushStubs,
} from '../../../../test/push-stubs.ts'
import { part, readable, settled } from '../../../../test/tracker.ts'
import type { PorchlightTracker } from '../porchlight-tracker.ts'

const pushable: TrackingView = {
  ...outForDeliveryLondon,
  capabilities: { ...outForDeliveryLondon.capabilities, push: true },
}

/** A fresh token whose view is `view`. */
async function tokenOf(name: string, view: TrackingView = pushable): Promise<string> {
  const token = freshToken(name)
  await scriptTrack(token, [{ status: 200, body: view }])
  return token
}

/** The tracker of `token`, once its "Notify me" control has settled on a state. */
async function notifying(token: string): Promise<PorchlightTracker> {
  const tracker = await trackerOf(token)
  await waitUntil(() => part(tracker, 'notify'), 'the control never showed', { timeout: 3000 })
  return tracker
}

const status = (tracker: PorchlightTracker) =>
  readable(part(tracker, 'notify')?.querySelector('[role="status"]'))
const button = (tracker: PorchlightTracker) => part(tracker, 'notify-button') as HTMLButtonElement
const settledOn = (tracker: PorchlightTracker, text: string) =>
  waitUntil(() => status(tracker) === text, `never said "${text}"`, { timeout: 3000 })

/** Why the control is not there: it stays away for a while, not just until its chunk comes. */
async function stillHidden(tracker: PorchlightTracker): Promise<void> {
  await aTimeout(200)
  expect(part(tracker, 'notify')).to.equal(null)
}

const decoded = (base64url: string) =>
  [...atob(base64url.replace(/-/g, '+').replace(/_/g, '/'))].map((c) => c.charCodeAt(0))

describe('<porchlight-tracker> "Notify me"', () => {
  let stubs: PushStubs
  beforeEach(() => {
    stubs = stubPush()
  })
  afterEach(() => stubs.restore())

  it('is not offered where the shop sends no notifications, nor once the delivery is over', async () => {
    await stillHidden(await trackerOf(await tokenOf('no-push', outForDeliveryLondon)))
    const delivered: TrackingView = {
      ...pushable,
      shipment: { ...pushable.shipment, status: 'delivered' },
    }
    await stillHidden(await trackerOf(await tokenOf('over', delivered)))
  })

  it('is not offered in a browser without Web Push', async () => {
    await without('PushManager', async () => {
      await stillHidden(await trackerOf(await tokenOf('no-push-manager')))
    })
  })

  it('on an iPhone, in Safari, says to add the page to the Home Screen instead of a button that cannot work', async () => {
    await asIphoneSafari(async () => {
      const tracker = await notifying(await tokenOf('iphone'))
      await settledOn(tracker, 'Add this page to your Home Screen to get notifications.')
      expect(part(tracker, 'notify-button')).to.equal(null)
    })
  })

  it('says notifications are blocked, with no button, where the browser blocks them', async () => {
    stubs.permission = 'denied'
    const tracker = await notifying(await tokenOf('blocked'))
    await settledOn(tracker, 'Notifications are blocked for this site in your browser settings.')
    expect(part(tracker, 'notify-button')).to.equal(null)
    expect(stubs.asked).to.equal(0)
  })

  it('says what will be sent, and asks for permission only when "Notify me" is pressed', async () => {
    const tracker = await notifying(await tokenOf('offer'))
    await settledOn(
      tracker,
      'Get a notification when your parcel is out for delivery, when the driver is a few stops ' +
        'away, if it’s running late, and when it’s delivered.',
    )
    expect(readable(button(tracker))).to.equal('Notify me')
    await aTimeout(100)
    expect(stubs.asked).to.equal(0)
    expect(stubs.registered).to.deep.equal([])
  })

  it('turns notifications on: permission, the worker, the server’s key, then the subscription sent with this page', async () => {
    const token = await tokenOf('turn-on')
    const tracker = await notifying(token)
    button(tracker).focus()
    button(tracker).click()
    await settledOn(tracker, 'Notifications on')

    expect(stubs.asked).to.equal(1)
    // The hosted page's case: the page is on the API's origin, so the server's own worker.
    expect(stubs.registered).to.deep.equal([`${location.origin}/porchlight-sw.js`])
    const [options] = stubs.subscribeOptions
    expect(options?.userVisibleOnly).to.equal(true)
    expect([...new Uint8Array(options?.applicationServerKey as ArrayBuffer)]).to.deep.equal(
      decoded(PUSH_PUBLIC_KEY),
    )
    expect(await pushCalls(token)).to.deep.equal([
      {
        method: 'POST',
        body: {
          endpoint: stubs.subscription?.endpoint,
          expirationTime: null,
          keys: { p256dh: P256DH, auth: AUTH },
          openUrl: location.href,
        },
      },
    ])
    expect(readable(button(tracker))).to.equal('Turn off')
    // The same button, relabelled: focus did not fall to the page.
    expect(tracker.shadowRoot!.activeElement).to.equal(button(tracker))
  })

  it('registers the shop’s own one-line worker named by `service-worker`', async () => {
    const token = await tokenOf('own-worker')
    const tracker = await settled(
      fixtureSync<PorchlightTracker>(
        html`<porchlight-tracker token=${token} service-worker="/shop-sw.js"></porchlight-tracker>`,
      ),
    )
    await waitUntil(() => part(tracker, 'notify-button'), 'no button', { timeout: 3000 })
    button(tracker).click()
    await settledOn(tracker, 'Notifications on')
    expect(stubs.registered).to.deep.equal([`${location.origin}/shop-sw.js`])
  })

  it('turns notifications off: the server forgets the subscription and the browser ends it', async () => {
    const token = await tokenOf('turn-off')
    const tracker = await notifying(token)
    button(tracker).click()
    await settledOn(tracker, 'Notifications on')
    button(tracker).click()
    const { endpoint } = stubs.subscription!
    await waitUntil(() => readable(button(tracker)) === 'Notify me', 'never turned off')

    const calls = await pushCalls(token)
    expect(calls.at(-1)).to.deep.equal({ method: 'DELETE', body: { endpoint } })
    expect(stubs.unsubscribed).to.deep.equal([endpoint])
  })

  it('says "Notifications on" on a later visit for the delivery this browser subscribed to, not for another', async () => {
    const token = await tokenOf('later-visit')
    const first = await notifying(token)
    button(first).click()
    await settledOn(first, 'Notifications on')
    first.remove()

    const again = await notifying(token)
    await settledOn(again, 'Notifications on')
    expect(readable(button(again))).to.equal('Turn off')
    // The subscription is the site's, and exists; this other delivery was never given it.
    const other = await notifying(await tokenOf('other-delivery'))
    await waitUntil(() => part(other, 'notify-button'), 'no button', { timeout: 3000 })
    expect(readable(button(other))).to.equal('Notify me')
    expect(stubs.asked).to.equal(1)
  })

  it('turning off one of two deliveries that share the subscription leaves the other’s', async () => {
    const [one, two] = [await tokenOf('shared-1'), await tokenOf('shared-2')]
    for (const token of [one, two]) {
      const tracker = await notifying(token)
      await waitUntil(() => part(tracker, 'notify-button'), 'no button', { timeout: 3000 })
      button(tracker).click()
      await settledOn(tracker, 'Notifications on')
      tracker.remove()
    }
    const tracker = await notifying(one)
    await settledOn(tracker, 'Notifications on')
    button(tracker).click()
    await waitUntil(() => readable(button(tracker)) === 'Notify me', 'never turned off')
    expect(stubs.unsubscribed).to.deep.equal([])
    expect((await pushCalls(two)).map(({ method }) => method)).to.deep.equal(['POST'])
    await settledOn(await notifying(two), 'Notifications on')
  })

  it('a refused prompt says notifications are blocked, and focus goes to that; a dismissed one leaves the button', async () => {
    stubs.answer = 'default'
    const token = await tokenOf('dismissed')
    const tracker = await notifying(token)
    button(tracker).click()
    await waitUntil(() => stubs.asked === 1 && readable(button(tracker)) === 'Notify me')
    expect(part(tracker, 'notify-error')).to.equal(null)

    stubs.answer = 'denied'
    button(tracker).click()
    await settledOn(tracker, 'Notifications are blocked for this site in your browser settings.')
    expect(part(tracker, 'notify-button')).to.equal(null)
    expect(tracker.shadowRoot!.activeElement?.getAttribute('role')).to.equal('status')
    expect(await pushCalls(token)).to.deep.equal([])
    expect(stubs.registered).to.deep.equal([])
  })

  it('says why when the server refuses, and offers no button where the shop sends none', async () => {
    const token = await tokenOf('refused')
    await scriptPush(token, [{ status: 0 }, { status: 403, code: 'option_disabled' }])
    const tracker = await notifying(token)
    button(tracker).click()
    await waitUntil(() => part(tracker, 'notify-error'), 'no alert', { timeout: 3000 })
    expect(part(tracker, 'notify-error')?.getAttribute('role')).to.equal('alert')
    expect(readable(part(tracker, 'notify-error'))).to.equal(
      'We couldn’t turn on notifications. Check your connection and try again.',
    )
    expect(readable(button(tracker))).to.equal('Notify me')

    button(tracker).click()
    await waitUntil(
      () => readable(part(tracker, 'notify-error')) === 'This shop doesn’t send notifications.',
      'not told the shop sends none',
    )
    expect(part(tracker, 'notify-button')).to.equal(null)
  })

  it('for a delivery found with the lookup form, a notification opens its tracking page', async () => {
    const token = await tokenOf('looked-up')
    const trackingUrl = `${location.origin}/t/${token}`
    const found = JSON.stringify({ trackingToken: token, trackingUrl })
    sessionStorage.setItem('porchlight-lookup:pk_notify', found)
    const tracker = await settled(
      fixtureSync<PorchlightTracker>(
        html`<porchlight-tracker publishable-key="pk_notify"></porchlight-tracker>`,
      ),
    )
    await waitUntil(() => part(tracker, 'notify-button'), 'no button', { timeout: 3000 })
    button(tracker).click()
    await settledOn(tracker, 'Notifications on')
    const [call] = await pushCalls(token)
    expect((call?.body as { openUrl: string }).openUrl).to.equal(trackingUrl)
  })
})
