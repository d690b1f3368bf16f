import { createMiddleware } from 'hono/factory'
import { timingSafeEqual } from 'hono/utils/buffer'
import type { AppDeps } from '../../deps.ts'
import type { AppEnv } from '../../env.ts'
import { ApiError, notFound } from '../../errors/api-error.ts'
import { bearerToken } from './retailer-auth.ts'
import { refuseWrongCredential, waitOutWrongCredentials } from '../../rate-limits/wrong-credential.ts'

const unauthorized = () =>
  new ApiError('unauthorized', 'Send the admin token as `Authorization: Bearer <token>`.', undefined, {
    'WWW-Authenticate': 'Bearer',
  })

/**
 * Without a configured admin token the admin API does not exist, so it answers 404. The operator
 * chooses the token, so it may be guessable: a client that has failed too often waits before it
 * is even compared.
 */
export function adminAuth(deps: Pick<AppDeps, 'db' | 'clock' | 'clientAddress' | 'config'>) {
  const { adminToken } = deps.config
  return createMiddleware<AppEnv>(async (c, next) => {
    // A new tenant's API key is in the answer.
    c.header('Cache-Control', 'no-store')
    if (adminToken === undefined) throw notFound('This resource')
    const given = bearerToken(c.req.header('Authorization'))
    if (given === undefined) throw unauthorized()
    await waitOutWrongCredentials(c, deps)
    if (!(await timingSafeEqual(given, adminToken))) await refuseWrongCredential(c, deps, unauthorized())
    await next()
  })
}
