import { aTimeout, defineCE, expect, waitUntil } from '@open-wc/testing'
import { LitElement } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import { inTransitNewYork, problem } from '../../test/fixtures/tracking-views.js'
import {
  dropStreams,
  freshToken,
  hitsFor,
  scriptStream,
  scriptTrack,
  sendEvent,
  streamLog,
  type MockAnswer,
} from '../../test/mock-api.ts'
import { TrackingController } from './tracking-controller.ts'

const REFRESH_MS = 100
// Everything a hundred times faster than in a shopper's browser.
const LIVE = {
  retryBaseMs: 20,
  retryMaxMs: 200,
  blockedAfter: 2,
  reconnectingAfterMs: 100,
  hiddenGraceMs: 150,
}

class TrackingHost extends LitElement {
  readonly errors: string[] = []
  readonly statuses: string[] = []
  readonly messages: string[] = []
  readonly tracking = new TrackingController(this, {
    refreshMs: REFRESH_MS,
    live: LIVE,
    onView: (view) => this.statuses.push(view.shipment.status),
    onError: (code) => this.errors.push(code),
    onMessage: (message) => this.messages.push(message.body),
  })
}
const tag = defineCE(TrackingHost)

async function tracking(
  token: string,
  answers: readonly MockAnswer[] = [{ status: 200, body: inTransitNewYork }],
): Promise<TrackingHost> {
  await scriptTrack(token, answers)
  const host = document.createElement(tag) as TrackingHost
  document.body.append(host)
  host.tracking.track(location.origin, token)
  await waitUntil(() => host.tracking.state.kind === 'ready', 'never loaded')
  return host
}

/** A host made in a browser without EventSource, as some embedded web views are. */
function trackingWithoutStreams(): TrackingHost {
  const { EventSource } = window
  delete (window as { EventSource?: unknown }).EventSource
  try {
    return document.createElement(tag) as TrackingHost
  } finally {
    window.EventSource = EventSource
  }
}

const live = async (token: string) => {
  const host = await tracking(token)
  await waitUntil(() => host.tracking.linkState === 'open', 'the stream never opened')
  return host
}

const fetchesDuring = async (token: string, ms: number) => {
  const before = await hitsFor(token)
  await aTimeout(ms)
  return (await hitsFor(token)) - before
}

const connectionsDuring = async (token: string, ms: number) => {
  const before = (await streamLog(token)).connections.length
  await aTimeout(ms)
  return (await streamLog(token)).connections.length - before
}

const withStatus = (view: TrackingView, status: TrackingView['shipment']['status']) => ({
  ...view,
  shipment: { ...view.shipment, status },
})

const entry = (id: string, type: 'out_for_delivery' | 'delivered') => ({
  id,
  type,
  at: new Date().toISOString(),
})

