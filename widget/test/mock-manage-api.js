// @ts-check
// The "Manage delivery" endpoints of the mock API. A token set up here keeps its state, so a
// write changes what later reads of the view and of its lists answer, as the real server does.
import { problem } from './fixtures/tracking-views.js'

/**
 * @import { Capabilities, FieldError, Preferences, Problem, TrackingView } from '@porchlight/shared'
 * @import { MockPickupPoint, MockWindow } from './fixtures/manage.js'
 * @import { Context } from './mock-api-middleware.js'
 * @typedef {{ view: TrackingView, windows?: MockWindow[], pickupPoints?: MockPickupPoint[] }} ManageState
 * @typedef {{ status: number, code?: Problem['code'], errors?: FieldError[], delayMs?: number,
 *   drop?: boolean }} ScriptedAnswer
 * @typedef {{ method: string, action: string, body: any }} Write
 */

const TRACK = /^\/v1\/track\/([^/]+)\/([a-z-]+)$/
const CONTROL = /^\/__mock\/manage\/([^/]+)(?:\/([a-z]+))?$/

/** @type {Readonly<Record<string, keyof Capabilities>>} The capability each endpoint needs. */
const NEEDS = {
  windows: 'reschedule',
  reschedule: 'reschedule',
  'safe-place': 'safePlace',
  instructions: 'instructions',
  'access-needs': 'accessNeeds',
  'pickup-points': 'pickupPoint',
  'pickup-point': 'pickupPoint',
}

/**
 * - `PUT /__mock/manage/:token` `{ view, windows?, pickupPoints? }` sets a token up (afresh).
 *   `GET /v1/track/:token` then answers its current view, and the endpoints below its lists and
 *   writes, each refusing with 403 `option_disabled` while the view's capability is off.
 * - `POST /__mock/manage/:token/answers` `{ action, answers: [{ status, code?, errors?,
 *   delayMs?, drop? }] }`: the next calls to `action` (`reschedule`, `windows`, `safe-place`, …)
 *   get these in turn before the real behaviour: a problem when `status` ≥ 400, the connection
 *   cut halfway through the answer when `drop`, else the real answer after `delayMs`.
 * - `GET /__mock/manage/:token/writes` → `{ writes: [{ method, action, body }] }`, in order.
 */
