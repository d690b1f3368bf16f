// @ts-check
// `POST /v1/lookup` of the mock API. Each publishable key a test sets up has its own orders,
// scripted answers and log, so tests can run side by side.
import { problem } from './fixtures/tracking-views.js'
import { readBody } from './mock-manage-api.js'

/**
 * @import { FieldError, Problem } from '@porchlight/shared'
 * @import { Context } from './mock-api-middleware.js'
 * @typedef {{ orderRef: string, postcode: string, trackingToken: string }} MockOrder
 * @typedef {{ status: number, code?: Problem['code'], errors?: FieldError[],
 *   retryAfter?: number }} ScriptedAnswer
 * @typedef {{ orders: MockOrder[], answers?: ScriptedAnswer[] }} LookupSetup
 */

const CONTROL = /^\/__mock\/lookup\/([^/]+)$/

// As the server compares them: case and spaces do not matter.
const postcode = (/** @type {string} */ text) => text.replace(/\s+/g, '').toUpperCase()

/**
 * - `PUT /__mock/lookup/:publishableKey` `{ orders: [{ orderRef, postcode, trackingToken }],
 *   answers? }` sets a key up: `POST /v1/lookup` then finds its orders (200 `{ trackingToken,
 *   trackingUrl }`, else the same 404), after answering `answers` in turn (`retryAfter` is sent
 *   as `Retry-After`).
 * - `GET /__mock/lookup/:publishableKey` → `{ calls: [body, …] }`, in order.
 */
export function mockLookupApi() {
  /** @type {Map<string, LookupSetup>} */
  const setups = new Map()
  /** @type {Map<string, unknown[]>} */
  const calls = new Map()

  return {
    /** Answers the requests that are its own; false for any other. @param {Context} ctx */
    async handle(ctx) {
      const [, control] = CONTROL.exec(ctx.path) ?? []
      if (control && ctx.method === 'PUT') {
        setups.set(decodeURIComponent(control), JSON.parse(await readBody(ctx.req)))
        ctx.status = 204
        return true
      }
      if (control) {
        ctx.body = JSON.stringify({ calls: calls.get(decodeURIComponent(control)) ?? [] })
        ctx.type = 'application/json'
        return true
      }
      if (ctx.path !== '/v1/lookup' || ctx.method !== 'POST') return false
      const body = JSON.parse(await readBody(ctx.req))
      calls.set(body.publishableKey, [...(calls.get(body.publishableKey) ?? []), body])
      const setup = setups.get(body.publishableKey)
      const answer = setup?.answers?.shift()
      const order = setup?.orders.find(
        (o) => o.orderRef === body.orderRef && postcode(o.postcode) === postcode(body.postcode),
      )
      if (answer || !order) {
        const status = answer?.status ?? 404
        ctx.status = status
        ctx.body = JSON.stringify({
          ...problem(status, answer?.code ?? 'not_found'),
          ...(answer?.errors ? { errors: answer.errors } : {}),
        })
        ctx.type = 'application/problem+json'
        if (answer?.retryAfter !== undefined) ctx.set('Retry-After', String(answer.retryAfter))
        return true
      }
      ctx.body = JSON.stringify({
        trackingToken: order.trackingToken,
        trackingUrl: `${ctx.req.headers.origin ?? 'http://localhost'}/t/${order.trackingToken}`,
      })
      ctx.type = 'application/json'
      return true
    },
  }
}