const setVisibility = (state: 'hidden' | 'visible') => {
  if (state === 'hidden') {
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' })
  } else {
    delete (document as { visibilityState?: unknown }).visibilityState
  }
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('TrackingController, live', () => {
  afterEach(() => {
    document.querySelectorAll(tag).forEach((host) => host.remove())
    // Drops the `hidden` override below, back to the real document state.
    delete (document as { visibilityState?: unknown }).visibilityState
  })

  it('opens the stream after the view’s last event once loaded, and does not poll meanwhile', async () => {
    const token = freshToken('live')
    await live(token)
    expect((await streamLog(token)).connections).to.deep.equal([{ after: '2', lastEventId: null }])
    expect(await fetchesDuring(token, REFRESH_MS * 4)).to.equal(0)
  })

  it('resumes a dropped stream with Last-Event-ID, saying so only if it takes a while', async () => {
    const token = freshToken('dropped')
    await scriptStream(token, [{ status: 200 }, { status: 200, delayMs: 400 }])
    const host = await live(token)
    await sendEvent(token, '3', 'status', {
      status: 'out_for_delivery',
      entry: entry('ev_3', 'out_for_delivery'),
    })
    await waitUntil(() => host.statuses.includes('out_for_delivery'), 'no status event')
    expect(host.tracking.reconnecting).to.equal(false)

    await dropStreams(token)
    await waitUntil(() => host.tracking.reconnecting, 'never said it was reconnecting')
    await waitUntil(() => host.tracking.linkState === 'open', 'never reconnected')
    expect(host.tracking.reconnecting).to.equal(false)
    expect((await streamLog(token)).connections.at(-1)).to.deep.equal({
      after: '2',
      lastEventId: '3',
    })
    expect(await fetchesDuring(token, REFRESH_MS * 2), 'no re-fetch needed').to.equal(0)
  })

  it('falls back to polling when streams are refused, quietly, and still picks up a new status', async () => {
    const token = freshToken('blocked')
    await scriptStream(token, [{ status: 500 }])
    const host = await tracking(token)
    await waitUntil(() => host.tracking.linkState === 'blocked', 'never fell back')
    expect(host.tracking.reconnecting, 'streams never got through: nothing to announce').to.equal(
      false,
    )
    await scriptTrack(token, [
      { status: 200, body: withStatus(inTransitNewYork, 'out_for_delivery') },
    ])
    await waitUntil(() => host.statuses.includes('out_for_delivery'), 'the new status never came')
    const before = { fetches: await hitsFor(token), connections: (await streamLog(token)).connections.length }
    await aTimeout(REFRESH_MS * 5)
    const fetches = (await hitsFor(token)) - before.fetches
    const connections = (await streamLog(token)).connections.length - before.connections
    // Still trying the stream, but spaced out: from the third attempt on, 40 ms and up, doubling.
    expect(connections, 'gave up on the stream, or hammers it').to.be.within(1, 6)
    // At most a poll every REFRESH_MS (five, and one at the edge), plus one fetch before each
    // stream attempt to resume after the freshest event (which also resets the poll's timer).
    expect(fetches).to.be.within(2, 6 + connections)
  })

  it('goes back to the stream, and stops polling, once it gets through again', async () => {
    const token = freshToken('unblocked')
    await scriptStream(token, [{ status: 500 }])
    const host = await tracking(token)
    await waitUntil(() => host.tracking.linkState === 'blocked', 'never fell back')
    await scriptStream(token, [{ status: 200 }])
    await waitUntil(() => host.tracking.linkState === 'open', 'never came back', { timeout: 2000 })
    expect(await fetchesDuring(token, REFRESH_MS * 4)).to.equal(0)
  })

  it('polls on its interval in a browser without EventSource', async () => {
    const token = freshToken('no-event-source')
    await scriptTrack(token, [{ status: 200, body: inTransitNewYork }])
    const host = trackingWithoutStreams()
    document.body.append(host)
    host.tracking.track(location.origin, token)
    await waitUntil(() => host.tracking.state.kind === 'ready', 'never loaded')
    expect(await fetchesDuring(token, REFRESH_MS * 4)).to.be.within(2, 5)
    expect((await streamLog(token)).connections).to.deep.equal([])
  })

  it('stops, stream included, when the token turns out to be gone', async () => {
    const token = freshToken('gone')
    await scriptStream(token, [{ status: 200 }, { status: 404 }])
    const host = await live(token)
    await scriptTrack(token, [{ status: 404, body: problem(404, 'not_found') }])
    await dropStreams(token)
    await waitUntil(() => host.tracking.state.kind === 'not-found', 'still showing the delivery')
    expect(host.errors).to.deep.equal(['not_found'])
    expect(host.tracking.linkState).to.equal('off')
    expect(await connectionsDuring(token, 300)).to.equal(0)
    expect(await fetchesDuring(token, REFRESH_MS * 3)).to.equal(0)
  })

  it('closes the stream and stops once the delivery is over', async () => {
    const token = freshToken('delivered')
    const host = await live(token)
    await sendEvent(token, '3', 'status', { status: 'delivered', entry: entry('ev_3', 'delivered') })
    await waitUntil(() => host.tracking.linkState === 'off', 'the stream stayed open')
    await waitUntil(async () => (await streamLog(token)).open === 0, 'the server still holds it')
    expect(await fetchesDuring(token, REFRESH_MS * 3)).to.equal(0)
    expect((await streamLog(token)).connections).to.have.length(1)
  })

  it('keeps the stream open after delivery while the chat is, and hands on its messages', async () => {
    const token = freshToken('delivered-chat')
    const capabilities = { ...inTransitNewYork.capabilities, chat: true }
    const chatting = { ...inTransitNewYork, capabilities }
    const delivered = { ...withStatus(chatting, 'delivered'), lastEventId: '3' }
    const host = await tracking(token, [
      { status: 200, body: chatting },
      { status: 200, body: delivered },
    ])
    await waitUntil(() => host.tracking.linkState === 'open', 'the stream never opened')
    await sendEvent(token, '3', 'status', { status: 'delivered', entry: entry('ev_3', 'delivered') })
    await waitUntil(async () => (await hitsFor(token)) === 2, 'the view was not fetched again')
    const body = 'Left it in the porch'
    const message = { id: 'msg_1', author: 'driver', body, createdAt: '', readAt: null } as const
    await sendEvent(token, '4', 'message', { message })
    await waitUntil(() => host.messages.length === 1, 'the message was not handed on')
    expect(host.messages).to.deep.equal(['Left it in the porch'])
    expect(host.tracking.linkState).to.equal('open')
    expect(host.statuses.at(-1)).to.equal('delivered')
  })

  it('stops everything once its host leaves the page', async () => {
    const token = freshToken('removed')
    const host = await live(token)
    host.remove()
    await waitUntil(async () => (await streamLog(token)).open === 0, 'the stream stayed open')
    expect(await connectionsDuring(token, 300)).to.equal(0)
    expect(await fetchesDuring(token, REFRESH_MS * 3)).to.equal(0)
  })

  it('keeps the stream through a short spell hidden', async () => {
    const token = freshToken('glance')
    const host = await live(token)
    setVisibility('hidden')
    await aTimeout(LIVE.hiddenGraceMs / 2)
    setVisibility('visible')
    await aTimeout(LIVE.hiddenGraceMs)
    expect(host.tracking.linkState).to.equal('open')
    expect((await streamLog(token)).connections).to.have.length(1)
  })

  it('closes the stream when the page stays hidden, and misses nothing once shown', async () => {
    const token = freshToken('hidden')
    const host = await live(token)
    setVisibility('hidden')
    await waitUntil(async () => (await streamLog(token)).open === 0, 'the stream stayed open')
    await sendEvent(token, '3', 'status', {
      status: 'out_for_delivery',
      entry: entry('ev_3', 'out_for_delivery'),
    })
    expect(await fetchesDuring(token, REFRESH_MS * 3), 'polled while hidden').to.equal(0)

    setVisibility('visible')
    await waitUntil(() => host.statuses.includes('out_for_delivery'), 'missed the event')
    const { connections } = await streamLog(token)
    expect(connections.at(-1)).to.deep.equal({ after: '2', lastEventId: null })
  })

  it('pauses polling while the page is hidden and catches up when it is shown', async () => {
    const token = freshToken('poll')
    await scriptStream(token, [{ status: 500 }])
    const host = await tracking(token)
    await waitUntil(() => host.tracking.linkState === 'blocked', 'never fell back')
    setVisibility('hidden')
    await aTimeout(LIVE.hiddenGraceMs)
    expect(await fetchesDuring(token, REFRESH_MS * 4)).to.equal(0)

    const before = await hitsFor(token)
    setVisibility('visible')
    await waitUntil(async () => (await hitsFor(token)) > before, 'did not catch up')
  })

  it('keeps retrying after an error, and recovers without repeating the error', async () => {
    const unavailable = { status: 503, body: problem(503, 'service_unavailable') }
    const host = await tracking(freshToken('recovering'), [
      unavailable,
      unavailable,
      { status: 200, body: inTransitNewYork },
    ])
    expect(host.errors).to.deep.equal(['service_unavailable'])
  })
})
