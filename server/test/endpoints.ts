import { ADMIN_TOKEN } from './test-app.ts'

/** What one tenant's world holds, for building valid requests against it. */
export type World = {
  apiKey: string
  shipmentId: string
  token: string
  windowId: string
  pickupPointId: string
  routeId: string
  messageId: string
}

export type Endpoint = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The path, with `{id}`-like parts to fuzz marked by `«…»`. */
  path: (w: World) => string
  credential: (w: World) => string | undefined
  /** A valid body: the fuzzer breaks it. Absent for bodyless calls. */
  body?: (w: World) => Record<string, unknown>
  /** Its query is a strict schema: unknown parameters are refused. */
  strictQuery?: boolean
}

const address = { line1: '1 rue A', city: 'Paris', postcode: '75011', country: 'FR', lat: 48.86, lng: 2.37, timeZone: 'Europe/Paris' }
const key = (w: World) => w.apiKey
const admin = () => ADMIN_TOKEN
const none = () => undefined
const keys = { p256dh: `B${'A'.repeat(86)}`, auth: 'AAAAAAAAAAAAAAAAAAAAAA' }

/** Every endpoint of the API but the live stream, each with a valid request to start from. */
export const ENDPOINTS: Endpoint[] = [
  { method: 'POST', path: () => '/v1/admin/tenants', credential: admin, body: () => ({ name: 'Shop', allowedOrigins: [] }) },
  {
    method: 'POST',
    path: () => '/v1/shipments',
    credential: key,
    body: () => ({ orderRef: 'FUZZ-1', recipient: { name: 'Ada' }, address }),
  },
  { method: 'GET', path: () => '/v1/shipments', credential: key, strictQuery: true },
  { method: 'GET', path: (w) => `/v1/shipments/«${w.shipmentId}»`, credential: key },
  { method: 'POST', path: (w) => `/v1/shipments/«${w.shipmentId}»/events`, credential: key, body: () => ({ type: 'in_transit', at: '2026-11-21T08:00:00Z' }) },
  { method: 'GET', path: (w) => `/v1/shipments/«${w.shipmentId}»/messages`, credential: key },
  { method: 'POST', path: (w) => `/v1/shipments/«${w.shipmentId}»/messages`, credential: key, body: () => ({ author: 'support', body: 'Hello' }) },
  { method: 'POST', path: (w) => `/v1/shipments/«${w.shipmentId}»/messages/read`, credential: key, body: (w) => ({ upTo: w.messageId }) },
  { method: 'POST', path: (w) => `/v1/shipments/«${w.shipmentId}»/tracking-token`, credential: key },
  { method: 'DELETE', path: (w) => `/v1/shipments/«${w.shipmentId}»/tracking-token`, credential: key },
  { method: 'GET', path: (w) => `/v1/routes/«${w.routeId}»`, credential: key },
  { method: 'PUT', path: (w) => `/v1/routes/«${w.routeId}»`, credential: key, body: (w) => ({ driver: { name: 'Sam' }, stops: [{ shipmentId: w.shipmentId }] }) },
  {
    method: 'POST',
    path: (w) => `/v1/routes/«${w.routeId}»/positions`,
    credential: key,
    body: () => ({ positions: [{ lat: 48.86, lng: 2.37, at: '2026-11-21T08:00:00Z' }] }),
  },
  { method: 'POST', path: () => '/v1/windows', credential: key, body: () => ({ start: '2026-11-23T08:00:00Z', end: '2026-11-23T10:00:00Z', capacity: 3 }) },
  { method: 'GET', path: () => '/v1/windows', credential: key, strictQuery: true },
  { method: 'PATCH', path: (w) => `/v1/windows/«${w.windowId}»`, credential: key, body: () => ({ capacity: 9 }) },
  { method: 'DELETE', path: (w) => `/v1/windows/«${w.windowId}»`, credential: key },
  { method: 'PUT', path: (w) => `/v1/pickup-points/«${w.pickupPointId}»`, credential: key, body: () => ({ name: 'Locker', kind: 'locker', address, capacity: 3 }) },
  { method: 'GET', path: () => '/v1/pickup-points', credential: key },
  { method: 'GET', path: () => '/v1/settings', credential: key },
  { method: 'PATCH', path: () => '/v1/settings', credential: key, body: () => ({ rescheduleCutoffMinutes: 90 }) },
  { method: 'PUT', path: () => '/v1/webhook', credential: key, body: () => ({ url: 'https://hooks.shop.example/in', secret: 'whsec-0123456789abcdef' }) },
  { method: 'GET', path: () => '/v1/webhook', credential: key },
  { method: 'GET', path: () => '/v1/messages', credential: key, strictQuery: true },
  { method: 'GET', path: () => '/v1/cases', credential: key },
  { method: 'GET', path: () => '/v1/analytics/summary?from=2026-11-20T00:00:00Z&to=2026-11-22T00:00:00Z', credential: key, strictQuery: true },
  { method: 'GET', path: (w) => `/v1/track/«${w.token}»`, credential: none },
  { method: 'GET', path: (w) => `/v1/track/«${w.token}»/windows`, credential: none },
  { method: 'POST', path: (w) => `/v1/track/«${w.token}»/reschedule`, credential: none, body: (w) => ({ windowId: w.windowId }) },
  { method: 'PUT', path: (w) => `/v1/track/«${w.token}»/safe-place`, credential: none, body: () => ({ place: 'porch', note: 'Behind the bench' }) },
  { method: 'DELETE', path: (w) => `/v1/track/«${w.token}»/safe-place`, credential: none },
  { method: 'PUT', path: (w) => `/v1/track/«${w.token}»/instructions`, credential: none, body: () => ({ text: 'Ring twice', accessCode: '1234' }) },
  { method: 'DELETE', path: (w) => `/v1/track/«${w.token}»/instructions`, credential: none },
  { method: 'PUT', path: (w) => `/v1/track/«${w.token}»/access-needs`, credential: none, body: () => ({ needs: ['extra_time'] }) },
  { method: 'GET', path: (w) => `/v1/track/«${w.token}»/pickup-points`, credential: none },
  { method: 'PUT', path: (w) => `/v1/track/«${w.token}»/pickup-point`, credential: none, body: (w) => ({ pickupPointId: w.pickupPointId }) },
  { method: 'DELETE', path: (w) => `/v1/track/«${w.token}»/pickup-point`, credential: none },
  { method: 'GET', path: (w) => `/v1/track/«${w.token}»/messages`, credential: none },
  { method: 'POST', path: (w) => `/v1/track/«${w.token}»/messages`, credential: none, body: () => ({ body: "I'm home" }) },
  { method: 'POST', path: (w) => `/v1/track/«${w.token}»/messages/read`, credential: none, body: (w) => ({ upTo: w.messageId }) },
  { method: 'POST', path: (w) => `/v1/track/«${w.token}»/feedback`, credential: none, body: () => ({ rating: 4, tags: ['on_time'] }) },
  {
    method: 'POST',
    path: (w) => `/v1/track/«${w.token}»/push-subscriptions`,
    credential: none,
    body: () => ({ endpoint: 'https://push.example/abc', keys }),
  },
  { method: 'DELETE', path: (w) => `/v1/track/«${w.token}»/push-subscriptions`, credential: none, body: () => ({ endpoint: 'https://push.example/abc' }) },
  { method: 'GET', path: () => '/v1/recipients/data?email=ada@example.com', credential: key, strictQuery: true },
  { method: 'POST', path: () => '/v1/recipients/erase', credential: key, body: () => ({ email: 'ada@example.com' }) },
  { method: 'POST', path: () => '/v1/lookup', credential: none, body: () => ({ publishableKey: 'pl_pk_x', orderRef: 'A-1', postcode: '75011' }) },
  { method: 'GET', path: () => '/v1/push/public-key', credential: none },
]

/** The path with its marked parts replaced, or unmarked. */
export const fillPath = (path: string, replace?: (part: string) => string) =>
  path.replace(/«([^»]*)»/g, (_, part: string) => (replace ? replace(part) : part))
