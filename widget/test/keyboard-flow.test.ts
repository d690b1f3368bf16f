import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import { nothing } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import '../src/index.ts'
import type { PorchlightTracker } from '../src/elements/porchlight-tracker/porchlight-tracker.ts'
import { chatShown, messagesShown } from './chat-panel.ts'
import { deliveredNewYork, earlierMessages } from './fixtures/conversation.js'
import { changeable, everyChange, newYorkWindows } from './fixtures/manage.js'
import { tabTo, visiblyFocused } from './focus.ts'
import { press, typeText } from './keyboard.ts'
import { panelShown } from './manage-panel.ts'
import { callsTo, conversing } from './mock-conversation.ts'
import { shopWith } from './mock-lookup.ts'
import { manageable, writesTo } from './mock-manage.ts'
import { stubPush, type PushStubs } from './push-stubs.ts'
import { part, parts, readable } from './tracker.ts'

/** On its way: a new window and a safe place may be chosen, and the shop sends notifications. */
const reschedulable: TrackingView = {
  ...changeable,
  capabilities: {
    ...everyChange,
    pickupPoint: false,
    accessNeeds: false,
    instructions: false,
    push: true,
  },
}

/**
 * A shop's page with a link before the tracker, which has focus: where a keyboard user comes
 * from. The tracker is in British English.
 */
async function pageWith(attributes: { token?: string; publishableKey?: string }) {
  const page = await fixture<HTMLElement>(html`<main>
    <a href="#orders">Your orders</a>
    <porchlight-tracker
      token=${attributes.token ?? nothing}
      publishable-key=${attributes.publishableKey ?? nothing}
      locale="en-GB"
    ></porchlight-tracker>
  </main>`)
  page.querySelector('a')!.focus()
  return page.querySelector('porchlight-tracker') as PorchlightTracker
}

/** Presses `key` and expects focus, still visible, on `target`. */
async function pressTo(tracker: PorchlightTracker, key: string, target: Element | null) {
  await press(key)
  expect(visiblyFocused(tracker), `after ${key}`).to.equal(target)
}

