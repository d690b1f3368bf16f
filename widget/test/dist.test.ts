import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing'
import type { PorchlightTracker } from '../src/elements/porchlight-tracker/porchlight-tracker.ts'
import { openChat } from './chat-panel.ts'
import { outForDeliveryLondon } from './fixtures/tracking-views.js'
import { chatting, deliveredNewYork } from './fixtures/conversation.js'
import { brooklynPickupPoints, changeable, newYorkWindows } from './fixtures/manage.js'
import { openPanel, section, trackerOf } from './manage-panel.ts'
import { conversing } from './mock-conversation.ts'
import { freshToken, scriptTrack } from './mock-api.ts'
import { shopWith } from './mock-lookup.ts'
import { manageable } from './mock-manage.ts'
import { part, readable, settled } from './tracker.ts'

// The sources run through esbuild in the other tests; this runs what `GET /widget.js` serves.
// Variables keep TypeScript from resolving the paths: dist/ exists only after a build.
const WIDGET = '/dist/widget.js'

/** The chunks named `widget-<name>-<hash>.js` fetched so far, next to widget.js. */
const chunks = (name: string) =>
  performance
    .getEntriesByType('resource')
    .map(({ name: url }) => new URL(url).pathname)
    .filter((path) => new RegExp(`^/dist/widget-${name}-[\\w-]+\\.js$`).test(path))

describe('the built dist/widget.js', () => {
  it('defines the element, which loads a delivery from the origin it was served from', async () => {
    await import(WIDGET)
    const tracker = await settled(
      fixtureSync<PorchlightTracker>(
        html`<porchlight-tracker token="in-transit-new-york" locale="en-GB"></porchlight-tracker>`,
      ),
    )
    expect(readable(part(tracker, 'status'))).to.equal('On its way')
    expect(readable(part(tracker, 'window'))).to.match(/Saturday 21 November, 14:00/)
  })

  it('fetches the Manage delivery panel’s chunk, next to it, only when the panel first opens', async () => {
    await import(WIDGET)
    const panelChunks = () => chunks('manage-panel')
    const token = await manageable('lazy', {
      view: changeable,
      windows: newYorkWindows,
      pickupPoints: brooklynPickupPoints,
    })
    const tracker = await trackerOf(token)
    expect(part(tracker, 'manage-button')).to.not.equal(null)
    expect(panelChunks()).to.deep.equal([])

    await openPanel(tracker)
    expect(panelChunks()).to.have.length(1)
    expect(section(tracker, 'window')).to.not.equal(null)
    // The panel's styles came with it: its options are laid out as blocks, not inline.
    expect(getComputedStyle(part(tracker, 'window-option')!).display).to.equal('flex')
  })

  it('fetches the chat’s chunk only when the chat first opens', async () => {
    await import(WIDGET)
    const tracker = await trackerOf(await conversing('lazy-chat', { view: chatting }))
    expect(part(tracker, 'chat-button')).to.not.equal(null)
    expect(chunks('chat-panel')).to.deep.equal([])

    await openChat(tracker)
    expect(chunks('chat-panel')).to.have.length(1)
    // Its styles came with it, next to the tracker's own.
    expect(getComputedStyle(part(tracker, 'chat-send')!).minHeight).to.equal('44px')
    expect(getComputedStyle(part(tracker, 'root')!).borderStyle).to.equal('solid')
  })

  it('fetches the feedback form’s chunk only for a delivery that asks for feedback', async () => {
    await import(WIDGET)
    await trackerOf(await conversing('lazy-no-feedback', { view: chatting }))
    expect(chunks('feedback-section')).to.deep.equal([])

    const tracker = await trackerOf(await conversing('lazy-feedback', { view: deliveredNewYork }))
    await waitUntil(() => part(tracker, 'feedback-star'), 'the feedback form never showed')
    expect(chunks('feedback-section')).to.have.length(1)
    expect(getComputedStyle(part(tracker, 'feedback-star')!).height).to.equal('44px')
  })

  it('fetches the "Notify me" chunk only for a delivery whose shop sends notifications', async () => {
    await import(WIDGET)
    await trackerOf('out-for-delivery-london')
    expect(chunks('push-control')).to.deep.equal([])

    const token = freshToken('lazy-notify')
    const capabilities = { ...outForDeliveryLondon.capabilities, push: true }
    await scriptTrack(token, [{ status: 200, body: { ...outForDeliveryLondon, capabilities } }])
    const tracker = await trackerOf(token)
    await waitUntil(() => part(tracker, 'notify'), '"Notify me" never showed')
    expect(chunks('push-control')).to.have.length(1)
    expect(getComputedStyle(part(tracker, 'notify')!).display).to.equal('flex')
  })

  it('fetches the lookup form’s chunk only where there is a publishable key and no token', async () => {
    await import(WIDGET)
    await trackerOf('in-transit-new-york')
    expect(chunks('lookup-form')).to.deep.equal([])

    const key = await shopWith([])
    const tracker = await settled(
      fixtureSync<PorchlightTracker>(
        html`<porchlight-tracker publishable-key=${key}></porchlight-tracker>`,
      ),
    )
    expect(part(tracker, 'lookup')).to.not.equal(null)
    expect(chunks('lookup-form')).to.have.length(1)
    expect(getComputedStyle(part(tracker, 'lookup-input')!).minHeight).to.equal('44px')
  })

  it("fetches a language's strings, and only its, for a page in that language", async () => {
    await import(WIDGET)
    await trackerOf('in-transit-new-york')
    expect(chunks('[a-z]{2}')).to.deep.equal([])

    const tracker = await settled(
      fixtureSync<PorchlightTracker>(
        html`<porchlight-tracker token="in-transit-new-york" locale="pl-PL"></porchlight-tracker>`,
      ),
    )
    expect(readable(part(tracker, 'status'))).to.equal('W drodze')
    expect(chunks('[a-z]{2}')).to.deep.equal(chunks('pl'))
    expect(chunks('pl')).to.have.length(1)
  })

  it('can be loaded again from another URL without throwing', async () => {
    const first = customElements.get('porchlight-tracker')
    const secondCopy = `${WIDGET}?v=2`
    await import(secondCopy)
    expect(customElements.get('porchlight-tracker')).to.equal(first)
  })
})
