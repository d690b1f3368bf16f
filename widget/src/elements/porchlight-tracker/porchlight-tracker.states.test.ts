import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing'
import type { TrackingView } from '@porchlight/shared'
import '../../index.ts'
import { inTransitNewYork, problem } from '../../../test/fixtures/tracking-views.js'
import { freshToken, scriptTrack } from '../../../test/mock-api.ts'
import { part, parts, readable, settled, shown } from '../../../test/tracker.ts'
import type { PorchlightTracker } from './porchlight-tracker.ts'

const tracker = (token: string, api?: string) =>
  fixtureSync<PorchlightTracker>(
    html`<porchlight-tracker token=${token} api=${api ?? ''} locale="en-GB"></porchlight-tracker>`,
  )

const withStatus = (view: TrackingView, status: TrackingView['shipment']['status']) => ({
  ...view,
  shipment: { ...view.shipment, status },
})

describe('<porchlight-tracker> states', () => {
  it('reserves its space with a skeleton while loading', async () => {
    const token = freshToken('slow')
    await scriptTrack(token, [{ status: 200, body: inTransitNewYork, delayMs: 500 }])
    const element = tracker(token)
    await element.updateComplete
    expect(part(element, 'root')?.getAttribute('aria-busy')).to.equal('true')
    expect(shown(element)).to.equal('Loading your delivery…')
    expect(element.getBoundingClientRect().height).to.be.at.least(250)
    await settled(element)
    expect(readable(part(element, 'status'))).to.equal('On its way')
  })

  it('says there is no tracking code when it has no token', async () => {
    const element = await settled(
      fixtureSync<PorchlightTracker>(
        html`<porchlight-tracker locale="en-GB"></porchlight-tracker>`,
      ),
    )
    expect(shown(element)).to.contain('No tracking code was given')
  })

  it('says the delivery cannot be found, and reports not_found', async () => {
    const element = tracker(freshToken('unknown'))
    const { detail } = await oneEvent(element, 'porchlight-error')
    expect(detail).to.deep.equal({ code: 'not_found' })
    await settled(element)
    expect(shown(element)).to.contain('We couldn’t find this delivery. Check the link')
    expect(part(element, 'button')).to.equal(null)
  })

  it('offers Try again after a server error, and recovers when the server does', async () => {
    const token = freshToken('flaky')
    await scriptTrack(token, [
      { status: 503, body: problem(503, 'service_unavailable') },
      { status: 200, body: inTransitNewYork },
    ])
    const element = tracker(token)
    const { detail } = await oneEvent(element, 'porchlight-error')
    expect(detail).to.deep.equal({ code: 'service_unavailable' })
    await settled(element)
    expect(shown(element)).to.contain('We couldn’t load your delivery just now.')

    const ready = oneEvent(element, 'porchlight-ready')
    part(element, 'button')!.click()
    await ready
    expect(readable(part(element, 'status'))).to.equal('On its way')
  })

  it('keeps offering Try again while the server keeps failing', async () => {
    const element = await settled(tracker('server-error'))
    const again = oneEvent(element, 'porchlight-error')
    part(element, 'button')!.click()
    expect((await again).detail).to.deep.equal({ code: 'internal_error' })
    await settled(element)
    expect(readable(part(element, 'button'))).to.equal('Try again')
  })

  it('reports network_error when the API cannot be reached', async () => {
    // Nothing listens on the discard port, and Chromium refuses it outright.
    const element = tracker('in-transit-new-york', 'http://127.0.0.1:9')
    const { detail } = await oneEvent(element, 'porchlight-error')
    expect(detail).to.deep.equal({ code: 'network_error' })
    await settled(element)
    expect(part(element, 'button')).to.not.equal(null)
  })
})

describe('<porchlight-tracker> events', () => {
  it('fires porchlight-ready with the status once loaded, out to the page', async () => {
    const element = tracker('in-transit-new-york')
    const event = await oneEvent(element, 'porchlight-ready')
    expect(event.detail).to.deep.equal({ status: 'in_transit' })
    expect(event.bubbles && event.composed).to.equal(true)
  })

  it('fires porchlight-status-change only when a refresh shows another status', async () => {
    const token = freshToken('moving')
    const extra = { id: 'ev_3', type: 'in_transit', at: '2026-11-21T12:00:00Z' } as const
    const later = { ...inTransitNewYork, timeline: [...inTransitNewYork.timeline, extra] }
    await scriptTrack(token, [
      { status: 200, body: inTransitNewYork },
      { status: 200, body: later },
      { status: 200, body: withStatus(later, 'out_for_delivery') },
    ])
    const element = tracker(token)
    await oneEvent(element, 'porchlight-ready')
    const changes: string[] = []
    element.addEventListener('porchlight-status-change', (e) => changes.push(e.detail.status))

    element.refresh()
    await waitUntil(() => parts(element, 'timeline-item').length === 3, 'no refresh')
    expect(changes).to.deep.equal([])

    const change = oneEvent(element, 'porchlight-status-change')
    element.refresh()
    await change
    expect(changes).to.deep.equal(['out_for_delivery'])
    expect(readable(part(element, 'status'))).to.equal('Out for delivery')
  })
})
