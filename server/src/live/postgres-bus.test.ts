import postgres from 'postgres'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createScratchPostgres } from '../../test/test-database.ts'
import type { EventBus, LiveEvent } from '../ports/event-bus.ts'
import { notificationsOf } from '../db/postgres.ts'
import { createPostgresBus } from './postgres-bus.ts'

const event = (seq: number): LiveEvent => ({ shipmentId: 'shp_1', seq, name: 'eta', data: { eta: null } })

// Two instances sharing one database, each with its own connections.
let scratch: Awaited<ReturnType<typeof createScratchPostgres>>
let clients: postgres.Sql[] = []
let a: EventBus
let b: EventBus
beforeAll(async () => {
  scratch = await createScratchPostgres()
  clients = [postgres(scratch.url, { max: 2, onnotice: () => {} }), postgres(scratch.url, { max: 2, onnotice: () => {} })]
  ;[a, b] = await Promise.all(clients.map((sql) => createPostgresBus(notificationsOf(sql)))) as [EventBus, EventBus]
})
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()])
  await Promise.all(clients.map((sql) => sql.end()))
  await scratch?.drop()
})

it("delivers an instance's events to its own listeners at once, and to every instance's exactly once and in order", async () => {
  const onA: number[] = []
  const onB: number[] = []
  const stopA = a.subscribe('shp_1', (e) => onA.push(e.seq))
  const stopB = b.subscribe('shp_1', (e) => onB.push(e.seq))
  const publishing = a.publish([event(1), event(2)])
  // Before any round trip to PostgreSQL: a stream on the publishing instance waits for nothing.
  expect(onA).toEqual([1, 2])
  await publishing
  await a.publish([event(3)])
  await expect.poll(() => onB).toEqual([1, 2, 3])
  // Notifications arrive in the order they were sent: once A hears B's event, its own echoes
  // of 1 to 3 have come and gone.
  await b.publish([event(4)])
  await expect.poll(() => onA.at(-1)).toBe(4)
  expect(onA).toEqual([1, 2, 3, 4])
  expect(onB).toEqual([1, 2, 3, 4])
  stopA()
  stopB()
})

it('sends an event too large for a notification without its data, for the other instance to read back', async () => {
  const onB: LiveEvent[] = []
  const stop = b.subscribe('shp_1', (e) => onB.push(e))
  const large: LiveEvent = { shipmentId: 'shp_1', seq: 5, name: 'position', data: { driver: { name: 'x'.repeat(10_000), position: null } } }
  await a.publish([large, event(6)])
  await expect.poll(() => onB.length).toBe(2)
  expect(onB[0]).toEqual({ shipmentId: 'shp_1', seq: 5, name: 'position' })
  expect(onB[1]).toEqual(event(6))
  stop()
})
