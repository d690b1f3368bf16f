// @ts-check
// The part of the Porchlight API the widget calls, served by the test runner's own dev server so
// tests run over real HTTP from the same origin widget.js comes from.
import { inTransitNewYork, outForDeliveryLondon, problem } from './fixtures/tracking-views.js'
import { mockConversationApi } from './mock-conversation-api.js'
import { mockLookupApi } from './mock-lookup-api.js'
import { mockManageApi, readBody } from './mock-manage-api.js'
import { mockPushApi } from './mock-push-api.js'

/**
 * @typedef {{ status: number, body: unknown, delayMs?: number }} Answer
 * @typedef {{ status: number, delayMs?: number }} StreamAnswer
 * @typedef {{ id: string, event: string, data: unknown }} StreamEvent
 * @typedef {{ after: string | null, lastEventId: string | null }} StreamRequest
 * @typedef {{ path: string, method: string, query: Record<string, unknown>,
 *   req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse,
 *   respond: boolean, status: number, type: string, body: unknown,
 *   set: (header: string, value: string) => void }} Context
 */

/** @type {ReadonlyMap<string, Answer>} Tokens that need no set-up; any other token is a 404. */
const FIXED = new Map([
  ['in-transit-new-york', { status: 200, body: inTransitNewYork }],
  ['out-for-delivery-london', { status: 200, body: outForDeliveryLondon }],
  ['server-error', { status: 500, body: problem(500, 'internal_error') }],
])

// Browsers wait 3 s before reconnecting a dropped stream unless told otherwise; tests need not.
const RETRY_MS = 200

const ROUTE = /^\/(v1\/track|__mock\/track|__mock\/hits|__mock\/stream)\/([^/]+)(?:\/([a-z]+))?$/

/**
 * - `GET /v1/track/:token` answers from FIXED, or from a script a test set with
 *   `PUT /__mock/track/:token` (a JSON array of answers, given in turn; the last one repeats).
 *   `GET /__mock/hits/:token` says how many times the token was fetched.
 * - `GET /v1/track/:token/stream` is the token's live stream: it replays the events a test has
 *   sent (`POST /__mock/stream/:token/events`, `{ id, event, data }`) after `Last-Event-ID`, else
 *   after `?after=`, else none, then sends each new one as it comes. Connections are answered
 *   by `PUT /__mock/stream/:token` (`[{ status, delayMs? }]`, in turn, the last repeating;
 *   default 200 for a token with a view, 404 otherwise). `POST /__mock/stream/:token/drop` ends
 *   the open connections; `GET /__mock/stream/:token` lists every connection made and how many
 *   are open.
 * - The "Manage delivery" endpoints and their tokens' state: see mock-manage-api.js; the chat
 *   and feedback endpoints and theirs: see mock-conversation-api.js, whose messages go out on
 *   the stream as events numbered after the last one sent. Such a token's view is what
 *   `GET /v1/track/:token` answers, unless a test scripted answers.
 * - Web push (the public key, each token's subscriptions): see mock-push-api.js; the lookup
 *   form's `POST /v1/lookup`: see mock-lookup-api.js.
 */
