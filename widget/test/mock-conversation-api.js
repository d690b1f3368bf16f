// @ts-check
// The chat and feedback endpoints of the mock API. A token set up here keeps its conversation
// and its view: a message sent is in later reads and goes out on the token's live stream, and
// feedback left is in the view, as with the real server.
import { problem } from './fixtures/tracking-views.js'
import { readBody, reply } from './mock-manage-api.js'

/**
 * @import { Feedback, Message, Problem, TrackingView } from '@porchlight/shared'
 * @import { Context } from './mock-api-middleware.js'
 * @typedef {{ view: TrackingView, messages: Message[], open: boolean, closesAt: string | null }} ConversationState
 * @typedef {{ status: number, code?: Problem['code'], retryAfter?: number, delayMs?: number,
 *   drop?: boolean }} ScriptedAnswer
 * @typedef {{ method: string, action: string, body: any }} Call
 * @typedef {(token: string, event: string, data: unknown) => string} Publish Sends a live
 *   event, and says the id it was given.
 */

const TRACK = /^\/v1\/track\/([^/]+)\/(messages|messages\/read|feedback)$/
const CONTROL = /^\/__mock\/conversation\/([^/]+)(?:\/([a-z]+))?$/

// As the server's default: feedback may be changed for two days after it was first left.
const EDITABLE_MS = 48 * 3_600_000

/**
 * - `PUT /__mock/conversation/:token` `{ view, messages?, open?, closesAt? }` sets a token up
 *   afresh (open by default). `GET /v1/track/:token` then answers its current view.
 * - `POST /__mock/conversation/:token/answers` `{ action, answers: [{ status, code?,
 *   retryAfter?, delayMs?, drop? }] }`: the next calls to `action` (`messages`, `messages/read`,
 *   `feedback`) get these in turn before the real behaviour, as in mock-manage-api.js;
 *   `retryAfter` is sent as `Retry-After`.
 * - `POST /__mock/conversation/:token/reply` `{ author, body }`: the driver or support writes;
 *   `POST /__mock/conversation/:token/read`: they read what the shopper wrote.
 * - `GET /__mock/conversation/:token/calls` → `{ calls: [{ method, action, body }] }`, reads too.
 * Another token with a view (`hasView`) has an empty conversation; any other is a 404.
 *
 * @param {{ publish: Publish, hasView: (token: string) => boolean }} options
 */
