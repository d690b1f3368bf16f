import type { ErrorCode } from '@porchlight/shared'
import { mock } from './mock-api.ts'

/** One scripted answer of `…/push-subscriptions`: a problem, or a cut connection (status 0). */
export interface PushAnswer {
  readonly status: number
  readonly code?: ErrorCode
}

export interface PushCall {
  readonly method: string
  readonly body: unknown
}

/** The next calls to `token`'s `…/push-subscriptions` get `answers` in turn. */
export async function scriptPush(token: string, answers: readonly PushAnswer[]): Promise<void> {
  await mock('POST', `/__mock/push/${encodeURIComponent(token)}/answers`, answers)
}

/** Every call the widget made to `token`'s `…/push-subscriptions`, in order. */
export async function pushCalls(token: string): Promise<PushCall[]> {
  const response = await fetch(`/__mock/push/${encodeURIComponent(token)}/calls`)
  return ((await response.json()) as { calls: PushCall[] }).calls
}
