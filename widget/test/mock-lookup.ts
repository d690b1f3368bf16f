import type { ErrorCode, FieldError, LookupRequest } from '@porchlight/shared'
import { freshToken, mock } from './mock-api.ts'

export interface MockOrder {
  readonly orderRef: string
  readonly postcode: string
  readonly trackingToken: string
}

/** One scripted answer of `POST /v1/lookup`; `retryAfter` is sent as `Retry-After`. */
export interface LookupAnswer {
  readonly status: number
  readonly code?: ErrorCode
  readonly errors?: readonly FieldError[]
  readonly retryAfter?: number
}

/** A fresh publishable key whose orders the mock finds, after `answers` in turn. */
export async function shopWith(
  orders: readonly MockOrder[],
  answers: readonly LookupAnswer[] = [],
): Promise<string> {
  const key = freshToken('pk')
  await mock('PUT', `/__mock/lookup/${encodeURIComponent(key)}`, { orders, answers })
  return key
}

/** Every lookup the widget sent with `publishableKey`, in order. */
export async function lookupsWith(publishableKey: string): Promise<LookupRequest[]> {
  const response = await fetch(`/__mock/lookup/${encodeURIComponent(publishableKey)}`)
  return ((await response.json()) as { calls: LookupRequest[] }).calls
}
