import { beforeAll, expect, it } from 'vitest'
import type { LiveEvent } from '../ports/event-bus.ts'
import { createShipment, createTenant } from '../../test/fixtures.ts'
import { describeWithDatabases } from '../../test/test-app.ts'
import { appendLiveEvent } from './append-live-event.ts'
import { openLiveFeed } from './live-feed.ts'

describeWithDatabases('live feed', (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })

  const publishEtas = async (shipmentId: string, count: number) => {
    const events = await get().database.db.transaction(async (tx) => {
      const written: LiveEvent[] = []
      for (let i = 0; i < count; i += 1) written.push(await appendLiveEvent(tx, shipmentId, 'eta', { eta: null }))
      return written
    })
    await get().deps.bus.publish(events)
  }

  it('holds back from a lagging client, then sends what it missed from the database, in order, once', async () => {
    const { id: shipmentId } = await createShipment(get(), apiKey)
    const sent: number[] = []
    let room = 10
    const feed = openLiveFeed({
      db: get().deps.db,
      bus: get().deps.bus,
      shipmentId,
      after: 0,
      send: (event) => {
        sent.push(event.seq)
        room -= 1
        return room > 0
      },
      onError: (error) => {
        throw error
      },
    })
    await publishEtas(shipmentId, 25)
    await publishEtas(shipmentId, 25)
    expect(sent).toEqual(Array.from({ length: 10 }, (_, i) => i + 1))

    room = Number.POSITIVE_INFINITY
    feed.resume()
    await expect.poll(() => sent.length).toBe(50)
    await publishEtas(shipmentId, 2)
    await expect.poll(() => sent.length).toBe(52)
    expect(sent).toEqual(Array.from({ length: 52 }, (_, i) => i + 1))
    feed.close()
  })
})
