import type { DeliveryWindow, Problem } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, createWindow, shopper } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases("a retailer's delivery windows", (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })

  const window = () => createWindow(get(), apiKey, { start: '2026-11-25T08:00:00Z', end: '2026-11-25T10:00:00Z', capacity: 3 })
  const book = async (id: string) => shopper(get(), (await createShipment(get(), apiKey)).trackingToken)('POST', '/reschedule', { windowId: id })

  it('lists windows with their bookings, and refuses bad ones by field', async () => {
    const id = await window()
    await book(id)
    const listed = (await (await get().call('GET', '/v1/windows?from=2026-11-25T00:00:00Z&to=2026-11-26T00:00:00Z', { token: apiKey })).json()) as {
      windows: DeliveryWindow[]
    }
    expect(listed.windows).toEqual([{ id, start: '2026-11-25T08:00:00.000Z', end: '2026-11-25T10:00:00.000Z', capacity: 3, postcodePrefix: null, booked: 1 }])
    const before = await get().rowCounts()
    for (const [body, field] of [
      [{ start: '2026-11-25T10:00:00Z', end: '2026-11-25T08:00:00Z', capacity: 3 }, 'end'],
      [{ start: '2026-11-25T08:00:00Z', end: '2026-11-27T08:00:00Z', capacity: 3 }, 'end'],
      [{ start: '2026-11-25T08:00:00Z', end: '2026-11-25T10:00:00Z', capacity: -1 }, 'capacity'],
      [{ start: '2026-11-25T08:00:00Z', end: '2026-11-25T10:00:00Z', capacity: 3, postcodePrefix: "75'; drop" }, 'postcodePrefix'],
    ] as const) {
      const res = await get().call('POST', '/v1/windows', { token: apiKey, body })
      expect(res.status).toBe(400)
      expect(((await res.json()) as Problem).errors?.map((e) => e.path)).toContain(field)
    }
    expect(await get().rowCounts()).toEqual(before)
  })

  it('changes a capacity but never below the places booked', async () => {
    const id = await window()
    await book(id)
    await book(id)
    const low = await get().call('PATCH', `/v1/windows/${id}`, { token: apiKey, body: { capacity: 1 } })
    expect(low.status).toBe(409)
    expect(((await low.json()) as Problem).code).toBe('capacity_below_assigned')
    const ok = await get().call('PATCH', `/v1/windows/${id}`, { token: apiKey, body: { capacity: 2 } })
    expect(((await ok.json()) as DeliveryWindow)).toMatchObject({ capacity: 2, booked: 2 })
    expect((await book(id)).status).toBe(409)
  })

  it('withdraws a window only while nobody has booked it, and only its own tenant can', async () => {
    const empty = await window()
    const stranger = (await createTenant(get(), { name: 'Stranger' })).apiKey
    expect((await get().call('DELETE', `/v1/windows/${empty}`, { token: stranger })).status).toBe(404)
    expect((await get().call('PATCH', `/v1/windows/${empty}`, { token: stranger, body: { capacity: 9 } })).status).toBe(404)
    expect((await get().call('DELETE', `/v1/windows/${empty}`, { token: apiKey })).status).toBe(204)
    const booked = await window()
    await book(booked)
    const refused = await get().call('DELETE', `/v1/windows/${booked}`, { token: apiKey })
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as Problem).code).toBe('change_not_allowed')
  })
})
