import { createMiddleware } from 'hono/factory'
import { timingSafeEqual } from 'hono/utils/buffer'
import type { AppEnv } from '../env.ts'
import { ApiError, notFound } from '../errors/api-error.ts'
import { bearerToken } from './retailer-auth.ts'

/** Without a configured admin token the admin API does not exist, so it answers 404. */
export function adminAuth(adminToken: string | undefined) {
  return createMiddleware<AppEnv>(async (c, next) => {
    // A new tenant's API key is in the answer.
    c.header('Cache-Control', 'no-store')
    if (adminToken === undefined) throw notFound('This resource')
    const given = bearerToken(c.req.header('Authorization'))
    if (given === undefined || !(await timingSafeEqual(given, adminToken))) {
      throw new ApiError(401, 'unauthorized', 'Send the admin token as `Authorization: Bearer <token>`.', undefined, {
        'WWW-Authenticate': 'Bearer',
      })
    }
    await next()
  })
}
