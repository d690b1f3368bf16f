import { Hono } from 'hono'
import type { AppDeps } from '../../deps.ts'
import type { AppEnv } from '../../env.ts'
import { ApiError } from '../../errors/api-error.ts'
import { loggableError } from '../../errors/loggable-error.ts'

export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get('/healthz', async (c) => {
    try {
      await deps.pingDatabase()
    } catch (error) {
      deps.logger.error('health check: database did not answer', loggableError(error))
      throw new ApiError('service_unavailable', 'The database does not answer.', undefined, { 'Retry-After': '5' })
    }
    c.header('Cache-Control', 'no-store')
    return c.json({ ok: true })
  })
}