export function mockConversationApi({ publish, hasView }) {
  /** @type {Map<string, ConversationState>} */
  const states = new Map()
  /** @type {Map<string, ScriptedAnswer[]>} */
  const scripted = new Map()
  /** @type {Map<string, Call[]>} */
  const calls = new Map()
  let sequence = 0

  /** @param {ConversationState} state @param {Message['author']} author @param {string} body */
  const append = (state, author, body) => {
    const message = {
      id: `msg_${++sequence}`,
      author,
      body,
      createdAt: new Date().toISOString(),
      readAt: null,
    }
    state.messages.push(message)
    return message
  }

  /**
   * Sends `message` on the stream. The view's `lastEventId` follows, as the server's does for
   * every event: a view answered later is then not older than what the stream brought.
   * @param {string} token @param {ConversationState} state @param {Message} message
   */
  const tell = (token, state, message) => {
    state.view = { ...state.view, lastEventId: publish(token, 'message', { message }) }
  }

  /**
   * Marks the messages of `authors` up to index `upTo` read, and says so on the stream.
   * @param {string} token @param {ConversationState} state
   * @param {ReadonlyArray<Message['author']>} authors @param {number} upTo
   */
  const markRead = (token, state, authors, upTo) => {
    const readAt = new Date().toISOString()
    state.messages.forEach((message, index) => {
      if (index > upTo || !authors.includes(message.author) || message.readAt) return
      message.readAt = readAt
      tell(token, state, message)
    })
  }

  /** @param {Context} ctx @param {string} token @param {string | undefined} action */
  async function control(ctx, token, action) {
    const body = ctx.method === 'GET' ? undefined : JSON.parse((await readBody(ctx.req)) || 'null')
    const state = states.get(token)
    if (ctx.method === 'PUT' && !action) {
      states.set(token, { messages: [], open: true, closesAt: null, ...body })
      calls.set(token, [])
    } else if (ctx.method === 'POST' && action === 'answers') {
      scripted.set(`${token} ${body.action}`, body.answers)
    } else if (ctx.method === 'POST' && action === 'reply' && state) {
      tell(token, state, append(state, body.author, body.body))
    } else if (ctx.method === 'POST' && action === 'read' && state) {
      markRead(token, state, ['shopper'], state.messages.length - 1)
    } else if (ctx.method === 'GET' && action === 'calls') {
      return reply(ctx, 200, { calls: calls.get(token) ?? [] })
    } else return reply(ctx, 404, problem(404, 'not_found'))
    ctx.status = 204
  }

  /** @param {Context} ctx @param {string} token @param {string} action */
  async function act(ctx, token, action) {
    const state = states.get(token)
    if (!state) {
      if (!hasView(token)) return reply(ctx, 404, problem(404, 'not_found'))
      return reply(ctx, 200, { messages: [], open: true, closesAt: null })
    }
    const text = ctx.method === 'GET' ? '' : await readBody(ctx.req)
    /** @type {any} */
    const body = text ? JSON.parse(text) : undefined
    calls.get(token)?.push({ method: ctx.method, action, body })
    const answer = scripted.get(`${token} ${action}`)?.shift()
    if (answer?.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    if (answer?.drop) {
      // As in mock-manage-api.js: cut once the answer has begun, or Chromium sends it again.
      ctx.respond = false
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      ctx.res.write('{', () => ctx.res.destroy())
      return
    }
    if (answer && answer.status >= 400) {
      if (answer.retryAfter !== undefined) ctx.set('Retry-After', String(answer.retryAfter))
      return reply(ctx, answer.status, problem(answer.status, answer.code ?? 'internal_error'))
    }
    const { view } = state
    switch (`${ctx.method} ${action}`) {
      case 'GET messages':
        return reply(ctx, 200, { messages: state.messages, open: state.open, closesAt: state.closesAt })
      case 'POST messages': {
        if (!state.open) return reply(ctx, 409, problem(409, 'chat_closed'))
        if (!view.capabilities.chat) return reply(ctx, 403, problem(403, 'option_disabled'))
        const trimmed = typeof body?.body === 'string' ? body.body.trim() : ''
        if (!trimmed || trimmed.length > 1000) return reply(ctx, 400, problem(400, 'validation_failed'))
        const message = append(state, 'shopper', trimmed)
        // Out on the stream before the answer, as a fast server may well do.
        tell(token, state, message)
        return reply(ctx, 201, message)
      }
      case 'POST messages/read': {
        const upTo = state.messages.findIndex(({ id }) => id === body?.upTo)
        if (upTo < 0) return reply(ctx, 400, problem(400, 'validation_failed'))
        markRead(token, state, ['driver', 'support'], upTo)
        ctx.status = 204
        return
      }
      case 'POST feedback': {
        const saved = view.feedback
        if (view.shipment.status !== 'delivered') {
          return reply(ctx, 409, problem(409, 'feedback_not_open'))
        }
        if (saved?.editableUntil && Date.parse(saved.editableUntil) <= Date.now()) {
          return reply(ctx, 409, problem(409, 'feedback_frozen'))
        }
        if (!view.capabilities.feedback) return reply(ctx, 403, problem(403, 'option_disabled'))
        /** @type {Feedback} */
        const feedback = {
          rating: body.rating,
          tags: body.tags ?? [],
          comment: body.comment ?? null,
          editableUntil: saved?.editableUntil ?? new Date(Date.now() + EDITABLE_MS).toISOString(),
        }
        state.view = { ...view, feedback }
        return reply(ctx, saved ? 200 : 201, state.view)
      }
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
      if (!tracked || !endpoint) return false
      await act(ctx, decodeURIComponent(tracked), endpoint)
      return true
    },
  }
}
