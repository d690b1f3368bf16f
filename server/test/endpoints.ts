import { ADMIN_TOKEN, type TestContext } from './test-app.ts'

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
  /** The operation as /openapi.json names it: `GET /v1/shipments/{id}`. */
  operation: string
  /** The path, with its `{id}`-like parts filled from the world and marked by `«…»` to fuzz. */
  path: (w: World) => string
  credential: (w: World) => string | undefined
  /** A valid body: the fuzzer breaks it. Absent for bodyless calls. */
  body?: (w: World) => Record<string, unknown>
  /** Its query is a strict schema: unknown parameters are refused. */
  strictQuery?: boolean
  /** The query parameters it takes, as described (`format: 'date-time'` for instants). */
  queryParameters: Array<{ name: string; format?: string | undefined }>
}

/** How to make a valid request of one operation; the path comes from the operation itself. */
type Recipe = Pick<Endpoint, 'credential' | 'body' | 'strictQuery'> & {
  /** A query that makes the request valid. */
  query?: string
}

const address = { line1: '1 rue A', city: 'Paris', postcode: '75011', country: 'FR', lat: 48.86, lng: 2.37, timeZone: 'Europe/Paris' }
const key = (w: World) => w.apiKey
const admin = () => ADMIN_TOKEN
const none = () => undefined
const keys = { p256dh: `B${'A'.repeat(86)}`, auth: 'AAAAAAAAAAAAAAAAAAAAAA' }

/**
 * A valid request for every operation in /openapi.json. `endpointsOf` fails on an operation
 * without one, so a new endpoint cannot escape the authorization walk and the fuzzer.
 */
const RECIPES: Record<string, Recipe> = {
  'POST /v1/admin/tenants': { credential: admin, body: () => ({ name: 'Shop', allowedOrigins: [] }) },
  'POST /v1/shipments': { credential: key, body: () => ({ orderRef: 'FUZZ-1', recipient: { name: 'Ada' }, address }) },
  'GET /v1/shipments': { credential: key, strictQuery: true },
  'GET /v1/shipments/{id}': { credential: key },
  'POST /v1/shipments/{id}/events': { credential: key, body: () => ({ type: 'in_transit', at: '2026-11-21T08:00:00Z' }) },
  'GET /v1/shipments/{id}/messages': { credential: key },
  'POST /v1/shipments/{id}/messages': { credential: key, body: () => ({ author: 'support', body: 'Hello' }) },
  'POST /v1/shipments/{id}/messages/read': { credential: key, body: (w) => ({ upTo: w.messageId }) },
  'POST /v1/shipments/{id}/tracking-token': { credential: key },
  'DELETE /v1/shipments/{id}/tracking-token': { credential: key },
  'GET /v1/routes/{routeId}': { credential: key },
  'PUT /v1/routes/{routeId}': { credential: key, body: (w) => ({ driver: { name: 'Sam' }, stops: [{ shipmentId: w.shipmentId }] }) },
  'POST /v1/routes/{routeId}/positions': { credential: key, body: () => ({ positions: [{ lat: 48.86, lng: 2.37, at: '2026-11-21T08:00:00Z' }] }) },
  'POST /v1/windows': { credential: key, body: () => ({ start: '2026-11-23T08:00:00Z', end: '2026-11-23T10:00:00Z', capacity: 3 }) },
  'GET /v1/windows': { credential: key, strictQuery: true },
  'PATCH /v1/windows/{id}': { credential: key, body: () => ({ capacity: 9 }) },
  'DELETE /v1/windows/{id}': { credential: key },
  'PUT /v1/pickup-points/{id}': { credential: key, body: () => ({ name: 'Locker', kind: 'locker', address, capacity: 3 }) },
  'GET /v1/pickup-points': { credential: key },
  'GET /v1/settings': { credential: key },
  'PATCH /v1/settings': { credential: key, body: () => ({ rescheduleCutoffMinutes: 90 }) },
  'PUT /v1/webhook': { credential: key, body: () => ({ url: 'https://hooks.shop.example/in', secret: 'whsec-0123456789abcdef' }) },
  'GET /v1/webhook': { credential: key },
  'DELETE /v1/webhook': { credential: key },
  'GET /v1/messages': { credential: key, strictQuery: true },
  'GET /v1/cases': { credential: key },
  'GET /v1/analytics/summary': { credential: key, strictQuery: true, query: 'from=2026-11-20T00:00:00Z&to=2026-11-22T00:00:00Z' },
  'GET /v1/recipients/data': { credential: key, strictQuery: true, query: 'email=ada@example.com' },
  'POST /v1/recipients/erase': { credential: key, body: () => ({ email: 'ada@example.com' }) },
  'GET /v1/track/{token}': { credential: none },
  'GET /v1/track/{token}/stream': { credential: none },
  'GET /v1/track/{token}/windows': { credential: none },
  'POST /v1/track/{token}/reschedule': { credential: none, body: (w) => ({ windowId: w.windowId }) },
  'PUT /v1/track/{token}/safe-place': { credential: none, body: () => ({ place: 'porch', note: 'Behind the bench' }) },
  'DELETE /v1/track/{token}/safe-place': { credential: none },
  'PUT /v1/track/{token}/instructions': { credential: none, body: () => ({ text: 'Ring twice', accessCode: '1234' }) },
  'DELETE /v1/track/{token}/instructions': { credential: none },
  'PUT /v1/track/{token}/access-needs': { credential: none, body: () => ({ needs: ['extra_time'] }) },
  'GET /v1/track/{token}/pickup-points': { credential: none },
  'PUT /v1/track/{token}/pickup-point': { credential: none, body: (w) => ({ pickupPointId: w.pickupPointId }) },
  'DELETE /v1/track/{token}/pickup-point': { credential: none },
  'GET /v1/track/{token}/messages': { credential: none },
  'POST /v1/track/{token}/messages': { credential: none, body: () => ({ body: "I'm home" }) },
  'POST /v1/track/{token}/messages/read': { credential: none, body: (w) => ({ upTo: w.messageId }) },
  'POST /v1/track/{token}/feedback': { credential: none, body: () => ({ rating: 4, tags: ['on_time'] }) },
  'POST /v1/track/{token}/push-subscriptions': { credential: none, body: () => ({ endpoint: 'https://push.example/abc', keys }) },
  'DELETE /v1/track/{token}/push-subscriptions': { credential: none, body: () => ({ endpoint: 'https://push.example/abc' }) },
  'POST /v1/lookup': { credential: none, body: () => ({ publishableKey: 'pl_pk_x', orderRef: 'A-1', postcode: '75011' }) },
  'GET /v1/push/public-key': { credential: none },
}

