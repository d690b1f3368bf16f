import { aTimeout, expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing'
import type { Eta, TrackingView } from '@porchlight/shared'
import '../../index.ts'
import {
  inTransitNewYork,
  liveEta,
  outForDeliveryLondon,
} from '../../../test/fixtures/tracking-views.js'
import {
  dropStreams,
  freshToken,
  hitsFor,
  scriptStream,
  scriptTrack,
  sendEvent,
  streamLog,
  type MockStreamAnswer,
} from '../../../test/mock-api.ts'
import { part, parts, readable, settled } from '../../../test/tracker.ts'
import type { PorchlightTracker } from './porchlight-tracker.ts'

/**
 * Out for delivery in Kolkata: UTC+05:30 all year, so the expected clock times can be worked
 * out without Intl, and a time shown in Tokyo's zone (the browser's) is off by 3.5 hours.
 */
const kolkata = (eta: Eta | null, stopsAway = eta?.stopsAway ?? null): TrackingView => ({
  ...outForDeliveryLondon,
  shipment: { ...outForDeliveryLondon.shipment, timeZone: 'Asia/Kolkata' },
  eta,
  stopsAway,
})

/** "HH:MM" in Kolkata. */
const kolkataTime = (at: string) => {
  const shifted = new Date(Date.parse(at) + 330 * 60_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`
}

/** "Arriving 14:10 to 14:40", allowing the date that is added when the window starts tomorrow. */
const arriving = (eta: Eta) =>
  `Arriving (?:\\w{3} \\d{1,2} \\w{3}, )?${kolkataTime(eta.start)} to ${kolkataTime(eta.end)}`

/** A tracker of `view` whose live stream is open. */
async function live(view: TrackingView, streamAnswers?: readonly MockStreamAnswer[]) {
  const token = freshToken('live')
  await scriptTrack(token, [{ status: 200, body: view }])
  if (streamAnswers) await scriptStream(token, streamAnswers)
  const element = fixtureSync<PorchlightTracker>(
    html`<porchlight-tracker token=${token} locale="en-GB"></porchlight-tracker>`,
  )
  await settled(element)
  await waitUntil(async () => (await streamLog(token)).open === 1, 'the stream never opened')
  return { token, element }
}

const shows = (element: PorchlightTracker, name: string, text: string | RegExp) =>
  waitUntil(() => {
    const shown = readable(part(element, name))
    return typeof text === 'string' ? shown === text : text.test(shown)
  }, `${name} never showed ${String(text)}: "${readable(part(element, name))}"`)

const outForDelivery = {
  status: 'out_for_delivery',
  entry: {
    id: 'ev_3',
    type: 'out_for_delivery',
    at: '2026-11-21T13:05:00Z',
    note: 'On the van with Sam',
  },
} as const

describe('<porchlight-tracker> live', () => {
  it('shows a status from the stream and fires porchlight-status-change', async () => {
    const { token, element } = await live(inTransitNewYork)
    const change = oneEvent(element, 'porchlight-status-change')
    await sendEvent(token, '3', 'status', outForDelivery)
    expect((await change).detail).to.deep.equal({ status: 'out_for_delivery' })
    await shows(element, 'status', 'Out for delivery')
    expect(readable(parts(element, 'timeline-item')[0])).to.equal(
      'Out for delivery Sat 21 Nov, 08:05 On the van with Sam',
    )
  })

  it('shows the arrival window from the stream in the address’s zone, and the stops away', async () => {
    const { token, element } = await live(kolkata(null))
    expect(part(element, 'eta')).to.equal(null)
    const eta = liveEta({ inMinutes: 40, stopsAway: 3 })
    await sendEvent(token, '10', 'eta', { eta })
    await shows(element, 'eta', new RegExp(`^${arriving(eta)} · 3 stops away$`))

    const next = liveEta({ inMinutes: 15, lengthMinutes: 20, stopsAway: 1 })
    await sendEvent(token, '11', 'eta', { eta: next })
    await shows(element, 'eta', new RegExp(`^${arriving(next)} · 1 stop away$`))
  })

  it('says how many stops come first before there is a window, and counts down from the stream', async () => {
    const { token, element } = await live(kolkata(null, 4))
    await shows(element, 'eta', 'Driver is 4 stops away')
    await sendEvent(token, '10', 'eta', { eta: null, stopsAway: 1 })
    await shows(element, 'eta', 'Driver is 1 stop away')
    await sendEvent(token, '11', 'eta', { eta: null, stopsAway: 0 })
    await shows(element, 'eta', 'Driver is heading to you next')
    const eta = liveEta({ inMinutes: 12, stopsAway: 0 })
    await sendEvent(token, '12', 'eta', { eta, stopsAway: 0 })
    await shows(element, 'eta', new RegExp(`^${arriving(eta)}$`))
  })

  it('does not announce estimates, only the status', async () => {
    const { element } = await live(kolkata(liveEta()))
    expect(part(element, 'eta')?.closest('[aria-live]')).to.equal(null)
    expect(part(element, 'route-strip')?.closest('[aria-live]')).to.equal(null)
    expect(part(element, 'status')?.getAttribute('aria-live')).to.equal('polite')
  })

  it('lists a delay as “Running late” and announces it, leaving the status alone', async () => {
    const { token, element } = await live(kolkata(liveEta()))
    const delay = {
      id: 'delay_1',
      type: 'delay',
      at: new Date().toISOString(),
      note: 'Now after your delivery window',
    } as const
    await sendEvent(token, '10', 'eta', { eta: liveEta({ inMinutes: 150 }), delay })
    await waitUntil(() =>
      parts(element, 'timeline-item').some((item) => readable(item).startsWith('Running late')),
    )
    expect(readable(part(element, 'status'))).to.equal('Out for delivery')
    const announcer = element.shadowRoot!.querySelector('.visually-hidden[aria-live="polite"]')
    expect(readable(announcer as HTMLElement)).to.equal(
      'Running late: Now after your delivery window',
    )
  })

  it('does not show an estimate last updated over 10 minutes ago as live', async () => {
    const eta = liveEta({ ageMinutes: 11, stopsAway: 3 })
    const { element } = await live(kolkata(eta))
    const shown = readable(part(element, 'eta'))
    expect(shown).to.match(
      new RegExp(`^Updating the arrival time… Last estimate .*${kolkataTime(eta.start)}`),
    )
    expect(shown).to.not.contain('Arriving').and.not.contain('stops away')
    expect(part(element, 'route-strip')?.getAttribute('aria-label')).to.equal(
      'Your driver is nearby',
    )
  })

  it('never shows an estimate whose window has passed', async () => {
    const eta = liveEta({ inMinutes: -45, lengthMinutes: 30, ageMinutes: 1 })
    const { element } = await live(kolkata(eta))
    expect(readable(part(element, 'eta'))).to.equal('Updating the arrival time…')
  })

  it('stops showing an estimate as live when it turns stale, without fetching again', async () => {
    // One second short of ten minutes old.
    const eta = liveEta({ ageMinutes: 10 - 1 / 60 })
    const { token, element } = await live(kolkata(eta))
    expect(readable(part(element, 'eta'))).to.match(new RegExp(`^${arriving(eta)}`))
    const fetched = await hitsFor(token)
    await waitUntil(
      () => readable(part(element, 'eta')).startsWith('Updating the arrival time…'),
      'still shown as live',
      { timeout: 3000 },
    )
    expect(await hitsFor(token)).to.equal(fetched)
  })

  it('draws the driver and the stops before the shopper’s, with a text alternative', async () => {
    const { token, element } = await live(kolkata(liveEta({ stopsAway: 3 })))
    const strip = () => part(element, 'route-strip')
    expect(strip()?.getAttribute('role')).to.equal('img')
    expect(strip()?.getAttribute('aria-label')).to.equal('Driver is 3 stops away')
    expect(strip()?.querySelectorAll('.stop')).to.have.length(3)

    await sendEvent(token, '10', 'eta', { eta: liveEta({ stopsAway: 25 }) })
    await waitUntil(() => strip()?.getAttribute('aria-label') === 'Driver is 25 stops away')
    expect(strip()?.querySelectorAll('.stop'), 'drawn up to 10').to.have.length(10)

    await sendEvent(token, '11', 'eta', { eta: liveEta({ stopsAway: 0 }) })
    await waitUntil(() => strip()?.getAttribute('aria-label') === 'Driver is heading to you next')

    await sendEvent(token, '12', 'position', { driver: { name: 'Sam', position: null } })
    await waitUntil(() => strip() === null, 'still drawn without a position')
  })

  it('shows no route strip without the driver’s position', async () => {
    const { element } = await live({ ...kolkata(liveEta()), driver: { name: 'Sam', position: null } })
    expect(part(element, 'eta')).to.not.equal(null)
    expect(part(element, 'route-strip')).to.equal(null)
  })

  it('ignores events it already has, however they come', async () => {
    const { token, element } = await live(inTransitNewYork)
    // At or before the view's lastEventId ('2'): already in the view.
    await sendEvent(token, '2', 'status', { ...outForDelivery, status: 'delivered' })
    // New, but for a timeline entry it already lists.
    await sendEvent(token, '3', 'status', { status: 'in_transit', entry: inTransitNewYork.timeline[1]! })
    // Streams keep order: once this one shows, the ones before it have been dealt with.
    await sendEvent(token, '4', 'eta', { eta: liveEta() })
    await waitUntil(() => part(element, 'eta'), 'the events never arrived')
    expect(readable(part(element, 'status'))).to.equal('On its way')
    expect(parts(element, 'timeline-item')).to.have.length(2)
  })

  it('once delivered, drops the estimate and the driver, and closes the stream', async () => {
    const { token, element } = await live(kolkata(liveEta()))
    await sendEvent(token, '10', 'status', {
      status: 'delivered',
      entry: { id: 'ev_4', type: 'delivered', at: new Date().toISOString() },
    })
    await shows(element, 'status', 'Delivered')
    expect(part(element, 'eta')).to.equal(null)
    expect(part(element, 'route-strip')).to.equal(null)
    await waitUntil(async () => (await streamLog(token)).open === 0, 'the stream stayed open')
  })

  it('says “Reconnecting…”, politely, while a dropped stream stays down, then resumes without duplicates', async () => {
    // The reconnection is held long enough for the line to show (after 4 s).
    const { token, element } = await live(inTransitNewYork, [
      { status: 200 },
      { status: 200, delayMs: 5000 },
    ])
    await sendEvent(token, '3', 'status', outForDelivery)
    await shows(element, 'status', 'Out for delivery')
    // A live region is read out when its text changes, so it must be there, empty, before.
    const region = part(element, 'header')!.querySelector<HTMLElement>('[role="status"]')
    expect(region?.textContent?.trim(), 'an empty status region').to.equal('')

    await dropStreams(token)
    // Sent while the tracker is away: replayed on its return.
    await sendEvent(token, '4', 'eta', { eta: liveEta() })
    await waitUntil(() => part(element, 'reconnecting'), 'no reconnecting line', { timeout: 6000 })
    expect(readable(part(element, 'reconnecting'))).to.equal('Reconnecting…')
    expect(part(element, 'reconnecting')?.closest('[role="status"]')).to.equal(region)
    expect(readable(part(element, 'status')), 'the delivery stays on show').to.equal(
      'Out for delivery',
    )

    await waitUntil(() => part(element, 'eta') && !part(element, 'reconnecting'), 'never resumed', {
      timeout: 4000,
    })
    expect((await streamLog(token)).connections.at(-1)).to.deep.equal({
      after: '2',
      lastEventId: '3',
    })
    expect(parts(element, 'timeline-item').map((item) => item.querySelector('.label')?.textContent)).to.deep.equal(
      ['Out for delivery', 'In transit', 'Label created'],
    )
  })

  it('closes its stream when removed from the page, and asks nothing more', async () => {
    const { token, element } = await live(inTransitNewYork)
    const { connections } = await streamLog(token)
    const fetched = await hitsFor(token)
    element.remove()
    await waitUntil(async () => (await streamLog(token)).open === 0, 'the stream stayed open')
    await aTimeout(500)
    expect((await streamLog(token)).connections).to.have.length(connections.length)
    expect(await hitsFor(token)).to.equal(fetched)
  })
})