export function mockApiMiddleware() {
  /** @type {Map<string, Answer[]>} */
  const scripts = new Map()
  /** @type {Map<string, number>} */
  const hits = new Map()
  /** @type {Map<string, StreamAnswer[]>} */
  const streamScripts = new Map()
  /** @type {Map<string, StreamEvent[]>} */
  const sent = new Map()
  /** @type {Map<string, StreamRequest[]>} */
  const connections = new Map()
  /** @type {Map<string, Set<import('node:http').ServerResponse>>} */
  const open = new Map()

  const manage = mockManageApi()
  const push = mockPushApi()
  const lookup = mockLookupApi()
  const conversation = mockConversationApi({
    publish: (key, event, data) => {
      const last = sent.get(key)?.at(-1)?.id ?? conversation.view(key)?.lastEventId
      const id = String(Number(last ?? 0) + 1)
      // A copy: the mock changes its messages later (read), which must not rewrite a replay.
      send(key, { id, event, data: JSON.parse(JSON.stringify(data)) })
      return id
    },
    hasView: (key) => scripts.has(key) || FIXED.has(key) || !!viewOf(key),
  })

  /** @param {string} key The view a token was set up with, in either mock. */
  const viewOf = (key) => manage.view(key) ?? conversation.view(key)

  /** @param {string} key @param {StreamEvent} event Kept for replays, and sent to open streams. */
  const send = (key, event) => {
    sent.set(key, [...(sent.get(key) ?? []), event])
    for (const res of openFor(key)) res.write(frame(event))
  }

  /** @param {string} key */
  const openFor = (key) => open.get(key) ?? open.set(key, new Set()).get(key) ?? new Set()

  /** @param {Context} ctx @param {() => Promise<unknown>} next */
  return async (ctx, next) => {
    for (const area of [manage, conversation, push, lookup]) if (await area.handle(ctx)) return
    const [, area, token, action] = ROUTE.exec(ctx.path) ?? []
    if (!area || !token) return next()
    const key = decodeURIComponent(token)

    if (area === '__mock/track' && ctx.method === 'PUT') {
      scripts.set(key, JSON.parse(await readBody(ctx.req)))
      ctx.status = 204
      return
    }
    if (area === '__mock/hits') {
      return json(ctx, { hits: hits.get(key) ?? 0 })
    }
    if (area === '__mock/stream') {
      if (ctx.method === 'PUT' && !action) {
        streamScripts.set(key, JSON.parse(await readBody(ctx.req)))
      } else if (ctx.method === 'POST' && action === 'events') {
        send(key, JSON.parse(await readBody(ctx.req)))
      } else if (ctx.method === 'POST' && action === 'drop') {
        for (const res of openFor(key)) res.end()
        openFor(key).clear()
      } else if (ctx.method === 'GET' && !action) {
        return json(ctx, { connections: connections.get(key) ?? [], open: openFor(key).size })
      } else return next()
      ctx.status = 204
      return
    }
    if (ctx.method !== 'GET') return next()

    if (action === 'stream') {
      const header = ctx.req.headers['last-event-id']
      const lastEventId = typeof header === 'string' ? header : null
      const after = typeof ctx.query.after === 'string' ? ctx.query.after : null
      connections.set(key, [...(connections.get(key) ?? []), { after, lastEventId }])
      const script = streamScripts.get(key)
      const answer = (script && script.length > 1 ? script.shift() : script?.[0]) ?? {
        status: scripts.has(key) || FIXED.has(key) || viewOf(key) ? 200 : 404,
      }
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
      if (answer.status !== 200) {
        ctx.status = answer.status
        ctx.body = JSON.stringify(problem(answer.status, answer.status === 404 ? 'not_found' : 'internal_error'))
        ctx.type = 'application/problem+json'
        return
      }
      // Written straight to Node's response: Koa would buffer a body that never ends.
      ctx.respond = false
      const { res } = ctx
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
      res.write(`retry: ${RETRY_MS}\n\n`)
      const from = lastEventId ?? after
      for (const event of sent.get(key) ?? []) {
        if (from !== null && Number(event.id) > Number(from)) res.write(frame(event))
      }
      openFor(key).add(res)
      res.on('close', () => openFor(key).delete(res))
      return
    }

    hits.set(key, (hits.get(key) ?? 0) + 1)
    const script = scripts.get(key)
    const managed = viewOf(key)
    const answer = (script && script.length > 1 ? script.shift() : script?.[0]) ??
      (managed && { status: 200, body: managed }) ??
      FIXED.get(key) ?? { status: 404, body: problem(404, 'not_found') }
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    ctx.status = answer.status
    ctx.body = JSON.stringify(answer.body)
    ctx.type = answer.status < 400 ? 'application/json' : 'application/problem+json'
  }
}

/** @param {StreamEvent} event */
function frame({ id, event, data }) {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

/** @param {Context} ctx @param {unknown} body */
function json(ctx, body) {
  ctx.body = JSON.stringify(body)
  ctx.type = 'application/json'
}
