import { expect, it } from 'vitest'
import { createInProcessBus } from './in-process-bus.ts'

it("delivers a shipment's updates to its listeners only, until they unsubscribe", async () => {
  const bus = createInProcessBus()
  const a: string[] = []
  const b: string[] = []
  const stopA = bus.subscribe('shp_a', (u) => a.push(u.status))
  bus.subscribe('shp_b', (u) => b.push(u.status))
  await bus.publish({ shipmentId: 'shp_a', kind: 'status', status: 'in_transit' })
  stopA()
  await bus.publish({ shipmentId: 'shp_a', kind: 'status', status: 'delivered' })
  expect(a).toEqual(['in_transit'])
  expect(b).toEqual([])
})
