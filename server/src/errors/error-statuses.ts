import type { ErrorCode } from '@porchlight/shared'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * The one place an error becomes an HTTP status: services say what went wrong (a code), the
 * web layer says how HTTP spells it.
 */
export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  malformed_json: 400,
  unauthorized: 401,
  option_disabled: 403,
  not_found: 404,
  order_ref_taken: 409,
  window_full: 409,
  pickup_point_full: 409,
  capacity_below_assigned: 409,
  change_not_allowed: 409,
  chat_closed: 409,
  feedback_not_open: 409,
  feedback_frozen: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  past_cutoff: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
}

/** The code for a status something other than a service produced (Hono's own exceptions). */
export function codeForStatus(status: number): ErrorCode {
  const found = (Object.entries(STATUS_OF) as Array<[ErrorCode, number]>).find(([, s]) => s === status)
  return found?.[0] ?? 'validation_failed'
}
