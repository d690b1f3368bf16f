// @ts-check
// The part of the Porchlight API the widget calls, served by the test runner's own dev server so
// tests run over real HTTP from the same origin widget.js comes from.
import { inTransitNewYork, outForDeliveryLondon, problem } from './fixtures/tracking-views.js'

/**
 * @typedef {{ status: number, body: unknown, delayMs?: number }} Answer
 * @typedef {{ path: string, method: string, req: import('node:http').IncomingMessage,
 *   status: number, type: string, body: unknown }} Context
 */

/** @type {ReadonlyMap<string, Answer>} Tokens that need no set-up; any other token is a 404. */
const FIXED = new Map([
  ['in-transit-new-york', { status: 200, body: inTransitNewYork }],
  ['out-for-delivery-london', { status: 200, body: outForDeliveryLondon }],
  ['server-error', { status: 500, body: problem(500, 'internal_error') }],
])

const ROUTE = /^\/(v1\/track|__mock\/track|__mock\/hits)\/([^/]+)$/

/**
 * `GET /v1/track/:token` answers from FIXED, or from a script a test set with
 * `PUT /__mock/track/:token` (a JSON array of answers, given in turn; the last one repeats).
 * `GET /__mock/hits/:token` says how many times the token was fetched.
 */
export function mockApiMiddleware() {
  /** @type {Map<string, Answer[]>} */
  const scripts = new Map()
  /** @type {Map<string, number>} */
  const hits = new Map()

  /** @param {Context} ctx @param {() => Promise<unknown>} next */
  return async (ctx, next) => {
    const [, area, token] = ROUTE.exec(ctx.path) ?? []
    if (!area || !token) return next()
    const key = decodeURIComponent(token)

    if (area === '__mock/track' && ctx.method === 'PUT') {
      scripts.set(key, JSON.parse(await readBody(ctx.req)))
      ctx.status = 204
      return
    }
    if (area === '__mock/hits') {
      ctx.body = JSON.stringify({ hits: hits.get(key) ?? 0 })
      ctx.type = 'application/json'
      return
    }
    if (ctx.method !== 'GET') return next()

    hits.set(key, (hits.get(key) ?? 0) + 1)
    const script = scripts.get(key)
    const answer = (script && script.length > 1 ? script.shift() : script?.[0]) ??
      FIXED.get(key) ?? { status: 404, body: problem(404, 'not_found') }
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    ctx.status = answer.status
    ctx.body = JSON.stringify(answer.body)
    ctx.type = answer.status < 400 ? 'application/json' : 'application/problem+json'
  }
}

/** @param {import('node:http').IncomingMessage} request */
async function readBody(request) {
  let body = ''
  for await (const chunk of request) body += chunk
  return body
}