describe('<porchlight-tracker> with the keyboard alone, focus always shown', () => {
  let stubs: PushStubs
  beforeEach(() => {
    stubs = stubPush()
  })
  afterEach(() => stubs.restore())

  it('finds a delivery, turns notifications on, chooses a window and saves a safe place', async () => {
    const token = await manageable('keys-manage', { view: reschedulable, windows: newYorkWindows })
    const publishableKey = await shopWith([
      { orderRef: 'HP-1042', postcode: '11249', trackingToken: token },
    ])
    const tracker = await pageWith({ publishableKey })
    await waitUntil(() => part(tracker, 'lookup-input'), 'no lookup form', { timeout: 3000 })

    await pressTo(tracker, 'Tab', parts(tracker, 'lookup-input')[0]!)
    await typeText('HP-1042')
    await pressTo(tracker, 'Tab', parts(tracker, 'lookup-input')[1]!)
    await typeText('11249')
    await pressTo(tracker, 'Tab', part(tracker, 'lookup-submit'))
    await press('Enter')
    // The form is gone: focus goes to the delivery's status rather than to the page.
    const status = () => part(tracker, 'status')
    await waitUntil(() => status() && tracker.shadowRoot!.activeElement === status(), 'lost', {
      timeout: 3000,
    })
    expect(visiblyFocused(tracker)).to.equal(status())

    await waitUntil(() => part(tracker, 'notify-button'), 'no "Notify me"', { timeout: 3000 })
    await pressTo(tracker, 'Tab', part(tracker, 'notify-button'))
    await press('Enter')
    await waitUntil(() => readable(part(tracker, 'notify-button')) === 'Turn off', 'not on')
    expect(visiblyFocused(tracker)).to.equal(part(tracker, 'notify-button'))

    await pressTo(tracker, 'Tab', part(tracker, 'manage-button'))
    await press('Enter')
    await waitUntil(() => panelShown(tracker), 'Enter did not open the panel')
    expect(visiblyFocused(tracker), 'focus moves into the panel').to.equal(
      part(tracker, 'manage-panel'),
    )
    const windows = () => parts(tracker, 'window-option')
    await pressTo(tracker, 'Tab', windows()[0]!)
    await press('Enter')
    await waitUntil(() => windows()[0]!.getAttribute('aria-pressed') === 'true', 'not chosen')
    expect(visiblyFocused(tracker)).to.equal(windows()[0])

    const place = (value: string) =>
      tracker.shadowRoot!.querySelector<HTMLInputElement>(`input[name="place"][value="${value}"]`)!
    await tabTo(tracker, place('front_door'))
    await pressTo(tracker, 'ArrowDown', place('back_door'))
    await pressTo(tracker, 'ArrowDown', place('porch'))
    await pressTo(tracker, 'Tab', tracker.shadowRoot!.querySelector('textarea[name="note"]'))
    await typeText('Behind the bench')
    const save = tracker.shadowRoot!.querySelector('#manage-safe-place button[type="submit"]')!
    await pressTo(tracker, 'Tab', save)
    const saved = oneEvent(tracker, 'porchlight-preferences-change')
    await press('Enter')
    expect((await saved).detail).to.deep.equal({ kind: 'safePlace' })
    expect(visiblyFocused(tracker)).to.equal(save)

    await press('Escape')
    await waitUntil(() => part(tracker, 'manage-panel')!.hidden, 'Escape did not close the panel')
    expect(visiblyFocused(tracker), 'focus goes back to its button').to.equal(
      part(tracker, 'manage-button'),
    )
    await pressTo(tracker, 'Shift+Tab', part(tracker, 'notify-button'))

    expect(stubs.asked).to.equal(1)
    expect((await writesTo(token)).map(({ action, body }) => [action, body])).to.deep.equal([
      ['reschedule', { windowId: 'win_mon_am' }],
      ['safe-place', { place: 'porch', note: 'Behind the bench' }],
    ])
  })

  it('sends a quick reply in the chat, closes it, and rates the delivery with the arrow keys', async () => {
    const token = await conversing('keys-chat', {
      view: deliveredNewYork,
      messages: earlierMessages,
    })
    const tracker = await pageWith({ token })
    await waitUntil(() => part(tracker, 'feedback-star'), 'no feedback form', { timeout: 3000 })

    await pressTo(tracker, 'Tab', part(tracker, 'chat-button'))
    await press('Enter')
    await waitUntil(() => chatShown(tracker), 'Enter did not open the chat')
    expect(visiblyFocused(tracker), 'focus moves into the chat').to.equal(
      part(tracker, 'chat-panel'),
    )
    // The list of messages is in the tab order, to scroll it from the keyboard.
    await pressTo(tracker, 'Tab', part(tracker, 'chat-messages'))
    const home = parts(tracker, 'quick-reply')[0]!
    await tabTo(tracker, home)
    await press('Enter')
    const sent = () => /^You \d\d:\d\d I’m home$/.test(messagesShown(tracker)[2] ?? '')
    await waitUntil(sent, 'not sent')
    expect(visiblyFocused(tracker)).to.equal(home)
    await press('Escape')
    await waitUntil(() => part(tracker, 'chat-panel')!.hidden, 'Escape did not close the chat')
    expect(visiblyFocused(tracker), 'focus goes back to its button').to.equal(
      part(tracker, 'chat-button'),
    )

    const star = (rating: number) =>
      tracker.shadowRoot!.querySelector<HTMLInputElement>(
        `input[name="rating"][value="${rating}"]`,
      )!
    await pressTo(tracker, 'Tab', star(1))
    await press('Space')
    for (const rating of [2, 3, 4]) await pressTo(tracker, 'ArrowRight', star(rating))
    expect(star(4).checked).to.equal(true)
    const onTime = tracker.shadowRoot!.querySelector('input[name="tags"][value="on_time"]')!
    await pressTo(tracker, 'Tab', onTime)
    await press('Space')
    // Back into the rating: on the stars given, as in any radio group.
    await pressTo(tracker, 'Shift+Tab', star(4))
    await tabTo(tracker, part(tracker, 'feedback-submit')!)
    const rated = oneEvent(tracker, 'porchlight-feedback')
    await press('Enter')
    expect((await rated).detail).to.deep.equal({ rating: 4 })
    await waitUntil(() => part(tracker, 'feedback-edit'), 'no thanks')
    expect(visiblyFocused(tracker), 'the form has gone: focus is on its heading').to.equal(
      tracker.shadowRoot!.getElementById('feedback-heading'),
    )

    expect((await callsTo(token, 'POST')).map(({ action, body }) => [action, body])).to.deep.equal([
      ['messages', { body: 'I’m home' }],
      ['feedback', { rating: 4, tags: ['on_time'] }],
    ])
  })
})
