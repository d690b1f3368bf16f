import type { ErrorCode, Message, TrackingView } from '@porchlight/shared'
import { freshToken, mock } from './mock-api.ts'

/** What a token of the mock chat and feedback endpoints starts from; see mock-conversation-api.js. */
export interface ConversationSetup {
  readonly view: TrackingView
  readonly messages?: readonly Message[]
  readonly open?: boolean
  readonly closesAt?: string | null
}

/** One scripted answer: a problem when `status` ≥ 400, a cut connection when `drop`. */
export interface ScriptedAnswer {
  readonly status: number
  readonly code?: ErrorCode
  readonly retryAfter?: number
  readonly delayMs?: number
  readonly drop?: boolean
}

export interface Call {
  readonly method: string
  readonly action: string
  readonly body: unknown
}

/** A fresh token whose view, conversation and feedback the mock API keeps from `setup` on. */
export async function conversing(name: string, setup: ConversationSetup): Promise<string> {
  const token = freshToken(name)
  await setUpConversation(token, setup)
  return token
}

export async function setUpConversation(token: string, setup: ConversationSetup): Promise<void> {
  await mock('PUT', `/__mock/conversation/${encodeURIComponent(token)}`, setup)
}

/** The next calls to `action` (`messages`, `messages/read`, `feedback`) get `answers` in turn. */
export async function scriptConversation(
  token: string,
  action: string,
  answers: readonly ScriptedAnswer[],
): Promise<void> {
  await mock('POST', `/__mock/conversation/${encodeURIComponent(token)}/answers`, {
    action,
    answers,
  })
}

/** The driver or support writes, as the retailer API would let them: kept, and sent live. */
export async function replyAs(
  token: string,
  author: 'driver' | 'support',
  body: string,
): Promise<void> {
  await mock('POST', `/__mock/conversation/${encodeURIComponent(token)}/reply`, { author, body })
}

/** The driver or support reads what the shopper wrote: each message goes out again, read. */
export async function readByShop(token: string): Promise<void> {
  await mock('POST', `/__mock/conversation/${encodeURIComponent(token)}/read`)
}

/** Every call the widget made to `token`'s chat and feedback endpoints, reads too, in order. */
export async function callsTo(token: string, method?: string, action?: string): Promise<Call[]> {
  const response = await fetch(`/__mock/conversation/${encodeURIComponent(token)}/calls`)
  const { calls } = (await response.json()) as { calls: Call[] }
  return calls.filter((call) => (!method || call.method === method) && (!action || call.action === action))
}
