import type { ErrorCode, FieldError } from '@porchlight/shared'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The one error type handlers and services throw; the error handler turns it into problem+json. */
export class ApiError extends Error {
  // Plain fields rather than parameter properties: only erasable syntax, so Node's own type
  // stripping can run this file as it is.
  readonly status: ContentfulStatusCode
  readonly code: ErrorCode
  readonly detail: string
  readonly errors: FieldError[] | undefined
  readonly headers: Record<string, string> | undefined

  constructor(status: ContentfulStatusCode, code: ErrorCode, detail: string, errors?: FieldError[], headers?: Record<string, string>) {
    super(detail)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.detail = detail
    this.errors = errors
    this.headers = headers
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} was not found.`)

export const validationFailed = (errors: FieldError[]) =>
  new ApiError(400, 'validation_failed', 'The request has invalid fields.', errors)

/** The retailer has turned this off for its shoppers. */
export const optionDisabled = (detail = 'The retailer does not offer this change.') => new ApiError(403, 'option_disabled', detail)
