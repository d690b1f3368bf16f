import type { ErrorCode, FieldError } from '@porchlight/shared'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { STATUS_OF } from './error-statuses.ts'

/**
 * The one error type handlers and services throw; the error handler turns it into problem+json.
 * It carries a code, never a status: STATUS_OF says how HTTP spells each code.
 */
export class ApiError extends Error {
  // Plain fields rather than parameter properties: only erasable syntax, so Node's own type
  // stripping can run this file as it is.
  readonly code: ErrorCode
  readonly detail: string
  readonly errors: FieldError[] | undefined
  readonly headers: Record<string, string> | undefined

  constructor(code: ErrorCode, detail: string, errors?: FieldError[], headers?: Record<string, string>) {
    super(detail)
    this.name = 'ApiError'
    this.code = code
    this.detail = detail
    this.errors = errors
    this.headers = headers
  }

  get status(): ContentfulStatusCode {
    return STATUS_OF[this.code]
  }
}

export const notFound = (what: string) => new ApiError('not_found', `${what} was not found.`)

export const validationFailed = (errors: FieldError[]) =>
  new ApiError('validation_failed', 'The request has invalid fields.', errors)

/** The retailer has turned this off for its shoppers. */
export const optionDisabled = (detail = 'The retailer does not offer this change.') => new ApiError('option_disabled', detail)
