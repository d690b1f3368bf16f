import type {
  CreateEventRequest,
  CreateEventResponse,
  CreateShipmentRequest,
  CreateShipmentResponse,
  CreateTenantRequest,
  CreateTenantResponse,
  CreateWindowRequest,
  CreateWindowResponse,
  PatchTenantSettingsRequest,
  PickupPoint,
  PostPositionsRequest,
  PostPositionsResponse,
  Problem,
  PutPickupPointRequest,
  PutRouteRequest,
  Route,
  TenantSettings,
} from '@porchlight/shared'

/** A minimal client of the public API, as a retailer's back office would write one. */
export function retailerClient(baseUrl: string, apiKey: string) {
  return {
    createShipment: (body: CreateShipmentRequest) =>
      send<CreateShipmentResponse>(baseUrl, 'POST', '/v1/shipments', apiKey, body),
    recordEvent: (shipmentId: string, body: CreateEventRequest, idempotencyKey?: string) =>
      send<CreateEventResponse>(baseUrl, 'POST', `/v1/shipments/${encodeURIComponent(shipmentId)}/events`, apiKey, body, {
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      }),
    putRoute: (routeId: string, body: PutRouteRequest) =>
      send<Route>(baseUrl, 'PUT', `/v1/routes/${encodeURIComponent(routeId)}`, apiKey, body),
    postPositions: (routeId: string, body: PostPositionsRequest) =>
      send<PostPositionsResponse>(baseUrl, 'POST', `/v1/routes/${encodeURIComponent(routeId)}/positions`, apiKey, body),
    createWindow: (body: CreateWindowRequest) => send<CreateWindowResponse>(baseUrl, 'POST', '/v1/windows', apiKey, body),
    putPickupPoint: (id: string, body: PutPickupPointRequest) =>
      send<PickupPoint>(baseUrl, 'PUT', `/v1/pickup-points/${encodeURIComponent(id)}`, apiKey, body),
    patchSettings: (body: PatchTenantSettingsRequest) => send<TenantSettings>(baseUrl, 'PATCH', '/v1/settings', apiKey, body),
  }
}

export type RetailerClient = ReturnType<typeof retailerClient>

export const createTenant = (baseUrl: string, adminToken: string, body: CreateTenantRequest) =>
  send<CreateTenantResponse>(baseUrl, 'POST', '/v1/admin/tenants', adminToken, body)

async function send<T>(
  baseUrl: string,
  method: string,
  path: string,
  token: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(new URL(path, baseUrl), {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  if (!res.ok) {
    const problem = (await res.json().catch(() => undefined)) as Problem | undefined
    throw new Error(`${method} ${path}: ${res.status} ${problem?.code ?? ''} ${problem?.detail ?? ''}`.trim())
  }
  return res.json() as Promise<T>
}
