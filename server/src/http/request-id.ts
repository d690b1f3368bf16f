import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env.ts'

/** Gives each request an id, echoed in `X-Request-Id` and in every problem body. */
export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const id = crypto.randomUUID()
  c.set('requestId', id)
  c.header('X-Request-Id', id)
  await next()
})
