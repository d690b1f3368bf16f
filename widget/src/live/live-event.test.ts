import { expect } from '@open-wc/testing'
import type { TrackingView } from '@porchlight/shared'
import { inTransitNewYork, liveEta } from '../../test/fixtures/tracking-views.js'
import { applyLiveEvent, isBehind, isLive, isLiveEventData, isNewTo } from './live-event.ts'

const view: TrackingView = { ...inTransitNewYork, lastEventId: '7' }
const entry = { id: 'ev_3', type: 'out_for_delivery', at: '2026-11-21T08:00:00Z' } as const

describe('applyLiveEvent', () => {
  it('sets the status and adds its timeline entry', () => {
    const next = applyLiveEvent(view, {
      name: 'status',
      id: '8',
      data: { status: 'out_for_delivery', entry },
    })
    expect(next.shipment.status).to.equal('out_for_delivery')
    expect(next.timeline.map(({ id }) => id)).to.deep.equal(['ev_1', 'ev_2', 'ev_3'])
    expect(next.lastEventId).to.equal('8')
    expect(view.shipment.status, 'the view it was given').to.equal('in_transit')
  })

  it('does not add an entry the timeline already has', () => {
    const again = applyLiveEvent(view, {
      name: 'status',
      id: '8',
      data: { status: 'in_transit', entry: view.timeline[1]! },
    })
    expect(again.timeline).to.have.length(2)
  })

  it('sets the estimate, and adds a delay entry when there is one', () => {
    const eta = liveEta()
    const delay = { id: 'd_1', type: 'delay', at: '2026-11-21T08:00:00Z' } as const
    expect(applyLiveEvent(view, { name: 'eta', id: '8', data: { eta } }).eta).to.equal(eta)
    const late = applyLiveEvent(view, { name: 'eta', id: '8', data: { eta, delay } })
    expect(late.timeline.at(-1)).to.equal(delay)
    expect(late.shipment.status, 'a delay never sets a status').to.equal('in_transit')
    expect(applyLiveEvent(view, { name: 'eta', id: '9', data: { eta: null } }).eta).to.equal(null)
  })

  it('sets the driver, position and all', () => {
    const driver = { name: 'Sam', position: { lat: 51.5, lng: -0.1, at: '2026-11-21T08:00:00Z' } }
    expect(applyLiveEvent(view, { name: 'position', id: '8', data: { driver } }).driver).to.equal(
      driver,
    )
  })

  it('replaces the preferences with the ones sent, leaving the rest alone', () => {
    const preferences = { ...view.preferences, safePlace: { place: 'porch' as const } }
    const next = applyLiveEvent(view, {
      name: 'preferences',
      id: '8',
      data: { kind: 'safePlace', preferences },
    })
    expect(next.preferences).to.equal(preferences)
    expect(next.lastEventId).to.equal('8')
    expect(next.timeline).to.equal(view.timeline)
  })

  it('moves past a chat message without changing what the view shows', () => {
    const message = { id: 'msg_1', author: 'driver', body: 'Outside', createdAt: '', readAt: null } as const
    const next = applyLiveEvent(view, { name: 'message', id: '8', data: { message } })
    expect(next).to.deep.equal({ ...view, lastEventId: '8' })
  })
})

describe('isLive', () => {
  const delivered = { ...view, shipment: { ...view.shipment, status: 'delivered' as const } }
  it('holds while the delivery is under way, and after it only while its chat is open', () => {
    expect(isLive(view)).to.equal(true)
    expect(isLive(delivered)).to.equal(false)
    expect(isLive({ ...delivered, capabilities: { ...delivered.capabilities, chat: true } })).to.equal(
      true,
    )
  })
})

describe('live event ids', () => {
  it('count as news only after the view’s last event, compared as numbers', () => {
    expect(isNewTo(view, '8')).to.equal(true)
    expect(isNewTo(view, '10')).to.equal(true)
    expect(isNewTo(view, '7')).to.equal(false)
    expect(isNewTo(view, '3')).to.equal(false)
  })

  it('count as news when either id is not a number, rather than drop an event', () => {
    expect(isNewTo(view, '')).to.equal(true)
    expect(isNewTo({ ...view, lastEventId: '' }, '1')).to.equal(true)
  })

  it('tell a fetched view that is behind what the stream brought', () => {
    expect(isBehind({ ...view, lastEventId: '6' }, view)).to.equal(true)
    expect(isBehind({ ...view, lastEventId: '7' }, view)).to.equal(false)
    expect(isBehind({ ...view, lastEventId: '' }, view)).to.equal(false)
  })
})

describe('isLiveEventData', () => {
  it('turns away data that could not be applied', () => {
    expect(isLiveEventData('status', { status: 'delivered', entry })).to.equal(true)
    expect(isLiveEventData('status', { status: 'delivered' })).to.equal(false)
    expect(isLiveEventData('eta', { eta: null })).to.equal(true)
    expect(isLiveEventData('eta', { eta: null, delay: 'late' })).to.equal(false)
    expect(isLiveEventData('position', { driver: null })).to.equal(false)
    expect(isLiveEventData('position', null)).to.equal(false)
    expect(isLiveEventData('preferences', { kind: 'window', preferences: view.preferences })).to.equal(
      true,
    )
    expect(isLiveEventData('preferences', { kind: 'window' })).to.equal(false)
    const message = { id: 'msg_1', author: 'driver', body: 'Outside', createdAt: '', readAt: null }
    expect(isLiveEventData('message', { message })).to.equal(true)
    expect(isLiveEventData('message', { message: { ...message, body: null } })).to.equal(false)
  })
})
