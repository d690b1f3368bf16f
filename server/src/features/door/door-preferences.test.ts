import type { Problem, ShipmentDetail, TrackingView } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent, shopper } from '../../../test/fixtures.ts'
import { sseReader } from '../../../test/sse.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases('safe place, instructions and access needs', (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })

  const detail = async (id: string) =>
    (await (await get().call('GET', `/v1/shipments/${id}`, { token: apiKey })).json()) as ShipmentDetail

  it("keeps each choice, shows it to the shopper and spells it out in the driver's view", async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey, {
      recipient: { name: 'Camille Martin', phone: '+33 6 12 34 56 78' },
    })
    const as = shopper(get(), trackingToken)
    expect((await as('PUT', '/safe-place', { place: 'porch', note: 'Behind the bench' })).status).toBe(200)
    expect((await as('PUT', '/instructions', { text: 'Blue door on the left', accessCode: 'B1234' })).status).toBe(200)
    const res = await as('PUT', '/access-needs', { needs: ['call_on_arrival', 'extra_time'] })
    const view = (await res.json()) as TrackingView
    expect(view.preferences).toMatchObject({
      safePlace: { place: 'porch', note: 'Behind the bench' },
      instructions: { text: 'Blue door on the left', accessCode: 'B1234' },
      accessNeeds: ['extra_time', 'call_on_arrival'],
    })
    const driver = await detail(id)
    expect(driver.preferences).toEqual(view.preferences)
    expect(driver.atTheDoor).toEqual([
      'Give the recipient extra time to reach the door.',
      'Call the recipient on arrival: +33 6 12 34 56 78.',
      'If nobody answers, leave it in the porch: Behind the bench',
      'Instructions: Blue door on the left',
      'Access code: B1234',
    ])
    expect(driver.preferenceHistory.map((c) => [c.kind, c.actor])).toEqual([
      ['safePlace', 'shopper'],
      ['instructions', 'shopper'],
      ['accessNeeds', 'shopper'],
    ])
  })

  it('keeps every change as history while the latest wins, and clears on DELETE', async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey)
    const as = shopper(get(), trackingToken)
    await as('PUT', '/safe-place', { place: 'garage' })
    get().clock.set(new Date('2026-11-21T09:05:00Z'))
    await as('PUT', '/safe-place', { place: 'neighbour', note: 'No. 14' })
    const cleared = (await (await as('DELETE', '/safe-place')).json()) as TrackingView
    get().clock.set(new Date('2026-11-21T09:00:00Z'))
    expect(cleared.preferences.safePlace).toBeNull()
    expect((await detail(id)).preferenceHistory).toEqual([
      { kind: 'safePlace', value: { place: 'garage' }, actor: 'shopper', at: '2026-11-21T09:00:00.000Z' },
      { kind: 'safePlace', value: { place: 'neighbour', note: 'No. 14' }, actor: 'shopper', at: '2026-11-21T09:05:00.000Z' },
      { kind: 'safePlace', value: null, actor: 'shopper', at: '2026-11-21T09:05:00.000Z' },
    ])
  })

  it('"hand it to me only" and a safe place exclude each other: the latest choice wins', async () => {
    const as = shopper(get(), (await createShipment(get(), apiKey)).trackingToken)
    await as('PUT', '/safe-place', { place: 'front_door' })
    let view = (await (await as('PUT', '/access-needs', { needs: ['hand_to_me_only', 'knock_dont_ring'] })).json()) as TrackingView
    expect(view.preferences.safePlace).toBeNull()
    expect(view.preferences.accessNeeds).toEqual(['knock_dont_ring', 'hand_to_me_only'])
    view = (await (await as('PUT', '/safe-place', { place: 'reception' })).json()) as TrackingView
    expect(view.preferences.safePlace).toEqual({ place: 'reception' })
    expect(view.preferences.accessNeeds).toEqual(['knock_dont_ring'])
  })

  it('tells open pages of the change over the live stream', async () => {
    const { trackingToken } = await createShipment(get(), apiKey)
    const as = shopper(get(), trackingToken)
    await as('PUT', '/instructions', { text: 'Ring twice' })
    const reader = sseReader(await get().call('GET', `/v1/track/${trackingToken}/stream?after=0`))
    const event = await reader.next()
    await reader.cancel()
    expect(event).toMatchObject({
      event: 'preferences',
      data: { kind: 'instructions', preferences: { instructions: { text: 'Ring twice' } } },
    })
  })

  it('rejects bad input by field and writes nothing', async () => {
    const as = shopper(get(), (await createShipment(get(), apiKey)).trackingToken)
    const before = await get().rowCounts()
    const cases: Array<[string, unknown, string]> = [
      ['/safe-place', { place: 'roof' }, 'place'],
      ['/safe-place', { place: 'porch', note: 'x'.repeat(201) }, 'note'],
      ['/instructions', { text: 'x'.repeat(501) }, 'text'],
      ['/instructions', { text: 'ok', accessCode: '1'.repeat(33) }, 'accessCode'],
      ['/access-needs', { needs: ['teleport'] }, 'needs.0'],
      ['/access-needs', { needs: ['extra_time', 'extra_time'] }, 'needs'],
      ['/safe-place', { place: 'porch', colour: 'red' }, 'colour'],
      ['/safe-place', { place: 'other', note: 'Behind the bins \uD800' }, 'note'],
      ['/instructions', { text: '\uDC00Ring twice' }, 'text'],
      ['/instructions', { text: 'Ring', accessCode: '12\u000034' }, 'accessCode'],
    ]
    for (const [path, body, field] of cases) {
      const res = await as('PUT', path, body)
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400)
      expect(((await res.json()) as Problem).errors?.map((e) => e.path)).toContain(field)
    }
    expect(await get().rowCounts()).toEqual(before)
  })

  it('freezes the door preferences once delivered, and after the retailer turns them off', async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey)
    const as = shopper(get(), trackingToken)
    await postEvent(get(), apiKey, id, { type: 'out_for_delivery', at: '2026-11-21T08:00:00Z' })
    expect((await as('PUT', '/safe-place', { place: 'porch' })).status).toBe(200)
    await postEvent(get(), apiKey, id, { type: 'delivered', at: '2026-11-21T08:40:00Z' })
    const late = await as('PUT', '/safe-place', { place: 'garage' })
    expect(late.status).toBe(409)
    expect(((await late.json()) as Problem).code).toBe('change_not_allowed')

    const other = await createTenant(get(), { name: 'Strict' })
    await get().call('PATCH', '/v1/settings', { token: other.apiKey, body: { options: { instructions: false } } })
    const strict = shopper(get(), (await createShipment(get(), other.apiKey)).trackingToken)
    const refused = await strict('PUT', '/instructions', { text: 'Hello' })
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as Problem).code).toBe('option_disabled')
    const view = (await (await strict('GET', '')).json()) as TrackingView
    expect(view.capabilities).toMatchObject({ instructions: false, safePlace: true })
  })

  it("a token reaches only its own shipment's preferences", async () => {
    const mine = await createShipment(get(), apiKey)
    const theirs = await createShipment(get(), apiKey)
    await shopper(get(), mine.trackingToken)('PUT', '/instructions', { text: 'Mine' })
    expect((await detail(theirs.id)).preferences.instructions).toBeNull()
    const res = await shopper(get(), 'not-a-token-of-anyone')('PUT', '/instructions', { text: 'x' })
    expect(res.status).toBe(404)
  })
})
