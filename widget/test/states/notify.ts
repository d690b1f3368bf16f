import { waitUntil } from '@open-wc/testing'
import type { PorchlightTracker } from '../../src/elements/porchlight-tracker/porchlight-tracker.ts'
import { outForDeliveryLondon } from '../fixtures/tracking-views.js'
import { freshToken, scriptTrack } from '../mock-api.ts'
import { scriptPush } from '../mock-push.ts'
import { asIphoneSafari, stubPush, type PushStubs } from '../push-stubs.ts'
import { part, readable, settled } from '../tracker.ts'
import { mount, type Scheme, type TrackerState } from './mount.ts'

// The browser's push machinery is stubbed for a state and put back after its test.
const restore: Array<() => void> = []
afterEach(() => {
  for (const undo of restore.splice(0)) undo()
})

function stubbed(configure: (stubs: PushStubs) => void = () => undefined): PushStubs {
  const stubs = stubPush()
  restore.push(stubs.restore)
  configure(stubs)
  return stubs
}

async function notifying(scheme: Scheme, name: string): Promise<[PorchlightTracker, string]> {
  const token = freshToken(name)
  const capabilities = { ...outForDeliveryLondon.capabilities, push: true }
  await scriptTrack(token, [{ status: 200, body: { ...outForDeliveryLondon, capabilities } }])
  const tracker = await settled(mount(scheme, { token }))
  await waitUntil(() => part(tracker, 'notify'), '"Notify me" never showed', { timeout: 3000 })
  return [tracker, token]
}

const saying = (tracker: PorchlightTracker, text: RegExp) =>
  waitUntil(
    () => text.test(readable(part(tracker, 'notify'))),
    `"Notify me" never said ${String(text)}`,
    { timeout: 3000 },
  )

/** "Notify me" in each of its states. */
export const notifyStates: readonly TrackerState[] = [
  {
    name: 'Notify me: off',
    async show(scheme) {
      stubbed()
      const [tracker] = await notifying(scheme, 'a11y-notify-off')
      await saying(tracker, /Notify me$/)
      return tracker
    },
  },
  {
    name: 'Notify me: waiting for the browser’s permission',
    async show(scheme) {
      // A prompt the shopper has not answered yet.
      stubbed(() => (Notification.requestPermission = () => new Promise(() => undefined)))
      const [tracker] = await notifying(scheme, 'a11y-notify-asking')
      await saying(tracker, /Notify me$/)
      part(tracker, 'notify-button')!.click()
      const working = () => part(tracker, 'notify-button')?.getAttribute('aria-disabled') === 'true'
      await waitUntil(working, 'never waiting')
      return tracker
    },
  },
  {
    name: 'Notify me: on, with Turn off',
    async show(scheme) {
      stubbed()
      const [tracker] = await notifying(scheme, 'a11y-notify-on')
      await saying(tracker, /Notify me$/)
      part(tracker, 'notify-button')!.click()
      await saying(tracker, /Turn off$/)
      return tracker
    },
  },
  {
    name: 'Notify me: not turned on, with why',
    async show(scheme) {
      stubbed()
      const [tracker, token] = await notifying(scheme, 'a11y-notify-failed')
      await scriptPush(token, [{ status: 0 }])
      await saying(tracker, /Notify me$/)
      part(tracker, 'notify-button')!.click()
      await waitUntil(() => part(tracker, 'notify-error'), 'no alert', { timeout: 3000 })
      return tracker
    },
  },
  {
    name: 'Notify me: blocked in the browser’s settings',
    nothingToPress: true,
    async show(scheme) {
      stubbed((stubs) => (stubs.permission = 'denied'))
      const [tracker] = await notifying(scheme, 'a11y-notify-blocked')
      await saying(tracker, /blocked/)
      return tracker
    },
  },
  {
    name: 'Notify me: add to the Home Screen, on an iPhone',
    nothingToPress: true,
    async show(scheme) {
      stubbed()
      let tracker: PorchlightTracker | undefined
      // What it says stays once the iPhone's navigator is put back; the check runs after.
      await asIphoneSafari(async () => {
        ;[tracker] = await notifying(scheme, 'a11y-notify-iphone')
        await saying(tracker, /Home Screen/)
      })
      return tracker!
    },
  },
]
