import type { ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Logger } from '../ports/logger.ts'
import type { AppEnv } from '../env.ts'
import { ApiError } from './api-error.ts'
import { codeForStatus } from './error-statuses.ts'
import { isDatabaseUnavailable } from './database-unavailable.ts'
import { problemResponse } from './problem-response.ts'
import { loggableError } from './loggable-error.ts'

/** The app's single error handler: every failure leaves as problem+json. */
export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof ApiError) return problemResponse(c, error)
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, new ApiError(codeForStatus(error.status), error.message))
    }
    if (isDatabaseUnavailable(error)) {
      logger.error('database unavailable', { requestId: c.get('requestId'), ...loggableError(error) })
      return problemResponse(
        c,
        new ApiError('service_unavailable', 'The service is briefly unavailable; retry shortly.', undefined, {
          'Retry-After': '5',
        }),
      )
    }
    logger.error('unhandled error', { requestId: c.get('requestId'), ...loggableError(error) })
    return problemResponse(c, new ApiError('internal_error', 'Something went wrong on our side.'))
  }
}
