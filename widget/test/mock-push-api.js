// @ts-check
// The web push endpoints of the mock API: the server's public key, and each token's
// subscriptions, as the widget sends them.
import { PUSH_PUBLIC_KEY } from './fixtures/push.js'
import { problem } from './fixtures/tracking-views.js'
import { readBody } from './mock-manage-api.js'

/**
 * @import { Problem } from '@porchlight/shared'
 * @import { Context } from './mock-api-middleware.js'
 * @typedef {{ status: number, code?: Problem['code'] }} ScriptedAnswer
 * @typedef {{ method: string, body: any }} Call
 */

const TRACK = /^\/v1\/track\/([^/]+)\/push-subscriptions$/
const CONTROL = /^\/__mock\/push\/([^/]+)\/(answers|calls)$/

/**
 * - `GET /v1/push/public-key` → `{ key: PUSH_PUBLIC_KEY }`.
 * - `POST` and `DELETE /v1/track/:token/push-subscriptions` answer 201 and 204 (no body), for
 *   any token, unless scripted: `POST /__mock/push/:token/answers` `[{ status, code? }]` gives
 *   the next calls these in turn (a status of 0 cuts the connection).
 * - `GET /__mock/push/:token/calls` → `{ calls: [{ method, body }] }`, in order.
 */
export function mockPushApi() {
  /** @type {Map<string, ScriptedAnswer[]>} */
  const scripted = new Map()
  /** @type {Map<string, Call[]>} */
  const calls = new Map()

  return {
    /** Answers the requests that are its own; false for any other. @param {Context} ctx */
    async handle(ctx) {
      if (ctx.path === '/v1/push/public-key') {
        ctx.body = JSON.stringify({ key: PUSH_PUBLIC_KEY })
        ctx.type = 'application/json'
        return true
      }
      const [, control, action] = CONTROL.exec(ctx.path) ?? []
      if (control && action === 'answers') {
        scripted.set(decodeURIComponent(control), JSON.parse(await readBody(ctx.req)))
        ctx.status = 204
        return true
      }
      if (control) {
        ctx.body = JSON.stringify({ calls: calls.get(decodeURIComponent(control)) ?? [] })
        ctx.type = 'application/json'
        return true
      }
      const [, token] = TRACK.exec(ctx.path) ?? []
      if (!token) return false
      const key = decodeURIComponent(token)
      const body = JSON.parse(await readBody(ctx.req))
      calls.set(key, [...(calls.get(key) ?? []), { method: ctx.method, body }])
      const answer = scripted.get(key)?.shift()
      if (answer?.status === 0) {
        // Cut once the answer has begun: Chromium sends again by itself a request whose
        // connection closes before any byte of the answer.
        ctx.respond = false
        ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
        ctx.res.write('{', () => ctx.res.destroy())
      } else if (answer) {
        ctx.status = answer.status
        ctx.body = JSON.stringify(problem(answer.status, answer.code ?? 'internal_error'))
        ctx.type = 'application/problem+json'
      } else {
        ctx.status = ctx.method === 'POST' ? 201 : 204
        // Empty, as the server's; Koa would otherwise send the status's name as the body.
        ctx.body = ''
      }
      return true
    },
  }
}