export function mockManageApi() {
  /** @type {Map<string, ManageState>} */
  const states = new Map()
  /** @type {Map<string, ScriptedAnswer[]>} */
  const scripted = new Map()
  /** @type {Map<string, Write[]>} */
  const writes = new Map()

  /** @param {Context} ctx @param {string} token @param {string | undefined} action */
  async function control(ctx, token, action) {
    if (ctx.method === 'PUT' && !action) {
      states.set(token, JSON.parse(await readBody(ctx.req)))
      writes.set(token, [])
    } else if (ctx.method === 'POST' && action === 'answers') {
      const { action: target, answers } = JSON.parse(await readBody(ctx.req))
      scripted.set(`${token} ${target}`, answers)
    } else if (ctx.method === 'GET' && action === 'writes') {
      return reply(ctx, 200, { writes: writes.get(token) ?? [] })
    } else return reply(ctx, 404, problem(404, 'not_found'))
    ctx.status = 204
  }

  /** @param {Context} ctx @param {string} token @param {string} action */
  async function act(ctx, token, action) {
    const state = states.get(token)
    if (!state) return reply(ctx, 404, problem(404, 'not_found'))
    const text = ctx.method === 'GET' ? '' : await readBody(ctx.req)
    /** @type {any} */
    const body = text ? JSON.parse(text) : undefined
    if (ctx.method !== 'GET') writes.get(token)?.push({ method: ctx.method, action, body })
    const answer = scripted.get(`${token} ${action}`)?.shift()
    if (answer?.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    if (answer?.drop) {
      // Cut once the answer has begun: a request whose connection closes before any byte of
      // the answer, Chromium sends again by itself.
      ctx.respond = false
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      ctx.res.write('{', () => ctx.res.destroy())
      return
    }
    if (answer && answer.status >= 400) {
      const code = answer.code ?? 'internal_error'
      return reply(ctx, answer.status, { ...problem(answer.status, code), errors: answer.errors })
    }
    if (!state.view.capabilities[NEEDS[action] ?? 'chat']) {
      return reply(ctx, 403, problem(403, 'option_disabled'))
    }
    const { preferences } = state.view
    /** @param {Partial<Preferences>} patch */
    const save = (patch) => {
      state.view = { ...state.view, preferences: { ...preferences, ...patch } }
      reply(ctx, 200, state.view)
    }
    /** @param {string} path @param {string} message */
    const invalid = (path, message) =>
      reply(ctx, 422, { ...problem(422, 'validation_failed'), errors: [{ path, message }] })

    switch (`${ctx.method} ${action}`) {
      case 'GET windows': {
        const chosen = preferences.window?.id
        return reply(ctx, 200, {
          windows: (state.windows ?? []).map((w) => ({ ...w, chosen: w.id === chosen })),
        })
      }
      case 'GET pickup-points': {
        const chosen = preferences.pickupPoint?.id
        return reply(ctx, 200, {
          pickupPoints: (state.pickupPoints ?? []).map((p) => ({ ...p, chosen: p.id === chosen })),
        })
      }
      case 'POST reschedule': {
        const window = state.windows?.find(({ id }) => id === body?.windowId)
        if (!window) return invalid('windowId', 'No such window')
        if (!window.available) return reply(ctx, 409, problem(409, 'window_full'))
        return save({ window: { id: window.id, start: window.start, end: window.end } })
      }
      case 'PUT safe-place':
        return save({
          safePlace: body,
          accessNeeds: preferences.accessNeeds.filter((need) => need !== 'hand_to_me_only'),
        })
      case 'PUT instructions':
        if (!String(body?.text ?? '').trim()) return invalid('text', 'Must not be empty')
        return save({ instructions: body })
      case 'PUT access-needs':
        return save(
          body.needs.includes('hand_to_me_only')
            ? { accessNeeds: body.needs, safePlace: null }
            : { accessNeeds: body.needs },
        )
      case 'PUT pickup-point': {
        const point = state.pickupPoints?.find(({ id }) => id === body?.pickupPointId)
        if (!point) return invalid('pickupPointId', 'No such pickup point')
        if (!point.available) return reply(ctx, 409, problem(409, 'pickup_point_full'))
        const { id, name, kind, address } = point
        return save({ pickupPoint: { id, name, kind, address } })
      }
      case 'DELETE safe-place':
        return save({ safePlace: null })
      case 'DELETE instructions':
        return save({ instructions: null })
      case 'DELETE pickup-point':
        return save({ pickupPoint: null })
      default:
        return reply(ctx, 404, problem(404, 'not_found'))
    }
  }

  return {
    /** @param {string} token The view of a token set up here. */
    view: (token) => states.get(token)?.view,

    /** Answers the requests that are its own; false for any other. @param {Context} ctx */
    async handle(ctx) {
      const [, token, action] = CONTROL.exec(ctx.path) ?? []
      if (token) {
        await control(ctx, decodeURIComponent(token), action)
        return true
      }
      const [, tracked, endpoint] = TRACK.exec(ctx.path) ?? []
      if (!tracked || !endpoint || !(endpoint in NEEDS)) return false
      await act(ctx, decodeURIComponent(tracked), endpoint)
      return true
    },
  }
}

/** @param {Context} ctx @param {number} status @param {unknown} body */
export function reply(ctx, status, body) {
  ctx.status = status
  ctx.body = JSON.stringify(body)
  ctx.type = status < 400 ? 'application/json' : 'application/problem+json'
}

/** @param {import('node:http').IncomingMessage} request */
export async function readBody(request) {
  let body = ''
  for await (const chunk of request) body += chunk
  return body
}