/** Which of the world's objects a path parameter names. */
function parameter(template: string, name: string): (w: World) => string {
  if (name === 'token') return (w) => w.token
  if (name === 'routeId') return (w) => w.routeId
  if (template.startsWith('/v1/shipments/')) return (w) => w.shipmentId
  if (template.startsWith('/v1/windows/')) return (w) => w.windowId
  if (template.startsWith('/v1/pickup-points/')) return (w) => w.pickupPointId
  throw new Error(`no world object for {${name}} in ${template}`)
}

type Operation = { parameters?: Array<{ in: string; name: string; schema?: { format?: string } }> }
type OpenApi = { paths: Record<string, Record<string, Operation>> }

/** Every operation the API describes, each with a valid request; fails on one it cannot make. */
export function endpointsOf(doc: OpenApi): Endpoint[] {
  const operations = Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, described]) => ({ method: method.toUpperCase() as Endpoint['method'], template, described })),
  )
  const missing = operations.map((o) => `${o.method} ${o.template}`).filter((name) => !RECIPES[name])
  if (missing.length > 0) throw new Error(`no valid request recipe for: ${missing.join(', ')}`)
  const stale = Object.keys(RECIPES).filter((name) => !operations.some((o) => `${o.method} ${o.template}` === name))
  if (stale.length > 0) throw new Error(`recipes for operations the API no longer has: ${stale.join(', ')}`)
  return operations.map(({ method, template, described }) => {
    const operation = `${method} ${template}`
    const { query, ...recipe } = RECIPES[operation]!
    const fillers = [...template.matchAll(/\{(\w+)\}/g)].map(([whole, name]) => [whole, parameter(template, name!)] as const)
    return {
      ...recipe,
      method,
      operation,
      queryParameters: (described.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, format: p.schema?.format })),
      path: (w: World) => fillers.reduce((p, [whole, fill]) => p.replace(whole, `«${fill(w)}»`), template) + (query ? `?${query}` : ''),
    }
  })
}

/** The endpoints of the app under test, from its own /openapi.json. */
export async function loadEndpoints(t: TestContext): Promise<Endpoint[]> {
  return endpointsOf((await (await t.call('GET', '/openapi.json')).json()) as OpenApi)
}

/** The path with its marked parts replaced, or unmarked. */
export const fillPath = (path: string, replace?: (part: string) => string) =>
  path.replace(/«([^»]*)»/g, (_, part: string) => (replace ? replace(part) : part))
