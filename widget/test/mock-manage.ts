import type { FieldError, ErrorCode, TrackingView } from '@porchlight/shared'
import type { MockPickupPoint, MockWindow } from './fixtures/manage.js'
import { freshToken, mock } from './mock-api.ts'

/** What a token of the mock API's "Manage delivery" endpoints starts from; see mock-manage-api.js. */
export interface ManageSetup {
  readonly view: TrackingView
  readonly windows?: readonly MockWindow[]
  readonly pickupPoints?: readonly MockPickupPoint[]
}

/** One scripted answer: a problem when `status` ≥ 400, a cut connection when `drop`. */
export interface ScriptedAnswer {
  readonly status: number
  readonly code?: ErrorCode
  readonly errors?: readonly FieldError[]
  readonly delayMs?: number
  readonly drop?: boolean
}

export interface Write {
  readonly method: string
  readonly action: string
  readonly body: unknown
}

/** A fresh token whose view, lists and writes the mock API keeps from `setup` on. */
export async function manageable(name: string, setup: ManageSetup): Promise<string> {
  const token = freshToken(name)
  await setUpManage(token, setup)
  return token
}

/** Sets `token` up afresh: its writes so far are forgotten. */
export async function setUpManage(token: string, setup: ManageSetup): Promise<void> {
  await mock('PUT', `/__mock/manage/${encodeURIComponent(token)}`, setup)
}

/** The next calls to `action` (`reschedule`, `windows`, `safe-place`, …) get `answers` in turn. */
export async function scriptAnswers(
  token: string,
  action: string,
  answers: readonly ScriptedAnswer[],
): Promise<void> {
  await mock('POST', `/__mock/manage/${encodeURIComponent(token)}/answers`, { action, answers })
}

/** Every write the widget sent for `token`, in order. */
export async function writesTo(token: string): Promise<Write[]> {
  const response = await fetch(`/__mock/manage/${encodeURIComponent(token)}/writes`)
  return ((await response.json()) as { writes: Write[] }).writes
}
