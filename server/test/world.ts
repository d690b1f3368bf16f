import type { Message } from '@porchlight/shared'
import { createShipment, createTenant, createWindow, pickupPointBody } from './fixtures.ts'
import type { World } from './endpoints.ts'
import type { TestContext } from './test-app.ts'

/** A tenant with one of everything: a shipment and its link, a window, a locker, a route, a message. */
export async function buildWorld(t: TestContext, name: string): Promise<World & { publishableKey: string; orderRef: string }> {
  const tenant = await createTenant(t, { name, allowedOrigins: ['https://shop.example'] })
  const shipment = await createShipment(t, tenant.apiKey)
  const windowId = await createWindow(t, tenant.apiKey, { start: '2026-11-23T08:00:00Z', end: '2026-11-23T10:00:00Z', capacity: 5 })
  const pickupPointId = `${name.toLowerCase()}-locker`
  await t.call('PUT', `/v1/pickup-points/${pickupPointId}`, { token: tenant.apiKey, body: pickupPointBody() })
  const routeId = `${name}-route`
  await t.call('PUT', `/v1/routes/${routeId}`, { token: tenant.apiKey, body: { driver: { name: 'Sam' }, stops: [{ shipmentId: shipment.id }] } })
  const res = await t.call('POST', `/v1/shipments/${shipment.id}/messages`, { token: tenant.apiKey, body: { author: 'support', body: 'Hello' } })
  const message = (await res.json()) as Message
  return {
    apiKey: tenant.apiKey,
    publishableKey: tenant.publishableKey,
    shipmentId: shipment.id,
    orderRef: shipment.orderRef,
    token: shipment.trackingToken,
    windowId,
    pickupPointId,
    routeId,
    messageId: message.id,
  }
}
