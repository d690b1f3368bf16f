import type { DeliveryWindow, Problem, ShopperWindowList, TrackingView } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, createWindow, postEvent, shopper } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

// The test clock reads 2026-11-21T09:00Z; shipments are promised 13:00 to 15:00Z that day.
describeWithDatabases('rescheduling into a delivery window', (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })

  const booked = async (id: string) => {
    const res = await get().call('GET', '/v1/windows?from=2026-11-01T00:00:00Z', { token: apiKey })
    return ((await res.json()) as { windows: DeliveryWindow[] }).windows.find((w) => w.id === id)?.booked
  }

  it('moves the delivery to the chosen window, shows it and frees the old place on a second move', async () => {
    const first = await createWindow(get(), apiKey, { start: '2026-11-22T08:00:00Z', end: '2026-11-22T10:00:00Z', capacity: 5 })
    const second = await createWindow(get(), apiKey, { start: '2026-11-23T08:00:00Z', end: '2026-11-23T10:00:00Z', capacity: 5 })
    const { trackingToken } = await createShipment(get(), apiKey)
    const as = shopper(get(), trackingToken)

    const res = await as('POST', '/reschedule', { windowId: first })
    expect(res.status).toBe(200)
    const view = (await res.json()) as TrackingView
    expect(view.preferences.window).toEqual({ id: first, start: '2026-11-22T08:00:00.000Z', end: '2026-11-22T10:00:00.000Z' })
    expect(view.shipment.promisedWindow).toEqual({ start: '2026-11-22T08:00:00.000Z', end: '2026-11-22T10:00:00.000Z' })
    expect(await booked(first)).toBe(1)

    expect((await as('POST', '/reschedule', { windowId: second })).status).toBe(200)
    expect(await booked(first)).toBe(0)
    expect(await booked(second)).toBe(1)

    const listed = (await (await as('GET', '/windows')).json()) as ShopperWindowList
    expect(listed.windows.find((w) => w.id === second)).toMatchObject({ chosen: true, available: true })
    expect(listed.windows.find((w) => w.id === first)).toMatchObject({ chosen: false, available: true })
  })

  it('choosing the window already held changes nothing', async () => {
    const id = await createWindow(get(), apiKey, { start: '2026-11-22T12:00:00Z', end: '2026-11-22T14:00:00Z', capacity: 5 })
    const { trackingToken } = await createShipment(get(), apiKey)
    const as = shopper(get(), trackingToken)
    await as('POST', '/reschedule', { windowId: id })
    const before = await get().rowCounts()
    expect((await as('POST', '/reschedule', { windowId: id })).status).toBe(200)
    expect(await get().rowCounts()).toEqual(before)
    expect(await booked(id)).toBe(1)
  })

  it('refuses a full window with 409 window_full and keeps the shipment where it was', async () => {
    const id = await createWindow(get(), apiKey, { start: '2026-11-24T08:00:00Z', end: '2026-11-24T10:00:00Z', capacity: 1 })
    await shopper(get(), (await createShipment(get(), apiKey)).trackingToken)('POST', '/reschedule', { windowId: id })
    const late = shopper(get(), (await createShipment(get(), apiKey)).trackingToken)
    const before = await get().rowCounts()
    const res = await late('POST', '/reschedule', { windowId: id })
    expect(res.status).toBe(409)
    expect(((await res.json()) as Problem).code).toBe('window_full')
    expect(await get().rowCounts()).toEqual(before)
    const view = (await (await late('GET', '')).json()) as TrackingView
    expect(view.preferences.window).toBeNull()
    expect((await (await late('GET', '/windows')).json() as ShopperWindowList).windows.find((w) => w.id === id)?.available).toBe(false)
  })

  it('refuses with 422 past_cutoff inside the cut-off before the current window, or into a window starting too soon', async () => {
    const later = await createWindow(get(), apiKey, { start: '2026-11-25T08:00:00Z', end: '2026-11-25T10:00:00Z', capacity: 5 })
    const soon = await createWindow(get(), apiKey, { start: '2026-11-21T10:30:00Z', end: '2026-11-21T12:00:00Z', capacity: 5 })
    // Promised from 10:00Z: the default two-hour cut-off passed at 08:00Z.
    const close = await createShipment(get(), apiKey, { promisedWindow: { start: '2026-11-21T10:00:00Z', end: '2026-11-21T12:00:00Z' } })
    const res = await shopper(get(), close.trackingToken)('POST', '/reschedule', { windowId: later })
    expect(res.status).toBe(422)
    expect(((await res.json()) as Problem).code).toBe('past_cutoff')

    const open = await createShipment(get(), apiKey)
    const tooSoon = await shopper(get(), open.trackingToken)('POST', '/reschedule', { windowId: soon })
    expect(tooSoon.status).toBe(422)
    expect(((await tooSoon.json()) as Problem).code).toBe('past_cutoff')
    expect(await booked(soon)).toBe(0)
  })

  it('lets a missed delivery be rebooked once its window is over', async () => {
    const id = await createWindow(get(), apiKey, { start: '2026-11-26T08:00:00Z', end: '2026-11-26T10:00:00Z', capacity: 5 })
    const missed = await createShipment(get(), apiKey, { promisedWindow: { start: '2026-11-21T06:00:00Z', end: '2026-11-21T08:00:00Z' } })
    await postEvent(get(), apiKey, missed.id, { type: 'failed_attempt', at: '2026-11-21T07:30:00Z' })
    expect((await shopper(get(), missed.trackingToken)('POST', '/reschedule', { windowId: id })).status).toBe(200)
  })

  it('refuses once the parcel is out for delivery, and says so in the capabilities', async () => {
    const id = await createWindow(get(), apiKey, { start: '2026-11-27T08:00:00Z', end: '2026-11-27T10:00:00Z', capacity: 5 })
    const { id: shipmentId, trackingToken } = await createShipment(get(), apiKey)
    await postEvent(get(), apiKey, shipmentId, { type: 'out_for_delivery', at: '2026-11-21T08:30:00Z' })
    const as = shopper(get(), trackingToken)
    const res = await as('POST', '/reschedule', { windowId: id })
    expect(res.status).toBe(409)
    expect(((await res.json()) as Problem).code).toBe('change_not_allowed')
    expect(((await (await as('GET', '')).json()) as TrackingView).capabilities.reschedule).toBe(false)
  })

  it("offers only windows for the address's postcode, and treats others like unknown ones", async () => {
    const elsewhere = await createWindow(get(), apiKey, { start: '2026-11-28T08:00:00Z', end: '2026-11-28T10:00:00Z', capacity: 5, postcodePrefix: '69' })
    const here = await createWindow(get(), apiKey, { start: '2026-11-28T08:00:00Z', end: '2026-11-28T10:00:00Z', capacity: 5, postcodePrefix: '750' })
    const as = shopper(get(), (await createShipment(get(), apiKey)).trackingToken)
    const ids = ((await (await as('GET', '/windows')).json()) as ShopperWindowList).windows.map((w) => w.id)
    expect(ids).toContain(here)
    expect(ids).not.toContain(elsewhere)
    const res = await as('POST', '/reschedule', { windowId: elsewhere })
    expect(res.status).toBe(400)
    expect(((await res.json()) as Problem).errors).toEqual([{ path: 'windowId', message: expect.any(String) }])
  })

  it("cannot book another retailer's window", async () => {
    const otherKey = (await createTenant(get(), { name: 'Other' })).apiKey
    const theirs = await createWindow(get(), otherKey, { start: '2026-11-29T08:00:00Z', end: '2026-11-29T10:00:00Z', capacity: 5 })
    const res = await shopper(get(), (await createShipment(get(), apiKey)).trackingToken)('POST', '/reschedule', { windowId: theirs })
    expect(res.status).toBe(400)
    expect(await get().call('GET', '/v1/windows?from=2026-11-29T00:00:00Z', { token: otherKey }).then((r) => r.json())).toMatchObject({
      windows: [{ id: theirs, booked: 0 }],
    })
  })

  it('200 shoppers rushing a window of 10: exactly 10 get it, 190 get window_full', async () => {
    const id = await createWindow(get(), apiKey, { start: '2026-11-30T08:00:00Z', end: '2026-11-30T10:00:00Z', capacity: 10 })
    const tokens: string[] = []
    for (let i = 0; i < 200; i++) tokens.push((await createShipment(get(), apiKey)).trackingToken)
    const answers = await Promise.all(tokens.map((token) => shopper(get(), token)('POST', '/reschedule', { windowId: id })))
    const codes = await Promise.all(answers.map(async (r) => (r.status === 200 ? 'ok' : ((await r.json()) as Problem).code)))
    expect(codes.filter((c) => c === 'ok')).toHaveLength(10)
    expect(codes.filter((c) => c === 'window_full')).toHaveLength(190)
    expect(await booked(id)).toBe(10)
  }, 120_000)
})
