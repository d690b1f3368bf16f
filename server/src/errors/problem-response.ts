import type { ErrorCode, Problem } from '@porchlight/shared'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import type { ApiError } from './api-error.ts'

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'Invalid request',
  malformed_json: 'Malformed JSON',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'Payload too large',
  unauthorized: 'Unauthorized',
  not_found: 'Not found',
  order_ref_taken: 'Order reference already used',
  idempotency_key_reused: 'Idempotency key reused',
  window_full: 'Window full',
  past_cutoff: 'Past the cut-off',
  pickup_point_full: 'Pickup point full',
  capacity_below_assigned: 'Capacity below parcels assigned',
  change_not_allowed: 'Change no longer allowed',
  option_disabled: 'Option not offered',
  chat_closed: 'Conversation closed',
  feedback_not_open: 'Feedback not open yet',
  feedback_frozen: 'Feedback can no longer change',
  rate_limited: 'Too many requests',
  service_unavailable: 'Service unavailable',
  internal_error: 'Internal error',
}

/** RFC 9457 body for `error`, with the request's id so support can find it in the logs. */
export function problemResponse(c: Context<AppEnv>, error: ApiError): Response {
  const body: Problem = {
    type: `urn:porchlight:problem:${error.code}`,
    title: TITLES[error.code],
    status: error.status,
    detail: error.detail,
    code: error.code,
    requestId: c.get('requestId') ?? 'unknown',
    ...(error.errors ? { errors: error.errors } : {}),
  }
  for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value)
  return c.body(JSON.stringify(body), error.status, {
    'Content-Type': 'application/problem+json',
  })
}
