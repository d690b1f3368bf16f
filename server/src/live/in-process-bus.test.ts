import { expect, it } from 'vitest'
import type { LiveEvent } from '../ports/event-bus.ts'
import { createInProcessBus } from './in-process-bus.ts'

const event = (shipmentId: string, seq: number): LiveEvent => ({ shipmentId, seq, name: 'eta', data: { eta: null } })

it("delivers a shipment's events to its listeners only, until they unsubscribe", async () => {
  const bus = createInProcessBus()
  const a: number[] = []
  const b: number[] = []
  const all: string[] = []
  const stopA = bus.subscribe('shp_a', (e) => a.push(e.seq))
  bus.subscribe('shp_b', (e) => b.push(e.seq))
  bus.subscribeAll((e) => all.push(`${e.shipmentId}#${e.seq}`))
  await bus.publish([event('shp_a', 1)])
  stopA()
  await bus.publish([event('shp_a', 2)])
  expect(a).toEqual([1])
  expect(b).toEqual([])
  expect(all).toEqual(['shp_a#1', 'shp_a#2'])
})

it("keeps a shipment's new listeners when an old one unsubscribes twice", async () => {
  const bus = createInProcessBus()
  const seen: number[] = []
  const stopOld = bus.subscribe('shp_a', () => {})
  stopOld()
  bus.subscribe('shp_a', (e) => seen.push(e.seq))
  stopOld()
  await bus.publish([event('shp_a', 1)])
  expect(seen).toEqual([1])
})
