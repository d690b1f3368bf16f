import type { CreateShipmentRequest, CreateShipmentResponse, CreateTenantResponse } from '@porchlight/shared'
import { ADMIN_TOKEN, type TestContext } from './test-app.ts'

let counter = 0

export async function createTenant(
  t: TestContext,
  body: { name?: string; allowedOrigins?: string[] } = {},
): Promise<CreateTenantResponse> {
  const res = await t.call('POST', '/v1/admin/tenants', {
    token: ADMIN_TOKEN,
    body: { name: body.name ?? 'Maison Lumière', allowedOrigins: body.allowedOrigins ?? ['https://shop.example'] },
  })
  if (res.status !== 201) throw new Error(`tenant: ${res.status} ${await res.text()}`)
  return res.json() as Promise<CreateTenantResponse>
}

export function shipmentBody(overrides: Partial<CreateShipmentRequest> = {}): CreateShipmentRequest {
  counter += 1
  return {
    orderRef: `ORD-${Date.now().toString(36)}-${counter}`,
    recipient: { name: 'Camille Martin', email: 'camille@example.com', locale: 'fr-FR' },
    address: {
      line1: '12 rue des Lilas',
      city: 'Paris',
      postcode: '75011',
      country: 'FR',
      lat: 48.8566,
      lng: 2.3522,
      timeZone: 'Europe/Paris',
    },
    promisedWindow: { start: '2026-11-21T13:00:00Z', end: '2026-11-21T15:00:00Z' },
    ...overrides,
  }
}

export async function createShipment(
  t: TestContext,
  apiKey: string,
  overrides: Partial<CreateShipmentRequest> = {},
): Promise<CreateShipmentResponse & { orderRef: string }> {
  const body = shipmentBody(overrides)
  const res = await t.call('POST', '/v1/shipments', { token: apiKey, body })
  if (res.status !== 201) throw new Error(`shipment: ${res.status} ${await res.text()}`)
  return { ...((await res.json()) as CreateShipmentResponse), orderRef: body.orderRef }
}

export async function postEvent(
  t: TestContext,
  apiKey: string,
  shipmentId: string,
  event: { type: string; at: string; note?: string },
  headers: Record<string, string> = {},
) {
  return t.call('POST', `/v1/shipments/${shipmentId}/events`, { token: apiKey, body: event, headers })
}

export async function createWindow(
  t: TestContext,
  apiKey: string,
  body: { start: string; end: string; capacity: number; postcodePrefix?: string },
): Promise<string> {
  const res = await t.call('POST', '/v1/windows', { token: apiKey, body })
  if (res.status !== 201) throw new Error(`window: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { id: string }).id
}

export function pickupPointBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Casier Bastille',
    kind: 'locker',
    address: {
      line1: '3 place de la Bastille',
      city: 'Paris',
      postcode: '75004',
      country: 'FR',
      lat: 48.8532,
      lng: 2.3691,
      timeZone: 'Europe/Paris',
    },
    capacity: 2,
    ...overrides,
  }
}

/** A shopper's call with the token in the path: `/v1/track/<token><path>`. */
export function shopper(t: TestContext, token: string) {
  return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    t.call(method, `/v1/track/${encodeURIComponent(token)}${path}`, { ...(body === undefined ? {} : { body }), headers })
}
