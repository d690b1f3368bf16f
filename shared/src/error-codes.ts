import { z } from 'zod'

/** Stable, snake_case codes carried in every problem+json body's `code`. */
export const ErrorCode = z.enum([
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthorized',
  'not_found',
  'order_ref_taken',
  'idempotency_key_reused',
  'window_full',
  'past_cutoff',
  'pickup_point_full',
  'capacity_below_assigned',
  'change_not_allowed',
  'option_disabled',
  'chat_closed',
  'feedback_not_open',
  'feedback_frozen',
  'rate_limited',
  'service_unavailable',
  'internal_error',
])
export type ErrorCode = z.infer<typeof ErrorCode>
